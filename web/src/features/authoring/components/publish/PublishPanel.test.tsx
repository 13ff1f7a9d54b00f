import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@/lib/api/problem';
import { renderWithProviders } from '@/test/render';
import { PublishPanel } from './PublishPanel';

const draft = { title: 'Excel', status: 'draft', published_at: null };
const noop = () => undefined;

describe('PublishPanel', () => {
  it('lists every reason the service gave for refusing to publish', () => {
    const refused = new ApiProblem(422, {
      title: 'Course not ready',
      reasons: ['The course needs at least one module with at least one lesson.', 'A paid course needs a price above zero.', 'Something else entirely.'],
    });
    renderWithProviders(<PublishPanel course={draft} busy={false} error={refused} message="" onPublish={noop} onUnpublish={noop} onArchive={noop} onDelete={noop} />);
    const items = within(screen.getByTestId('publish-problems')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Le cours doit avoir au moins un module contenant au moins une leçon.',
      'Un cours payant doit avoir un prix supérieur à zéro.',
      'Something else entirely.',
    ]);
    expect(items[2]).toHaveAttribute('lang', 'en');
  });

  it('explains that a course with learners is archived rather than deleted', () => {
    renderWithProviders(<PublishPanel course={draft} busy={false} error={new ApiProblem(409, { title: 'Conflict' })} message="" onPublish={noop} onUnpublish={noop} onArchive={noop} onDelete={noop} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Archivez-le plutôt');
  });

  it('asks before archiving, and offers what fits the status', async () => {
    const onArchive = vi.fn();
    const { rerender } = renderWithProviders(<PublishPanel course={draft} busy={false} error={null} message="" onPublish={noop} onUnpublish={noop} onArchive={onArchive} onDelete={noop} />);
    expect(screen.getByTestId('publish-course')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('archive-course'));
    expect(onArchive).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog')).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Confirmer' }));
    expect(onArchive).toHaveBeenCalledOnce();
    rerender(<PublishPanel course={{ ...draft, status: 'published', published_at: '2026-11-01T00:00:00Z' }} busy={false} error={null} message="" onPublish={noop} onUnpublish={noop} onArchive={noop} onDelete={noop} />);
    expect(screen.queryByTestId('publish-course')).not.toBeInTheDocument();
    expect(screen.queryByTestId('delete-course')).not.toBeInTheDocument();
    expect(screen.getByTestId('unpublish-course')).toBeInTheDocument();
  });
});
