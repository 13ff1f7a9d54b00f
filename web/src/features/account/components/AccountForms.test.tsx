import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import type { User } from '@/lib/api/types';
import { ProfileForm } from './ProfileForm';
import { DeleteAccount } from './DeleteAccount';
import { InstructorApplication } from './InstructorApplication';
import { VerifyEmailStatus } from './VerifyEmailStatus';

const user: User = {
  id: '0190-user',
  email: 'sarah@example.com',
  first_name: 'Sarah',
  last_name: 'Benali',
  avatar_url: null,
  role: 'learner',
  status: 'active',
  language: 'fr',
  email_verified: false,
  created_at: '2026-01-10T10:00:00Z',
  updated_at: '2026-01-10T10:00:00Z',
  last_login_at: null,
  instructor_info: null,
  notification_settings: { email_notifications: true, marketing_emails: false, newsletter: false },
};

const resend = { onResend: vi.fn(), pending: false, outcome: undefined, error: null };

describe('ProfileForm', () => {
  it('saves only the language when only the language changed', async () => {
    const onSave = vi.fn();
    renderWithProviders(<ProfileForm user={user} onSave={onSave} pending={false} error={null} saved={false} />);
    await userEvent.selectOptions(screen.getByTestId('account-language'), 'en');
    await userEvent.click(screen.getByTestId('profile-save'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ language: 'en', first_name: null, notification_settings: null }));
  });

  it('refuses an avatar address that is not a web address', async () => {
    const onSave = vi.fn();
    renderWithProviders(<ProfileForm user={user} onSave={onSave} pending={false} error={null} saved={false} />);
    await userEvent.type(screen.getByLabelText(/Photo de profil/), 'ftp://nope');
    await userEvent.click(screen.getByTestId('profile-save'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Indiquez une adresse complète commençant par https://.')).toBeInTheDocument();
  });
});

describe('DeleteAccount', () => {
  it('deletes only with the password and the explicit confirmation', async () => {
    const onDelete = vi.fn();
    renderWithProviders(<DeleteAccount onDelete={onDelete} pending={false} error={null} />);
    await userEvent.click(screen.getByTestId('delete-account-open'));
    await userEvent.type(screen.getByTestId('delete-account-password'), 'my-password');
    await userEvent.click(screen.getByTestId('delete-account-confirm'));
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.getByText('Cochez cette case pour confirmer.')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('delete-account-understood'));
    await userEvent.click(screen.getByTestId('delete-account-confirm'));
    expect(onDelete).toHaveBeenCalledWith('my-password');
  });
});

describe('InstructorApplication', () => {
  it('shows a pending application instead of the form', () => {
    const pending = { ...user, instructor_info: { bio: 'Ten years of Python.', expertise_tags: ['python'], verification_status: 'unverified', applied_at: '2026-03-02T09:00:00Z' } };
    renderWithProviders(<InstructorApplication user={pending} onApply={vi.fn()} pending={false} error={null} />);
    expect(screen.getByText('Candidature en cours d’examen')).toBeInTheDocument();
    expect(screen.queryByTestId('instructor-apply')).not.toBeInTheDocument();
  });

  it('sends the bio and the parsed tags', async () => {
    const onApply = vi.fn();
    renderWithProviders(<InstructorApplication user={user} onApply={onApply} pending={false} error={null} />);
    await userEvent.type(screen.getByLabelText('Présentez-vous'), 'I have taught statistics with R for eight years.');
    await userEvent.type(screen.getByLabelText('Domaines d’expertise'), 'R, Statistiques');
    await userEvent.click(screen.getByTestId('instructor-apply'));
    expect(onApply).toHaveBeenCalledWith({ bio: 'I have taught statistics with R for eight years.', expertise_tags: ['r', 'statistiques'] });
  });
});

describe('VerifyEmailStatus', () => {
  it('offers to sign in when the link is used up and nobody is signed in', () => {
    renderWithProviders(<VerifyEmailStatus state="invalid" signedIn={false} error={null} onRetry={vi.fn()} resend={resend} />);
    expect(screen.getByTestId('verify-email-status')).toHaveAttribute('data-status', 'invalid');
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute('href', '/sign-in?next=%2Faccount');
    expect(screen.queryByRole('button', { name: /Renvoyer/ })).not.toBeInTheDocument();
  });

  it('offers a new link to a signed-in reader', async () => {
    const onResend = vi.fn();
    renderWithProviders(<VerifyEmailStatus state="invalid" signedIn error={null} onRetry={vi.fn()} resend={{ ...resend, onResend }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Renvoyer le lien de confirmation' }));
    expect(onResend).toHaveBeenCalled();
  });
});
