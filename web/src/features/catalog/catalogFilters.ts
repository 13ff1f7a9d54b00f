/**
 * The catalog's state lives in the address (?q=excel&domain=Excel&page=2): a search can be shared, bookmarked, and the
 * back button undoes a filter. This module is the only place that reads and writes that address, and the only place
 * that turns it into the courses service's query; it is pure so it is tested without a browser.
 */

export const catalogSorts = ['relevance', 'newest', 'popular', 'rating', 'price', 'price_desc'] as const;
export type CatalogSort = (typeof catalogSorts)[number];

export const priceFilters = ['free', 'paid'] as const;
export type PriceFilter = (typeof priceFilters)[number];

export const levels = ['beginner', 'intermediate', 'advanced'] as const;
export const courseLanguages = ['fr', 'en'] as const;

/** Minimum ratings offered; any value from 0 to 5 in the address is still understood. */
export const ratingThresholds = [4.5, 4, 3.5, 3] as const;

export const pageSizes = [12, 24, 48] as const;
export const defaultPageSize = 12;

export interface CatalogFilters {
  q: string;
  domain: string | null;
  language: string | null;
  level: string | null;
  category: string | null;
  price: PriceFilter | null;
  minRating: number | null;
  /** null: the service's default (relevance when searching, popular otherwise). */
  sort: CatalogSort | null;
  page: number;
  pageSize: number;
}

export const emptyFilters: CatalogFilters = {
  q: '',
  domain: null,
  language: null,
  level: null,
  category: null,
  price: null,
  minRating: null,
  sort: null,
  page: 1,
  pageSize: defaultPageSize,
};

/** The filters a visitor can switch off one by one (the search text and the paging are not "filters" on screen). */
export type FacetFilterName = 'domain' | 'language' | 'level' | 'category' | 'price' | 'minRating';

const MAX_TEXT = 200;

function includes<T extends string>(list: readonly T[], value: string | null): value is T {
  return value !== null && (list as readonly string[]).includes(value);
}

function positiveInteger(value: string | null, fallback: number, max: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const parsed = Number(value);
  return parsed >= 1 && parsed <= max ? parsed : fallback;
}

/** A short free-text value (domain, category), or null when absent or unreasonable: a hand-edited address never breaks the page. */
function token(value: string | null, max = 50): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length > 0 && trimmed.length <= max ? trimmed : null;
}

/** Address → filters. Anything unknown or malformed falls back to its default rather than failing the request. */
export function parseFilters(params: URLSearchParams): CatalogFilters {
  const rating = params.get('min_rating');
  const ratingValue = rating !== null && rating.trim() !== '' ? Number(rating) : NaN;
  const sort = params.get('sort');
  const price = params.get('price');
  const language = params.get('language');
  const level = params.get('level');
  const pageSize = positiveInteger(params.get('page_size'), defaultPageSize, 100);
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_TEXT),
    domain: token(params.get('domain'), 20),
    language: includes(courseLanguages, language) ? language : null,
    level: includes(levels, level) ? level : null,
    category: token(params.get('category')),
    price: includes(priceFilters, price) ? price : null,
    minRating: Number.isFinite(ratingValue) && ratingValue > 0 && ratingValue <= 5 ? ratingValue : null,
    sort: includes(catalogSorts, sort) ? sort : null,
    page: positiveInteger(params.get('page'), 1, 10_000),
    pageSize,
  };
}

/** Filters → address, defaults left out so that the plain catalog stays at a plain "/courses". */
export function toSearchParams(filters: CatalogFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (filters.domain) params.set('domain', filters.domain);
  if (filters.category) params.set('category', filters.category);
  if (filters.level) params.set('level', filters.level);
  if (filters.language) params.set('language', filters.language);
  if (filters.price) params.set('price', filters.price);
  if (filters.minRating !== null) params.set('min_rating', String(filters.minRating));
  const sort = effectiveSort(filters);
  if (filters.sort !== null && sort !== defaultSort(filters)) params.set('sort', sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== defaultPageSize) params.set('page_size', String(filters.pageSize));
  return params;
}

