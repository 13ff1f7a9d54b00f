import { useMutation } from '@tanstack/react-query';
import { authorizedFetch } from '@/lib/api/client';
import { ApiProblem } from '@/lib/api/problem';
import { invoiceFileName, lockedInvoiceHtml } from '../lib/invoiceDocument';

/** How long the invoice's Blob URL lives: long enough for the new tab (or the download) to read it. */
const BLOB_LIFETIME_MS = 60_000;

/**
 * GET /api/v1/payments/invoices/{id} with Accept: text/html: the printable invoice, fetched with the token (a plain
 * link could not send it), shown in a new tab from a Blob URL; if the browser blocks the tab, downloaded instead.
 */
export function useOpenInvoice() {
  return useMutation({
    mutationFn: async (invoiceId: string) => {
      const url = new URL(`/api/v1/payments/invoices/${encodeURIComponent(invoiceId)}`, window.location.origin);
      const response = await authorizedFetch(new Request(url, { headers: { Accept: 'text/html' } }));
      if (!response.ok) throw new ApiProblem(response.status, await response.json().catch(() => undefined));
      const html = lockedInvoiceHtml(await response.text());
      const blobUrl = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      const tab = window.open(blobUrl, '_blank');
      if (tab) {
        tab.opener = null;
      } else {
        const link = document.createElement('a');
        link.href = blobUrl;
        link.download = invoiceFileName(response.headers.get('Content-Disposition'), invoiceId);
        link.click();
      }
      setTimeout(() => URL.revokeObjectURL(blobUrl), BLOB_LIFETIME_MS);
      return { opened: Boolean(tab) };
    },
  });
}
