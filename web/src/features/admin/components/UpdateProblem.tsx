import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isProblem } from '@/lib/api/problem';

/** A refused change: a conflict (one's own account, a deleted one) in words of its own, with the service's reason. */
export function UpdateProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('admin');
  if (!error) return null;
  if (isProblem(error, 409)) {
    return (
      <div className="alert alert-error" role="alert">
        <p className="alert-title">{t('users.conflict')}</p>
        {error.detail && (
          <p className="alert-details" lang="en">
            {error.detail}
          </p>
        )}
      </div>
    );
  }
  return <ErrorMessage error={error} />;
}
