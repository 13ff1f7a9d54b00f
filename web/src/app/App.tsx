import { useEffect, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './queryClient';
import { createRouter } from './router';
import { session } from '@/lib/auth/session';
import { changeLanguage, isLanguage } from '@/lib/i18n/i18n';
import i18next from 'i18next';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);

  useEffect(() => {
    let previous = session.snapshot();
    return session.subscribe(() => {
      const next = session.snapshot();
      // Someone else's data never stays on screen after signing out or switching accounts.
      if (previous.user?.id !== next.user?.id) queryClient.clear();
      // The profile's language applies once signed in.
      if (next.user && previous.user?.id !== next.user.id && isLanguage(next.user.language) && next.user.language !== i18next.language) {
        void changeLanguage(next.user.language);
      }
      previous = next;
    });
  }, [queryClient]);

  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