/** What the service sorts by when none is asked: relevance for a search, popularity for browsing. */
export function defaultSort(filters: Pick<CatalogFilters, 'q'>): CatalogSort {
  return filters.q.trim() ? 'relevance' : 'popular';
}

/** The sort actually applied: "relevance" means nothing without a search, so it falls back to the default. */
export function effectiveSort(filters: Pick<CatalogFilters, 'q' | 'sort'>): CatalogSort {
  if (filters.sort === null) return defaultSort(filters);
  if (filters.sort === 'relevance' && !filters.q.trim()) return 'popular';
  return filters.sort;
}

/** The sorts worth offering: relevance only while searching. */
export function availableSorts(filters: Pick<CatalogFilters, 'q'>): CatalogSort[] {
  return catalogSorts.filter((sort) => sort !== 'relevance' || filters.q.trim() !== '');
}

/**
 * One change to the filters. Anything but a page change sends the visitor back to page 1: page 3 of the old results
 * means nothing for the new ones (and may not exist).
 */
export function changeFilters(filters: CatalogFilters, change: Partial<CatalogFilters>): CatalogFilters {
  const next = { ...filters, ...change };
  const onlyPaging = Object.keys(change).every((key) => key === 'page');
  if (!onlyPaging) next.page = change.page ?? 1;
  // A new search text with an explicit "relevance" that no longer applies is dropped, not carried as noise.
  if (next.sort === 'relevance' && !next.q.trim()) next.sort = null;
  return next;
}

/** Every filter off, the search text and page size kept (the visitor asked to see more, not to start over). */
export function clearFilters(filters: CatalogFilters, { keepText = true }: { keepText?: boolean } = {}): CatalogFilters {
  return { ...emptyFilters, q: keepText ? filters.q : '', sort: filters.sort, pageSize: filters.pageSize };
}

/** The filters currently narrowing the results, in the order they are shown as removable chips. */
export function activeFilters(filters: CatalogFilters): { name: FacetFilterName; value: string }[] {
  const active: { name: FacetFilterName; value: string }[] = [];
  if (filters.domain) active.push({ name: 'domain', value: filters.domain });
  if (filters.category) active.push({ name: 'category', value: filters.category });
  if (filters.level) active.push({ name: 'level', value: filters.level });
  if (filters.language) active.push({ name: 'language', value: filters.language });
  if (filters.price) active.push({ name: 'price', value: filters.price });
  if (filters.minRating !== null) active.push({ name: 'minRating', value: String(filters.minRating) });
  return active;
}

/** The courses service's query (GET /api/v1/courses): its parameter names, only what is set. */
export interface CatalogApiQuery {
  Q?: string;
  Domain?: string;
  Language?: string;
  Category?: string;
  Level?: string;
  Price?: string;
  min_rating?: number;
  Sort?: string;
  Page?: number;
  page_size?: number;
}

export function toApiQuery(filters: CatalogFilters): CatalogApiQuery {
  const query: CatalogApiQuery = { Sort: effectiveSort(filters), Page: filters.page, page_size: filters.pageSize };
  const q = filters.q.trim();
  if (q) query.Q = q;
  if (filters.domain) query.Domain = filters.domain;
  if (filters.language) query.Language = filters.language;
  if (filters.category) query.Category = filters.category;
  if (filters.level) query.Level = filters.level;
  if (filters.price) query.Price = filters.price;
  if (filters.minRating !== null) query.min_rating = filters.minRating;
  return query;
}

/** The catalog address for a set of filters: for links from elsewhere (home page, domain tiles). */
export function catalogHref(change: Partial<CatalogFilters> = {}): string {
  const params = toSearchParams({ ...emptyFilters, ...change });
  const search = params.toString();
  return search ? `/courses?${search}` : '/courses';
}
