import { useMutation } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import type { CheckoutRequest, CheckoutStarted } from './types';

/** POST /api/v1/payments/checkout: opens a checkout session for a course or a plan (Stripe's, or the sandbox's). */
export function useStartCheckout() {
  return useMutation({
    mutationFn: (request: CheckoutRequest) => requestJson<CheckoutStarted>('POST', '/api/v1/payments/checkout', request),
  });
}
