import { Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiProblem } from '@/lib/api/problem';

/** Every route's error boundary: a crash or an unhandled API error in one screen never blanks the whole app. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (!(error instanceof ApiProblem)) console.error(error);
  return (
    <section className="page narrow route-error">
      <h1>{t('errors.boundary')}</h1>
      <p>{t('errors.boundaryHint')}</p>
      {error instanceof ApiProblem && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
        <Link className="button button-secondary" to="/">
          {t('errors.backHome')}
        </Link>
      </div>
    </section>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page narrow">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFound')}</p>
      <Link className="button" to="/">
        {t('errors.backHome')}
      </Link>
    </section>
  );
}
