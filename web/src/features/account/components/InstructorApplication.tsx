import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { AuthSchemas, User } from '@/lib/api/types';
import { BIO_MAX, parseTags, validateApplication } from '../lib/expertiseTags';
import { fieldProblem } from '../lib/problems';
import { FormProblem } from './FormProblem';

type Application = AuthSchemas['InstructorApplicationRequest'];

/** Where the person stands as a teacher: applying, waiting for a decision, refused (and may apply again), or teaching. */
export function InstructorApplication({ user, onApply, pending, error }: { user: User; onApply: (application: Application) => void; pending: boolean; error: unknown }) {
  const { t } = useTranslation('account');
  const format = useFormat();
  const info = user.instructor_info;
  const status = info?.verification_status;

  if (user.role === 'instructor') {
    return (
      <div className="instructor-status">
        <p>
          <span className="badge badge-success">{t('instructor.statusInstructor')}</span>
        </p>
        <Link to="/teach" className="button button-secondary">
          {t('instructor.toTeach')}
        </Link>
      </div>
    );
  }
  if (user.role !== 'learner') return null;

  if (info && status === 'unverified') {
    return (
      <div className="instructor-status" data-testid="instructor-application-status" data-status="pending">
        <p>
          <span className="badge badge-warning">{t('instructor.statusPending')}</span>
        </p>
        <p>{info.applied_at ? t('instructor.pendingSince', { date: format.date(info.applied_at) }) : t('instructor.pending')}</p>
        {info.expertise_tags && info.expertise_tags.length > 0 && <p className="muted">{t('instructor.tagsSent', { tags: info.expertise_tags.join(', ') })}</p>}
      </div>
    );
  }

  return (
    <div className="instructor-status">
      {status === 'rejected' && (
        <div className="alert alert-info" data-testid="instructor-application-status" data-status="rejected">
          <p className="alert-title">{t('instructor.statusRejected')}</p>
          <p className="alert-details">{t('instructor.rejectedHint')}</p>
        </div>
      )}
      <p>{t('instructor.intro')}</p>
      <ApplicationForm initialBio={info?.bio ?? ''} initialTags={info?.expertise_tags?.join(', ') ?? ''} onApply={onApply} pending={pending} error={error} />
    </div>
  );
}

export function ApplicationForm({ initialBio = '', initialTags = '', onApply, pending, error }: { initialBio?: string; initialTags?: string; onApply: (application: Application) => void; pending: boolean; error: unknown }) {
  const { t } = useTranslation('account');
  const [bio, setBio] = useState(initialBio);
  const [tagsText, setTagsText] = useState(initialTags);
  const [errors, setErrors] = useState<{ bio?: string; tags?: string }>({});
  const tags = parseTags(tagsText);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateApplication(bio, tags, t);
    setErrors(found);
    if (found.bio || found.tags) {
      event.currentTarget.querySelector<HTMLElement>(found.bio ? '#instructor-bio' : '#instructor-tags')?.focus();
      return;
    }
    onApply({ bio: bio.trim(), expertise_tags: tags });
  };

  const bioError = errors.bio ?? fieldProblem(error, 'bio');
  const tagsError = errors.tags ?? fieldProblem(error, 'expertise_tags');
  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={pending}>
      <FormProblem error={error} fields={['bio', 'expertise_tags']} />
      <div className="field">
        <label htmlFor="instructor-bio">{t('fields.bio')}</label>
        <textarea id="instructor-bio" name="bio" value={bio} maxLength={BIO_MAX} onChange={(e) => setBio(e.target.value)} aria-invalid={bioError ? true : undefined} aria-describedby={`instructor-bio-hint${bioError ? ' instructor-bio-error' : ''}`} />
        <p className="field-hint" id="instructor-bio-hint">
          {t('instructor.bioHint', { count: bio.trim().length })}
        </p>
        {bioError && (
          <p className="field-error" id="instructor-bio-error">
            {bioError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="instructor-tags">{t('fields.expertise')}</label>
        <input id="instructor-tags" name="expertise_tags" type="text" value={tagsText} onChange={(e) => setTagsText(e.target.value)} aria-invalid={tagsError ? true : undefined} aria-describedby={`instructor-tags-hint${tagsError ? ' instructor-tags-error' : ''}`} />
        <p className="field-hint" id="instructor-tags-hint">
          {t('instructor.tagsHint')}
        </p>
        {tags.length > 0 && (
          <ul className="tag-list" aria-label={t('instructor.tagsPreview')}>
            {tags.map((tag) => (
              <li key={tag} className="badge">
                {tag}
              </li>
            ))}
          </ul>
        )}
        {tagsError && (
          <p className="field-error" id="instructor-tags-error">
            {tagsError}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={pending} data-testid="instructor-apply">
          {pending ? t('instructor.applying') : t('instructor.apply')}
        </button>
      </div>
    </form>
  );
}
