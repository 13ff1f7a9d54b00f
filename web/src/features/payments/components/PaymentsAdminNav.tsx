import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * The administration's sub-navigation, as the admin feature draws it, so that moving between its screens and the
 * payments' ones feels like one section (the admin feature links here the same way).
 */
export function PaymentsAdminNav() {
  const { t } = useTranslation('payments');
  return (
    <nav className="pay-admin-nav" aria-label={t('adminNav.label')}>
      <NavLink to="/admin" end>
        {t('adminNav.dashboard')}
      </NavLink>
      <NavLink to="/admin/users">{t('adminNav.users')}</NavLink>
      <NavLink to="/admin/courses">{t('adminNav.courses')}</NavLink>
      <NavLink to="/admin/payments">{t('adminNav.payments')}</NavLink>
      <NavLink to="/admin/revenue">{t('adminNav.revenue')}</NavLink>
    </nav>
  );
}
