import { useEffect } from 'react';

/** "Catalogue · Har Academy": the tab and screen readers announce where the person is. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Har Academy` : 'Har Academy';
  }, [title]);
}
