import { useTranslation } from 'react-i18next';
import { enrollmentFilters, type EnrollmentFilter } from '../model/enrollmentFilters';

/** In progress / completed: toggle buttons (aria-pressed), the choice kept in the address by the page. */
export function EnrollmentFilterBar({
  value,
  counts,
  onChange,
}: {
  value: EnrollmentFilter;
  counts: Record<EnrollmentFilter, number>;
  onChange: (filter: EnrollmentFilter) => void;
}) {
  const { t } = useTranslation('learning');
  return (
    <div className="segmented" role="group" aria-label={t('myLearning.filters')}>
      {enrollmentFilters.map((filter) => (
        <button
          key={filter}
          type="button"
          className="segmented-option"
          aria-pressed={value === filter}
          onClick={() => onChange(filter)}
        >
          {t(`myLearning.filter.${filter}`, { count: counts[filter] })}
        </button>
      ))}
    </div>
  );
}
