import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { Page, Transaction } from './types';

export const MY_PAYMENTS_PAGE_SIZE = 10;

/** GET /api/v1/payments/me: the signed-in person's transactions, newest first, a page at a time. */
export function useMyPayments(page: number) {
  return useQuery({
    queryKey: queryKeys.myPayments(page),
    queryFn: () => requestJson<Page<Transaction>>('GET', `/api/v1/payments/me?page=${page}&page_size=${MY_PAYMENTS_PAGE_SIZE}`),
    placeholderData: keepPreviousData,
  });
}
