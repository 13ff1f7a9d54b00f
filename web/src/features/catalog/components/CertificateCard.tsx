import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { CoursesSchemas } from '@/lib/api/types';
import { certificatePrintUrl } from '../certificateNumber';

type CertificateView = CoursesSchemas['CertificateView'];

/** A verified certificate: valid or revoked (said in words and with an icon, not only in colour), who, what, when. */
export function CertificateCard({ certificate }: { certificate: CertificateView }) {
  const { t } = useTranslation('catalog');
  const format = useFormat();
  const valid = certificate.valid;
  return (
    <article className={valid ? 'certificate card' : 'certificate card certificate-revoked'} aria-labelledby="certificate-status">
      <div className={valid ? 'certificate-status is-valid' : 'certificate-status is-revoked'}>
        <span className="certificate-status-icon" aria-hidden="true">
          {valid ? '✓' : '✕'}
        </span>
        <div>
          <p className="certificate-status-title" id="certificate-status" data-testid="certificate-status" data-status={valid ? 'valid' : 'revoked'}>
            {valid ? t('certificate.valid') : t('certificate.revoked')}
          </p>
          <p className="certificate-status-text">
            {valid ? t('certificate.validText') : t('certificate.revokedText', { date: certificate.revoked_at ? format.date(certificate.revoked_at) : '' })}
          </p>
        </div>
      </div>
      <dl className="certificate-details">
        <div>
          <dt>{t('certificate.learner')}</dt>
          <dd className="certificate-learner">{certificate.learner_name}</dd>
        </div>
        <div>
          <dt>{t('certificate.course')}</dt>
          <dd>
            <Link to={`/courses/${certificate.course_id}`}>{certificate.course_title}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('certificate.instructor')}</dt>
          <dd>{certificate.instructor_name}</dd>
        </div>
        <div>
          <dt>{t('certificate.issued')}</dt>
          <dd>
            <time dateTime={certificate.issued_at}>{format.date(certificate.issued_at)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('certificate.number')}</dt>
          <dd className="certificate-number">{certificate.number}</dd>
        </div>
      </dl>
      <div className="actions">
        <a className="button" href={certificatePrintUrl(certificate.number)} target="_blank" rel="noopener noreferrer">
          {t('certificate.print')} <span className="visually-hidden">{t('certificate.printHint')}</span>
          <span aria-hidden="true">↗</span>
        </a>
      </div>
    </article>
  );
}

/** No certificate has this number (or it cannot be one). */
export function CertificateNotFound({ number }: { number: string }) {
  const { t } = useTranslation('catalog');
  return (
    <div className="certificate card certificate-missing">
      <div className="certificate-status is-missing">
        <span className="certificate-status-icon" aria-hidden="true">
          ?
        </span>
        <div>
          <p className="certificate-status-title" data-testid="certificate-status" data-status="not-found">
            {t('certificate.notFound')}
          </p>
          <p className="certificate-status-text">{t('certificate.notFoundText', { number })}</p>
        </div>
      </div>
    </div>
  );
}
