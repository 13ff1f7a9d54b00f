import { Suspense, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/States';
import { hasRole, useSession } from '@/lib/auth/useSession';
import { session } from '@/lib/auth/session';
import { useOnline } from '@/hooks/useOnline';
import { NotificationBell } from '@/features/notifications/components/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';

export function Layout() {
  const { t } = useTranslation();
  const state = useSession();
  const user = state.user;
  const online = useOnline();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);

  const signOut = async () => {
    await session.signOut();
    navigate('/');
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="header">
        <div className="header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">H</span>
            <span className="brand-name">{t('appName')}</span>
          </Link>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('nav.menu')}
          </button>
          <nav id="main-nav" className={menuOpen ? 'nav open' : 'nav'} aria-label={t('nav.main')}>
            <NavLink to="/courses">{t('nav.catalog')}</NavLink>
            {user && <NavLink to="/learning" end>{t('nav.learning')}</NavLink>}
            {/* Not for admins: their header has no room left for it (the page stays open to them at its address). */}
            {user && !hasRole(user, 'admin') && <NavLink to="/learning/analysis">{t('analysis.nav', { ns: 'ai' })}</NavLink>}
            {hasRole(user, 'instructor', 'admin') && <NavLink to="/teach">{t('nav.teach')}</NavLink>}
            {hasRole(user, 'admin') && <NavLink to="/admin">{t('nav.admin')}</NavLink>}
            {user && (
              <button type="button" className="button button-ghost nav-sign-out" onClick={() => void signOut()}>
                {t('nav.signOut')}
              </button>
            )}
          </nav>
          <div className="header-tools">
            <LanguageSwitch />
            {user ? (
              <>
                <NotificationBell />
                <NavLink to="/account" className="account-link">
                  <span className="avatar" aria-hidden="true">
                    {user.avatar_url ? <img src={user.avatar_url} alt="" /> : user.first_name.slice(0, 1).toUpperCase()}
                  </span>
                  <span className="account-name">{user.first_name}</span>
                  {/* The name alone is hidden on a phone: the link still says where it goes. */}
                  <span className="visually-hidden">{t('nav.account')}</span>
                </NavLink>
                <button type="button" className="button button-ghost header-sign-out" onClick={() => void signOut()}>
                  {t('nav.signOut')}
                </button>
              </>
            ) : state.status === 'anonymous' ? (
              <>
                <Link to="/sign-in" className="button button-ghost">
                  {t('nav.signIn')}
                </Link>
                <Link to="/sign-up" className="button">
                  {t('nav.signUp')}
                </Link>
              </>
            ) : null}
          </div>
        </div>
        {!online && (
          <p className="offline-banner" role="status">
            {t('state.offline')}
          </p>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <p>{t('footer.tagline')}</p>
        <p>{t('footer.rights', { year: new Date().getFullYear() })}</p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
