import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { Revenue } from './types';

/** GET /api/v1/payments/revenue (admins): totals and breakdowns by day, course and plan over a range of days. */
export function useRevenue(from: string, to: string) {
  return useQuery({
    queryKey: queryKeys.revenue(from, to),
    queryFn: () => requestJson<Revenue>('GET', `/api/v1/payments/revenue?${new URLSearchParams({ from, to }).toString()}`),
    placeholderData: keepPreviousData,
  });
}
