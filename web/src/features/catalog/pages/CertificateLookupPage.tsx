import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { CertificateLookupForm } from '../components/CertificateLookupForm';
import '../catalog.css';

/** /certificates: anyone (an employer, a school) checks a certificate from its number. */
export function CertificateLookupPage() {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  useDocumentTitle(t('certificate.lookupTitle'));
  return (
    <section className="page narrow certificate-page">
      <h1>{t('certificate.lookupTitle')}</h1>
      <p className="muted">{t('certificate.lookupLead')}</p>
      <div className="card">
        <CertificateLookupForm onVerify={(number) => navigate(`/certificates/${number}`)} />
      </div>
    </section>
  );
}
