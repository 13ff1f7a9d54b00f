import { useTranslation } from 'react-i18next';
import { publishReasons, readReason } from '../../model/publishReasons';

/** Every reason the service gave for refusing to publish, as a list to work through. */
export function PublishReasons({ error }: { error: unknown }) {
  const { t } = useTranslation('authoring');
  const reasons = publishReasons(error);
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{t('publish.refused')}</p>
      <ul className="alert-details publish-problems" data-testid="publish-problems">
        {reasons.map((reason) => {
          const read = readReason(reason);
          return 'text' in read ? (
            <li key={reason} lang="en">
              {read.text}
            </li>
          ) : (
            <li key={reason}>{t(read.key, read.values)}</li>
          );
        })}
      </ul>
    </div>
  );
}
