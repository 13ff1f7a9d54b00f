import type { RouteObject } from 'react-router';

/** Signing in and up, the links sent by email, and the account page; each page loaded when first visited. */
export const accountRoutes: RouteObject[] = [
  { path: '/sign-in', lazy: async () => ({ Component: (await import('./pages/SignInPage')).SignInPage }) },
  { path: '/sign-up', lazy: async () => ({ Component: (await import('./pages/SignUpPage')).SignUpPage }) },
  { path: '/verify-email', lazy: async () => ({ Component: (await import('./pages/VerifyEmailPage')).VerifyEmailPage }) },
  { path: '/forgot-password', lazy: async () => ({ Component: (await import('./pages/ForgotPasswordPage')).ForgotPasswordPage }) },
  { path: '/reset-password', lazy: async () => ({ Component: (await import('./pages/ResetPasswordPage')).ResetPasswordPage }) },
  { path: '/account', lazy: async () => ({ Component: (await import('./pages/AccountPage')).AccountPage }) },
];
