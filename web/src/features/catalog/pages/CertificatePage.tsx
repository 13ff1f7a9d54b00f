import { Link, Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { isProblem } from '@/lib/api/problem';
import { useCertificate } from '@/lib/api/hooks/useCertificate';
import { normalizeCertificateNumber } from '../certificateNumber';
import { CertificateCard, CertificateNotFound } from '../components/CertificateCard';
import '../catalog.css';

/** /certificates/:number: the public verification of one certificate. */
export function CertificatePage() {
  const { number = '' } = useParams();
  const { t } = useTranslation('catalog');
  useDocumentTitle(t('certificate.pageTitle'));
  const canonical = normalizeCertificateNumber(number);
  // A number typed by hand ("har-2026-…", an O for a 0) goes to its canonical address, which is what gets shared.
  if (canonical && canonical !== number) return <Navigate to={`/certificates/${canonical}`} replace />;
  return (
    <section className="page narrow certificate-page">
      <h1>{t('certificate.pageTitle')}</h1>
      {canonical ? <CertificateResult number={canonical} /> : <CertificateNotFound number={number} />}
      <p>
        <Link to="/certificates">{t('certificate.another')}</Link>
      </p>
    </section>
  );
}

function CertificateResult({ number }: { number: string }) {
  const certificate = useCertificate(number);
  if (certificate.isPending) return <Loading />;
  if (isProblem(certificate.error, 404)) return <CertificateNotFound number={number} />;
  if (certificate.error || !certificate.data) return <ErrorMessage error={certificate.error} onRetry={() => void certificate.refetch()} />;
  return <CertificateCard certificate={certificate.data} />;
}
