import type { TransactionFilters, TransactionKind, TransactionStatus } from '../api/types';
import { isIsoDay } from './days';

/** The admin transaction search, kept in the address so it survives a reload and can be shared. */
export const TRANSACTION_STATUSES: readonly TransactionStatus[] = ['pending', 'completed', 'failed', 'refunded'];
export const TRANSACTION_KINDS: readonly TransactionKind[] = ['course', 'subscription'];
export const TRANSACTIONS_PAGE_SIZE = 20;

export function filtersFromParams(params: URLSearchParams): TransactionFilters {
  const status = params.get('status') ?? '';
  const kind = params.get('kind') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    status: (TRANSACTION_STATUSES as readonly string[]).includes(status) ? (status as TransactionStatus) : '',
    kind: (TRANSACTION_KINDS as readonly string[]).includes(kind) ? (kind as TransactionKind) : '',
    from: isIsoDay(from) ? from : '',
    to: isIsoDay(to) ? to : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address's query for these filters: empty ones left out, page 1 implied. */
export function paramsFromFilters(filters: TransactionFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.status) params.set('status', filters.status);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** GET /api/v1/payments/transactions with these filters (the service refuses unknown statuses and kinds). */
export function transactionsPath(filters: TransactionFilters): string {
  const params = paramsFromFilters({ ...filters, page: 1 });
  params.set('page', String(filters.page));
  params.set('page_size', String(TRANSACTIONS_PAGE_SIZE));
  return `/api/v1/payments/transactions?${params.toString()}`;
}
