import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { PriceTag } from '@/components/PriceTag';
import { ProgressBar } from '@/components/ProgressBar';
import type { CourseDetail } from '@/lib/api/types';
import { lessonHref, type CourseAction } from '../courseAction';

/**
 * The course page's main button, whatever the visitor's situation (see courseAction): sign in, enroll, buy, or
 * continue where they left off. Takes everything as props; the page does the fetching.
 */
export function CourseCallToAction({
  course,
  action,
  resumeLessonId,
  onEnroll,
  enrolling = false,
  enrollError,
}: {
  course: Pick<CourseDetail, 'id' | 'price'>;
  action: CourseAction;
  resumeLessonId: string | null;
  onEnroll: () => void;
  enrolling?: boolean;
  enrollError?: unknown;
}) {
  const { t } = useTranslation('catalog');
  switch (action.kind) {
    case 'wait':
      return <div className="cta-placeholder" aria-hidden="true" />;
    case 'sign-in':
      return (
        <div className="cta">
          <p className="cta-price">
            <PriceTag price={course.price} />
          </p>
          <Link to={action.href} className="button cta-button">
            {t('cta.signIn')}
          </Link>
          <p className="cta-hint">
            <Trans t={t} i18nKey="cta.signInHint" components={{ 1: <Link to={action.href.replace('/sign-in', '/sign-up')} /> }} />
          </p>
        </div>
      );
    case 'enroll':
      return (
        <div className="cta">
          <p className="cta-price">
            <PriceTag price={course.price} />
          </p>
          <button type="button" className="button cta-button" data-testid="enroll-button" disabled={enrolling} onClick={onEnroll}>
            {enrolling ? t('cta.enrolling') : action.staff ? t('cta.enrollStaff') : t('cta.enroll')}
          </button>
          {action.staff && <p className="cta-hint">{t('cta.staffHint')}</p>}
          {enrollError !== undefined && enrollError !== null && <ErrorMessage error={enrollError} />}
        </div>
      );
    case 'buy':
      return (
        <div className="cta">
          <p className="cta-price">
            <PriceTag price={course.price} />
          </p>
          <Link to={action.href} className="button cta-button" data-testid="buy-button">
            {t('cta.buy')}
          </Link>
        </div>
      );
    case 'continue': {
      const { enrollment } = action;
      const progress = Math.round(enrollment.progress_percentage);
      const completed = enrollment.status === 'completed';
      const label = completed ? t('cta.review') : progress === 0 && !enrollment.last_lesson_id ? t('cta.start') : t('cta.continue');
      return (
        <div className="cta">
          {completed && <p className="badge badge-success cta-status">✓ {t('cta.completed')}</p>}
          <div className="cta-progress">
            <ProgressBar value={progress} label={t('cta.progress', { value: progress })} />
            <span className="muted">{t('cta.progress', { value: progress })}</span>
          </div>
          <Link to={lessonHref(course.id, resumeLessonId)} className="button cta-button" data-testid="continue-button">
            {label}
          </Link>
          {enrollment.certificate_number && (
            <Link to={`/certificates/${enrollment.certificate_number}`} className="button button-secondary cta-button">
              {t('cta.certificate')}
            </Link>
          )}
        </div>
      );
    }
    case 'unavailable':
      return (
        <div className="cta">
          <p className="cta-price">
            <PriceTag price={course.price} />
          </p>
          <p className="muted">{t('cta.unavailable')}</p>
        </div>
      );
  }
}
