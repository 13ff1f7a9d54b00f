import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { CertificateCard } from './CertificateCard';
import { CertificateLookupForm } from './CertificateLookupForm';

const certificate = {
  number: 'HAR-2026-JT0D-0T4Y-FHJS',
  course_id: 'c1',
  course_title: 'Excel : les fondamentaux',
  learner_name: 'Élodie Martin',
  instructor_name: 'Amina Haddad',
  issued_at: '2026-11-30T10:00:00Z',
  valid: true,
  revoked_at: null,
  verification_url: '/certificates/HAR-2026-JT0D-0T4Y-FHJS',
};

describe('certificate verification', () => {
  it('shows a valid certificate with who, what, when, and a printable version in a new tab', () => {
    renderWithProviders(<CertificateCard certificate={certificate} />);
    expect(screen.getByTestId('certificate-status')).toHaveTextContent('Certificat valide');
    expect(screen.getByText('Élodie Martin')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Excel : les fondamentaux' })).toHaveAttribute('href', '/courses/c1');
    expect(screen.getByText('30 nov. 2026')).toBeInTheDocument();
    const print = screen.getByRole('link', { name: /Version imprimable/ });
    expect(print).toHaveAttribute('href', '/api/v1/certificates/HAR-2026-JT0D-0T4Y-FHJS/print');
    expect(print).toHaveAttribute('target', '_blank');
    expect(print).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('says in words that a revoked certificate is no longer valid', () => {
    renderWithProviders(<CertificateCard certificate={{ ...certificate, valid: false, revoked_at: '2026-12-02T08:00:00Z' }} />);
    expect(screen.getByTestId('certificate-status')).toHaveTextContent('Certificat révoqué');
    expect(screen.getByText(/révoqué le 2 déc\. 2026/)).toBeInTheDocument();
  });

  it('checks the typed number before looking it up', async () => {
    const onVerify = vi.fn();
    renderWithProviders(<CertificateLookupForm onVerify={onVerify} />);
    const input = screen.getByLabelText('Numéro du certificat');
    await userEvent.type(input, 'HAR-12');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(onVerify).not.toHaveBeenCalled();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(input);
    await userEvent.type(input, 'har-2026-jtod-0t4y-fhjs');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(onVerify).toHaveBeenCalledWith('HAR-2026-JT0D-0T4Y-FHJS');
  });
});
