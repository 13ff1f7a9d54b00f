/**
 * The invoice's HTML page, opened from a Blob URL, runs with this site's origin: so that nothing in it could ever
 * run script there (a name on the invoice, say, written by its customer), a Content-Security-Policy forbidding
 * scripts is put first in its head. Styles and images inline in the page still apply; printing is the browser's.
 */
const POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`;

export function lockedInvoiceHtml(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}${POLICY}${html.slice(head.index + head[0].length)}`;
  return `<!doctype html><html><head>${POLICY}</head><body>${html}</body></html>`;
}

/** The file name the service suggests (Content-Disposition), else one made from the invoice's id. */
export function invoiceFileName(disposition: string | null, invoiceId: string): string {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  const name = match?.[1] ? decodeURIComponent(match[1]).replace(/[/\\]/g, '_') : '';
  return name || `invoice-${invoiceId}.html`;
}
