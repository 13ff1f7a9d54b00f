import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from '@/lib/api/problem';

/** Server state: fresh for 30 s, retried only when the failure may be temporary (network, 5xx), never on a 4xx. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => failures < 2 && (!(error instanceof ApiProblem) || error.status === 0 || error.status >= 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
