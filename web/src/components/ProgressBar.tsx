import { useTranslation } from 'react-i18next';

export function ProgressBar({ value, label }: { value: number; label?: string }) {
  const { t } = useTranslation();
  const clamped = Math.min(100, Math.max(0, Math.round(value)));
  return (
    <div
      className="progress"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      aria-label={label ?? t('progress.label', { value: clamped })}
    >
      <div className="progress-fill" style={{ width: `${clamped}%` }} />
    </div>
  );
}
