/**
 * Certificate numbers as printed: HAR-{year}-XXXX-XXXX-XXXX (Crockford base 32). People type them from paper, so the
 * letters they confuse with digits are forgiven the way the courses service forgives them (O → 0, I and L → 1), and
 * a number that cannot be one is caught here, before asking the service.
 */
const PATTERN = /^HAR-[0-9]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

export function normalizeCertificateNumber(typed: string): string | null {
  const upper = typed
    .trim()
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/[–—]/g, '-')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return upper.length <= 40 && PATTERN.test(upper) ? upper : null;
}

/** The printable certificate, served by the courses service as a standalone page (opened in a new tab). */
export function certificatePrintUrl(number: string): string {
  return `/api/v1/certificates/${encodeURIComponent(number)}/print`;
}
