import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The administration screens (the payments feature adds payments and revenue). */
export function AdminNav() {
  const { t } = useTranslation('admin');
  return (
    <nav className="admin-nav" aria-label={t('nav.label')}>
      <NavLink to="/admin" end>
        {t('nav.dashboard')}
      </NavLink>
      <NavLink to="/admin/users">{t('nav.users')}</NavLink>
      <NavLink to="/admin/courses">{t('nav.courses')}</NavLink>
      <NavLink to="/admin/payments">{t('adminNav.payments', { ns: 'payments' })}</NavLink>
      <NavLink to="/admin/revenue">{t('adminNav.revenue', { ns: 'payments' })}</NavLink>
    </nav>
  );
}
