import { useQuery } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { Plan } from './types';

/** GET /api/v1/payments/plans: the three plans and their monthly prices (they rarely change). */
export function usePlans() {
  return useQuery({
    queryKey: queryKeys.paymentPlans,
    queryFn: () => requestJson<Plan[]>('GET', '/api/v1/payments/plans'),
    staleTime: 10 * 60_000,
  });
}
