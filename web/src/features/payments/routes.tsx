import type { RouteObject } from 'react-router';

/** Buying (checkout, the sandbox's test payment page, the way back), my payments and subscription, and the admin's payments and revenue. */
export const paymentsRoutes: RouteObject[] = [
  { path: '/checkout/course/:courseId', lazy: async () => ({ Component: (await import('./pages/CheckoutCoursePage')).CheckoutCoursePage }) },
  { path: '/checkout/plan/:plan', lazy: async () => ({ Component: (await import('./pages/CheckoutPlanPage')).CheckoutPlanPage }) },
  { path: '/checkout/sandbox/:sessionId', lazy: async () => ({ Component: (await import('./pages/SandboxCheckoutPage')).SandboxCheckoutPage }) },
  { path: '/checkout/success', lazy: async () => ({ Component: (await import('./pages/CheckoutSuccessPage')).CheckoutSuccessPage }) },
  { path: '/checkout/cancelled', lazy: async () => ({ Component: (await import('./pages/CheckoutCancelledPage')).CheckoutCancelledPage }) },
  { path: '/account/payments', lazy: async () => ({ Component: (await import('./pages/MyPaymentsPage')).MyPaymentsPage }) },
  { path: '/account/subscription', lazy: async () => ({ Component: (await import('./pages/SubscriptionPage')).SubscriptionPage }) },
  { path: '/admin/payments', lazy: async () => ({ Component: (await import('./pages/AdminPaymentsPage')).AdminPaymentsPage }) },
  { path: '/admin/revenue', lazy: async () => ({ Component: (await import('./pages/AdminRevenuePage')).AdminRevenuePage }) },
];
