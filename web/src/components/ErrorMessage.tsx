import { useTranslation } from 'react-i18next';
import { ApiProblem } from '@/lib/api/problem';

/** The sentence for an error, in the reader's language: by status for problems, a generic one otherwise. */
export function useProblemText() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (!(error instanceof ApiProblem)) return t('errors.title');
    if (error.status === 0) return t('errors.network');
    if (error.status >= 500) return t('errors.5xx');
    const key = `errors.${error.status}`;
    const text = t(key, { defaultValue: '' });
    return text || t('errors.other', { status: error.status });
  };
}

/**
 * An API error as people read it: the localized sentence for its status, then what the service said about each
 * field (validation problems name the field) or its detail, which services write in English.
 */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useProblemText()(error);
  const details =
    error instanceof ApiProblem
      ? Object.entries(error.errors).flatMap(([field, messages]) => messages.map((message) => t('errors.field', { field, message })))
      : [];
  const detail = error instanceof ApiProblem && details.length === 0 ? error.detail : undefined;
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{text}</p>
      {details.length > 0 && (
        <ul className="alert-details">
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {detail && <p className="alert-details" lang="en">{detail}</p>}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
