import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { ApiProblem } from '@/lib/api/problem';
import { SignUpForm } from './SignUpForm';

async function fill(password: string) {
  await userEvent.type(screen.getByTestId('sign-up-first-name'), 'Nadia');
  await userEvent.type(screen.getByTestId('sign-up-last-name'), 'Testeur');
  await userEvent.type(screen.getByTestId('sign-up-email'), 'nadia@example.com');
  await userEvent.type(screen.getByTestId('sign-up-password'), password);
}

describe('SignUpForm', () => {
  it('shows each password rule as met or not, in words', async () => {
    renderWithProviders(<SignUpForm defaultLanguage="fr" onSubmit={vi.fn()} pending={false} error={null} />);
    const rules = screen.getByText('Votre mot de passe doit :').parentElement!;
    expect(within(rules).getAllByText(/pas encore respecté/)).toHaveLength(3);
    await userEvent.type(screen.getByTestId('sign-up-password'), 'Violet-Kayak-Lune-42');
    expect(within(rules).queryAllByText(/pas encore respecté/)).toHaveLength(0);
  });

  it('keeps a password that breaks the rules from being sent', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<SignUpForm defaultLanguage="fr" onSubmit={onSubmit} pending={false} error={null} />);
    await fill('azertyuiop');
    await userEvent.click(screen.getByTestId('sign-up-submit'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByTestId('sign-up-password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends the account with the language chosen (the page’s by default)', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<SignUpForm defaultLanguage="en" onSubmit={onSubmit} pending={false} error={null} />);
    await fill('Violet-Kayak-Lune-42');
    await userEvent.click(screen.getByTestId('sign-up-submit'));
    expect(onSubmit).toHaveBeenCalledWith({ first_name: 'Nadia', last_name: 'Testeur', email: 'nadia@example.com', password: 'Violet-Kayak-Lune-42', language: 'en' });
  });

  it('shows the service’s refusal next to the field, translated when known', () => {
    const error = new ApiProblem(400, { errors: { password: ['This is one of the most common passwords; choose a less predictable one.'] } });
    renderWithProviders(<SignUpForm defaultLanguage="fr" onSubmit={vi.fn()} pending={false} error={error} />);
    expect(screen.getByText(/fait partie des plus courants/)).toBeInTheDocument();
  });
});
