import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { CourseOutline } from './CourseOutline';

const lesson = (id: string, position: number, type: string, extra: { is_preview?: boolean; duration_seconds?: number } = {}) => ({
  id,
  title: `Leçon ${id}`,
  type,
  position,
  duration_seconds: extra.duration_seconds ?? 300,
  is_preview: extra.is_preview ?? false,
});

const modules = [
  { id: 'm2', title: 'Deuxième module', description: '', position: 2, lessons: [lesson('c', 1, 'quiz')] },
  { id: 'm1', title: 'Premier module', description: 'Pour commencer', position: 1, lessons: [lesson('b', 2, 'exercise'), lesson('a', 1, 'video', { is_preview: true })] },
];

describe('CourseOutline', () => {
  it('lists modules and lessons by position, each lesson with its type, length and preview mark', () => {
    renderWithProviders(<CourseOutline modules={modules} />);
    expect(screen.getByText('2 modules · 3 leçons · 15 min')).toBeInTheDocument();
    const titles = screen.getAllByText(/module$/).map((node) => node.textContent);
    expect(titles).toEqual(['Premier module', 'Deuxième module']);
    const first = screen.getByText('Premier module').closest('details')!;
    expect(first).toHaveAttribute('open');
    const rows = within(first).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('VidéoLeçon aAperçu gratuit5 min');
    expect(rows[1]).toHaveTextContent('ExerciceLeçon b5 min');
    expect(screen.getByText('Deuxième module').closest('details')).not.toHaveAttribute('open');
  });

  it('opens and closes every module at once', async () => {
    renderWithProviders(<CourseOutline modules={modules} />);
    await userEvent.click(screen.getByRole('button', { name: 'Tout déplier' }));
    expect(screen.getByText('Deuxième module').closest('details')).toHaveAttribute('open');
    await userEvent.click(screen.getByRole('button', { name: 'Tout replier' }));
    expect(screen.getByText('Premier module').closest('details')).not.toHaveAttribute('open');
  });
});
