import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { activeFilters, type CatalogFilters, type FacetFilterName } from '../catalogFilters';
import { useCatalogLabels } from '../useCatalogLabels';
import type { FilterChange } from './FacetFilters';

/** The filters in force as chips: one click removes one, "Clear all" removes them all (the search text stays). */
export function ActiveFilters({ filters, onChange, onClear }: { filters: CatalogFilters; onChange: (change: FilterChange) => void; onClear: () => void }) {
  const { t } = useTranslation('catalog');
  const format = useFormat();
  const labels = useCatalogLabels();
  const active = activeFilters(filters);
  if (active.length === 0) return null;
  const labelOf = (name: FacetFilterName, value: string): string => {
    switch (name) {
      case 'domain':
        return labels.domain(value);
      case 'category':
        return labels.category(value);
      case 'level':
        return labels.level(value);
      case 'language':
        return labels.language(value);
      case 'price':
        return labels.price(value);
      case 'minRating':
        return `★ ${t('catalog.ratingAtLeast', { value: format.number(Number(value), 1) })}`;
    }
  };
  return (
    <div className="active-filters" role="group" aria-label={t('catalog.activeFilters')}>
      {active.map(({ name, value }) => {
        const label = labelOf(name, value);
        return (
          <button key={name} type="button" className="chip" aria-label={t('catalog.removeFilter', { label })} onClick={() => onChange({ [name]: null })}>
            <span>{label}</span>
            <span aria-hidden="true">×</span>
          </button>
        );
      })}
      <button type="button" className="button button-ghost chip-clear" onClick={onClear}>
        {t('catalog.clearAll')}
      </button>
    </div>
  );
}
