import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { ApiProblem } from '@/lib/api/problem';
import { SignInForm } from './SignInForm';

describe('SignInForm', () => {
  it('asks for both fields before submitting', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<SignInForm onSubmit={onSubmit} pending={false} error={null} />);
    await userEvent.click(screen.getByTestId('sign-in-submit'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Indiquez votre adresse e-mail.')).toBeInTheDocument();
    expect(screen.getByTestId('sign-in-email')).toHaveFocus();
  });

  it('submits the trimmed email and the password', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<SignInForm onSubmit={onSubmit} pending={false} error={null} />);
    await userEvent.type(screen.getByLabelText('Adresse e-mail'), '  sarah@example.com ');
    await userEvent.type(screen.getByTestId('sign-in-password'), 'secret-phrase');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(onSubmit).toHaveBeenCalledWith({ email: 'sarah@example.com', password: 'secret-phrase' });
  });

  it('does not say which of the email or the password was wrong', () => {
    renderWithProviders(<SignInForm onSubmit={vi.fn()} pending={false} error={new ApiProblem(401, { title: 'Invalid credentials' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Adresse e-mail ou mot de passe incorrect.');
  });

  it('tells how long to wait when sign-ins are throttled', () => {
    renderWithProviders(<SignInForm onSubmit={vi.fn()} pending={false} error={new ApiProblem(429, { retry_after: 300 })} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/Réessayez dans 5\s*min/);
    expect(screen.getByRole('link', { name: 'Réinitialiser le mot de passe' })).toHaveAttribute('href', '/forgot-password');
  });
});
