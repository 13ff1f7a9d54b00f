import { useNavigate } from 'react-router';
import { isProblem } from '@/lib/api/problem';
import { useStartCheckout } from '../api/useStartCheckout';
import type { CheckoutRequest } from '../api/types';
import { inAppPath } from '../lib/appPath';

/**
 * Starts a checkout and goes to it: Stripe's page leaves the site; the sandbox's page is one of ours, reached inside
 * the app (its absolute address may name another origin than the one this app is served from).
 */
export function useCheckoutRedirect({ onConflict }: { onConflict?: () => unknown } = {}) {
  const navigate = useNavigate();
  const mutation = useStartCheckout();
  return {
    start: (request: CheckoutRequest) =>
      mutation.mutate(request, {
        onSuccess: (started) => {
          if (started.mode === 'stripe') window.location.assign(started.checkout_url);
          else navigate(inAppPath(started.checkout_url));
        },
        onError: (error) => {
          if (isProblem(error, 409)) void onConflict?.();
        },
      }),
    isPending: mutation.isPending || mutation.isSuccess,
    error: mutation.error,
  };
}
