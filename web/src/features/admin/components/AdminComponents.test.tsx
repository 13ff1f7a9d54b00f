import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { ApiProblem } from '@/lib/api/problem';
import type { User } from '@/lib/api/types';
import { UsersTable } from './UsersTable';
import { InstructorApplications } from './InstructorApplications';

const thomas: User = {
  id: 'u-thomas',
  email: 'thomas@example.com',
  first_name: 'Thomas',
  last_name: 'Durand',
  avatar_url: null,
  role: 'learner',
  status: 'active',
  language: 'fr',
  email_verified: true,
  created_at: '2026-01-10T10:00:00Z',
  updated_at: '2026-01-10T10:00:00Z',
  last_login_at: null,
  instructor_info: { bio: 'I teach Excel to accountants.', expertise_tags: ['excel'], verification_status: 'unverified', applied_at: '2026-02-01T10:00:00Z' },
  notification_settings: {},
};

const idle = { id: undefined, pending: false, error: null };

describe('UsersTable', () => {
  it('applies a role change only when asked, sending only what changed', async () => {
    const onUpdate = vi.fn();
    renderWithProviders(<UsersTable users={[thomas]} currentUserId="u-admin" onUpdate={onUpdate} row={idle} caption="Comptes" />);
    const apply = screen.getByRole('button', { name: /Appliquer/ });
    expect(apply).toBeDisabled();
    await userEvent.selectOptions(screen.getByLabelText('Rôle de Thomas Durand'), 'instructor');
    expect(onUpdate).not.toHaveBeenCalled();
    await userEvent.click(apply);
    expect(onUpdate).toHaveBeenCalledWith({ id: 'u-thomas', changes: { role: 'instructor' } });
  });

  it('shows the service’s reason when it refuses (changing one’s own role)', () => {
    const error = new ApiProblem(409, { title: 'Conflict', detail: 'Nobody changes their own role or status; ask another admin.' });
    renderWithProviders(<UsersTable users={[thomas]} currentUserId="u-thomas" onUpdate={vi.fn()} row={{ id: 'u-thomas', pending: false, error }} caption="Comptes" />);
    expect(screen.getByText('vous')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Nobody changes their own role or status');
    expect(screen.getByTestId('admin-user-row')).toBeInTheDocument();
  });
});

describe('InstructorApplications', () => {
  it('approves an application', async () => {
    const onDecide = vi.fn();
    renderWithProviders(<InstructorApplications applications={[thomas]} onDecide={onDecide} row={idle} complete />);
    expect(screen.getByText('I teach Excel to accountants.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Accepter/ }));
    expect(onDecide).toHaveBeenCalledWith(thomas, 'verified');
  });

  it('says when nothing is waiting', () => {
    renderWithProviders(<InstructorApplications applications={[]} onDecide={vi.fn()} row={idle} complete />);
    expect(screen.getByText('Aucune candidature en attente.')).toBeInTheDocument();
  });
});
