import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { BellButton } from './NotificationBell';
import { NotificationList } from './NotificationList';
import type { AppNotification } from '../lib/notification';

const approved: AppNotification = {
  id: 'n1',
  kind: 'instructor_application',
  title: 'Votre candidature d’instructeur est acceptée',
  body: 'Vous pouvez maintenant créer et publier des cours.',
  link: '/instructor',
  created_at: new Date(Date.now() - 5 * 60_000).toISOString(),
  read: false,
};

describe('BellButton', () => {
  it('says the unread count in its name and shows it in the badge', () => {
    renderWithProviders(<BellButton count={3} expanded={false} controls="panel" onToggle={vi.fn()} />);
    expect(screen.getByRole('button', { name: '3 notifications non lues' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByTestId('notification-count')).toHaveTextContent('3');
  });

  it('has no badge when everything is read', () => {
    renderWithProviders(<BellButton count={0} expanded={false} controls="panel" onToggle={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Notifications, aucune non lue' })).toBeInTheDocument();
    expect(screen.queryByTestId('notification-count')).not.toBeInTheDocument();
  });
});

describe('NotificationList', () => {
  it('marks an unread notification read with its button', async () => {
    const onRead = vi.fn();
    renderWithProviders(<NotificationList items={[approved]} onRead={onRead} label="Dernières" />);
    expect(screen.getByTestId('notification-item')).toHaveAttribute('data-read', 'false');
    expect(screen.getByText('il y a 5 minutes')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Marquer comme lue/ }));
    expect(onRead).toHaveBeenCalledWith('n1');
  });

  it('links to the notification’s page and marks it read on the way', async () => {
    const onRead = vi.fn();
    const onFollow = vi.fn();
    renderWithProviders(<NotificationList items={[approved]} onRead={onRead} onFollow={onFollow} label="Dernières" />);
    const link = screen.getByRole('link', { name: approved.title });
    expect(link).toHaveAttribute('href', '/teach');
    await userEvent.click(link);
    expect(onRead).toHaveBeenCalledWith('n1');
    expect(onFollow).toHaveBeenCalled();
  });

  it('has an empty state', () => {
    renderWithProviders(<NotificationList items={[]} onRead={vi.fn()} label="Dernières" />);
    expect(screen.getByText('Aucune notification pour le moment.')).toBeInTheDocument();
  });
});
