import { describe, expect, it } from 'vitest';
import { certificatePrintUrl, normalizeCertificateNumber } from './certificateNumber';

describe('certificate numbers', () => {
  it('forgives case, spaces and the letters people confuse with digits', () => {
    expect(normalizeCertificateNumber('  har-2026-jtod-0t4y-fhjs ')).toBe('HAR-2026-JT0D-0T4Y-FHJS');
    expect(normalizeCertificateNumber('HAR-2026-ABIL-0000-1111')).toBe('HAR-2026-AB11-0000-1111');
  });

  it('refuses what cannot be a number', () => {
    expect(normalizeCertificateNumber('')).toBeNull();
    expect(normalizeCertificateNumber('HAR-2026-ABC')).toBeNull();
    expect(normalizeCertificateNumber('XYZ-2026-AAAA-BBBB-CCCC')).toBeNull();
  });

  it('points at the printable page of the courses service', () => {
    expect(certificatePrintUrl('HAR-2026-JT0D-0T4Y-FHJS')).toBe('/api/v1/certificates/HAR-2026-JT0D-0T4Y-FHJS/print');
  });
});
