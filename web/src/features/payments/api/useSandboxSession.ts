import { useQuery } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { SandboxSession } from './types';

/** GET /api/v1/payments/sandbox/sessions/{id}: the test checkout session (its buyer only). */
export function useSandboxSession(sessionId: string) {
  return useQuery({
    queryKey: queryKeys.sandboxSession(sessionId),
    queryFn: () => requestJson<SandboxSession>('GET', `/api/v1/payments/sandbox/sessions/${encodeURIComponent(sessionId)}`),
    enabled: Boolean(sessionId),
  });
}
