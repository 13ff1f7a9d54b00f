import { useTranslation } from 'react-i18next';

/**
 * "14 courses for “excel”", announced politely whenever it changes (a filter, a search). The element is always
 * there, so assistive technologies watch it from the start; it keeps its last text while the next page loads.
 */
export function ResultCount({ total, q }: { total: number | undefined; q: string }) {
  const { t } = useTranslation('catalog');
  const text =
    total === undefined ? '' : q ? t('catalog.totalFor', { count: total, q }) : t('catalog.total', { count: total });
  return (
    <p className="result-count" data-testid="catalog-total" data-total={total} aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
