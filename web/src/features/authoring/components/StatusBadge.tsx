import { useTranslation } from 'react-i18next';

const tone: Record<string, string> = { published: 'badge badge-success', draft: 'badge badge-warning', archived: 'badge' };

/** The course's status as a word (never by colour alone). */
export function StatusBadge({ status, testId }: { status: string; testId?: string }) {
  const { t } = useTranslation('authoring');
  return (
    <span className={tone[status] ?? 'badge'} data-testid={testId} data-status={status}>
      {t(`status.${status}`, { defaultValue: status })}
    </span>
  );
}
