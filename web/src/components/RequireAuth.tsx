import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasRole, useSession } from '@/lib/auth/useSession';
import type { Role } from '@/lib/api/types';
import { Loading } from './States';

/**
 * Guards a route: signed out → the sign-in page, coming back here afterwards; signed in without the role → a 403
 * page. The services check again on every call: this only spares people screens they cannot use.
 */
export function RequireAuth({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const state = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (state.status === 'restoring') return <Loading />;
  if (state.status === 'anonymous') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (roles && !hasRole(state.user, ...roles)) {
    return (
      <section className="page narrow">
        <h1>{t('errors.forbiddenTitle')}</h1>
        <p>{t('errors.403')}</p>
      </section>
    );
  }
  return <>{children}</>;
}
