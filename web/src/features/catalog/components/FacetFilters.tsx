import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { CoursesSchemas } from '@/lib/api/types';
import { ratingThresholds, type CatalogFilters, type PriceFilter } from '../catalogFilters';
import { useCatalogLabels } from '../useCatalogLabels';

type Facets = CoursesSchemas['CatalogFacets'];
type FacetValue = CoursesSchemas['FacetValue'];

export type FilterChange = Partial<CatalogFilters>;

/**
 * The values to offer for one facet: the service's (those with at least one course under the other filters, with
 * their counts), plus the selected one even when nothing matches it any more, so it can be seen and unselected.
 */
export function facetOptions(values: FacetValue[] | undefined, selected: string | null): FacetValue[] {
  const options = [...(values ?? [])];
  if (selected && !options.some((option) => option.value === selected)) options.push({ value: selected, count: 0 });
  return options;
}

/** One facet as a group of radio buttons ("All" first): the service filters on one value per facet. */
function FacetGroup({
  legend,
  options,
  selected,
  labelOf,
  onSelect,
}: {
  legend: string;
  options: FacetValue[];
  selected: string | null;
  labelOf: (value: string) => string;
  onSelect: (value: string | null) => void;
}) {
  const { t } = useTranslation('catalog');
  const format = useFormat();
  const name = useId();
  if (options.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <label className="facet-option">
        <input type="radio" name={name} checked={selected === null} onChange={() => onSelect(null)} />
        <span>{t('catalog.any')}</span>
      </label>
      {options.map((option) => (
        <label key={option.value} className="facet-option">
          <input type="radio" name={name} value={option.value} checked={selected === option.value} onChange={() => onSelect(option.value)} />
          <span>{labelOf(option.value)}</span>
          <span className="facet-count">{format.number(option.count)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Every filter of the catalog, with the number of courses each choice would give (from the response's facets). */
export function FacetFilters({ filters, facets, onChange }: { filters: CatalogFilters; facets: Facets | undefined; onChange: (change: FilterChange) => void }) {
  const { t } = useTranslation('catalog');
  const format = useFormat();
  const labels = useCatalogLabels();
  const ratingName = useId();
  return (
    <div className="facets">
      <FacetGroup
        legend={t('catalog.facet.domain')}
        options={facetOptions(facets?.domain, filters.domain)}
        selected={filters.domain}
        labelOf={labels.domain}
        onSelect={(domain) => onChange({ domain })}
      />
      <FacetGroup
        legend={t('catalog.facet.level')}
        options={facetOptions(facets?.level, filters.level)}
        selected={filters.level}
        labelOf={labels.level}
        onSelect={(level) => onChange({ level })}
      />
      <FacetGroup
        legend={t('catalog.facet.price')}
        options={facetOptions(facets?.price, filters.price)}
        selected={filters.price}
        labelOf={labels.price}
        onSelect={(price) => onChange({ price: price as PriceFilter | null })}
      />
      <fieldset className="facet">
        <legend>{t('catalog.facet.minRating')}</legend>
        <label className="facet-option">
          <input type="radio" name={ratingName} checked={filters.minRating === null} onChange={() => onChange({ minRating: null })} />
          <span>{t('catalog.anyRating')}</span>
        </label>
        {ratingThresholds.map((threshold) => (
          <label key={threshold} className="facet-option">
            <input type="radio" name={ratingName} checked={filters.minRating === threshold} onChange={() => onChange({ minRating: threshold })} />
            <span className="facet-stars" aria-hidden="true">
              {'★'.repeat(Math.floor(threshold))}
              {threshold % 1 ? '½' : ''}
            </span>
            <span>{t('catalog.ratingAtLeast', { value: format.number(threshold, 1) })}</span>
          </label>
        ))}
      </fieldset>
      <FacetGroup
        legend={t('catalog.facet.language')}
        options={facetOptions(facets?.language, filters.language)}
        selected={filters.language}
        labelOf={labels.language}
        onSelect={(language) => onChange({ language })}
      />
      <FacetGroup
        legend={t('catalog.facet.category')}
        options={facetOptions(facets?.category, filters.category)}
        selected={filters.category}
        labelOf={labels.category}
        onSelect={(category) => onChange({ category })}
      />
    </div>
  );
}
