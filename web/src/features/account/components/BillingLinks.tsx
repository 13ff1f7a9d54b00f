import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Where the payments screens plug in (built with the payments service). */
export function BillingLinks() {
  const { t } = useTranslation('account');
  return (
    <ul className="link-list">
      <li>
        <Link to="/account/payments">{t('billing.payments')}</Link>
      </li>
      <li>
        <Link to="/account/subscription">{t('billing.subscription')}</Link>
      </li>
    </ul>
  );
}
