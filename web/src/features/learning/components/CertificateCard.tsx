import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { certificatePath, certificatePrintUrl } from '../paths';
import type { CertificateView } from '../types';

/**
 * The certificate earned: its number (what employers verify), to whom and when when known, and the ways to show it:
 * the public verification page and the printable version the service renders.
 */
export function CertificateCard({ number, certificate }: { number: string; certificate: CertificateView | undefined }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  return (
    <section className="card certificate-card" data-testid="completion-certificate" aria-labelledby="certificate-heading">
      <h2 id="certificate-heading">{t('completion.certificate')}</h2>
      <dl className="certificate-facts">
        <dt>{t('completion.number')}</dt>
        <dd className="certificate-number">{number}</dd>
      </dl>
      {certificate && <p className="muted">{t('completion.issuedTo', { name: certificate.learner_name, date: format.date(certificate.issued_at) })}</p>}
      {certificate && !certificate.valid && <p className="badge badge-danger">{t('completion.revoked')}</p>}
      <div className="actions">
        <Link className="button" to={certificatePath(number)}>
          {t('completion.verify')}
        </Link>
        <a className="button button-secondary" href={certificatePrintUrl(number)} target="_blank" rel="noopener noreferrer">
          {t('completion.print')}
          <span className="visually-hidden"> {t('completion.opensInNewTab')}</span>
        </a>
      </div>
    </section>
  );
}
