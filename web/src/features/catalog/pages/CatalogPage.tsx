import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { EmptyState } from '@/components/States';
import { Pagination } from '@/components/Pagination';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useCatalog } from '../api/useCatalog';
import { activeFilters, availableSorts, changeFilters, clearFilters, effectiveSort, pageSizes, parseFilters, toSearchParams, type CatalogFilters, type CatalogSort } from '../catalogFilters';
import { ActiveFilters } from '../components/ActiveFilters';
import { CourseGrid, CourseGridSkeleton } from '../components/CourseGrid';
import { FacetFilters, type FilterChange } from '../components/FacetFilters';
import { ResultCount } from '../components/ResultCount';
import { SearchForm } from '../components/SearchForm';
import { useCatalogLabels } from '../useCatalogLabels';
import '../catalog.css';

/** /courses: search, facets, sort and pages, all in the address (see catalogFilters). */
export function CatalogPage() {
  const { t } = useTranslation('catalog');
  const labels = useCatalogLabels();
  const [params, setParams] = useSearchParams();
  const urlFilters = useMemo(() => parseFilters(params), [params]);
  // The choice just made, shown at once: the router applies the new address a moment later (asynchronously), and a
  // radio button that unchecks itself in between is confusing. Dropped as soon as the address catches up.
  const [pending, setPending] = useState<CatalogFilters | null>(null);
  useEffect(() => setPending(null), [urlFilters]);
  const filters = pending ?? urlFilters;
  const catalog = useCatalog(filters);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsRef = useRef<HTMLElement>(null);
  const panelId = useId();
  const sortId = useId();
  const sizeId = useId();
  useDocumentTitle(filters.q ? `${filters.q} · ${t('catalog.title')}` : t('catalog.title'));

  const apply = (next: CatalogFilters) => {
    setPending(next);
    setParams(toSearchParams(next));
  };
  const update = (change: FilterChange) => apply(changeFilters(filters, change));
  const clear = () => apply(clearFilters(filters));
  const goToPage = (page: number) => {
    update({ page });
    resultsRef.current?.scrollIntoView({ block: 'start' });
  };
  const activeCount = activeFilters(filters).length;
  const data = catalog.data;

  return (
    <div className="page catalog-page">
      <header className="catalog-header">
        <h1>{t('catalog.title')}</h1>
        <p className="muted">{t('catalog.lead')}</p>
        <SearchForm
          key={filters.q}
          value={filters.q}
          label={t('catalog.searchLabel')}
          placeholder={t('catalog.searchPlaceholder')}
          submitLabel={t('catalog.searchSubmit')}
          testId="catalog-search"
          onSearch={(q) => update({ q })}
        />
      </header>

      <div className="catalog-layout">
        <aside className="catalog-sidebar" aria-label={t('catalog.filters')}>
          <button
            type="button"
            className="button button-secondary filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls={panelId}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {activeCount > 0 ? t('catalog.filtersCount', { count: activeCount }) : filtersOpen ? t('catalog.hideFilters') : t('catalog.showFilters')}
          </button>
          <div id={panelId} className={filtersOpen ? 'filters-panel is-open' : 'filters-panel'}>
            <h2 className="filters-title">{t('catalog.filters')}</h2>
            <FacetFilters filters={filters} facets={data?.facets} onChange={update} />
            {activeCount > 0 && (
              <button type="button" className="button button-secondary" onClick={clear}>
                {t('catalog.clearFilters')}
              </button>
            )}
          </div>
        </aside>

        <section className="catalog-results" ref={resultsRef} aria-labelledby={`${panelId}-results`} aria-busy={catalog.isFetching}>
          <h2 id={`${panelId}-results`} className="visually-hidden">
            {t('catalog.results')}
          </h2>
          <div className="results-toolbar">
            <ResultCount total={data?.total} q={filters.q} />
            <div className="results-controls">
              <label htmlFor={sortId}>{t('catalog.sortLabel')}</label>
              <select id={sortId} value={effectiveSort(filters)} onChange={(event) => update({ sort: event.target.value as CatalogSort })}>
                {availableSorts(filters).map((sort) => (
                  <option key={sort} value={sort}>
                    {labels.sort(sort)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <ActiveFilters filters={filters} onChange={update} onClear={clear} />

          {catalog.isPending ? (
            <CourseGridSkeleton count={6} />
          ) : catalog.error && !data ? (
            <ErrorMessage error={catalog.error} onRetry={() => void catalog.refetch()} />
          ) : data && data.items.length > 0 ? (
            <div className={catalog.isPlaceholderData ? 'results-stale' : undefined}>
              <CourseGrid courses={data.items} />
              <div className="results-footer">
                <Pagination page={filters.page} pageSize={filters.pageSize} total={data.total} onPage={goToPage} />
                <div className="results-controls">
                  <label htmlFor={sizeId}>{t('catalog.pageSizeLabel')}</label>
                  <select id={sizeId} value={filters.pageSize} onChange={(event) => update({ pageSize: Number(event.target.value) })}>
                    {pageSizes.map((size) => (
                      <option key={size} value={size}>
                        {size}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            </div>
          ) : (
            <EmptyState title={activeCount > 0 || filters.q ? t('catalog.emptyTitle') : t('catalog.emptyCatalog')}>
              {(activeCount > 0 || filters.q) && <p>{t('catalog.emptyText')}</p>}
              <div className="actions centered">
                {activeCount > 0 && (
                  <button type="button" className="button" onClick={clear}>
                    {t('catalog.clearFilters')}
                  </button>
                )}
                {filters.q && (
                  <button type="button" className="button button-secondary" onClick={() => apply(clearFilters(filters, { keepText: false }))}>
                    {t('catalog.clearSearch')}
                  </button>
                )}
              </div>
            </EmptyState>
          )}
        </section>
      </div>
    </div>
  );
}
