import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import type { ModuleOutline } from '../../model/types';
import { OutlineEditor } from './OutlineEditor';
import type { OutlineActions } from './types';
import { french } from '../../frenchText';

const lesson = (id: string, title: string, position: number) => ({ id, title, type: 'text', position, duration_seconds: 0, is_preview: false });
const modules: ModuleOutline[] = [
  { id: 'm1', title: 'Bases', description: '', position: 0, lessons: [lesson('l1', 'Saisie', 0), lesson('l2', 'Formules', 1)] },
  { id: 'm2', title: 'Graphiques', description: '', position: 1, lessons: [] },
];

function actions(): OutlineActions {
  return {
    reorderModules: vi.fn(), reorderLessons: vi.fn(), moveLesson: vi.fn(), deleteModule: vi.fn(), deleteLesson: vi.fn(),
    addModule: vi.fn(async () => true), renameModule: vi.fn(async () => true), addLesson: vi.fn(async () => true),
  };
}

describe('OutlineEditor', () => {
  it('moves modules and lessons with the buttons, sending the whole new order, and says so', async () => {
    const spy = actions();
    renderWithProviders(<OutlineEditor courseId="c" modules={modules} lessonTypes={['text', 'quiz']} actions={spy} pending={false} />);
    expect(screen.getByRole('button', { name: french('Monter le module « Bases »') })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: french('Descendre le module « Bases »') }));
    expect(spy.reorderModules).toHaveBeenCalledWith(['m2', 'm1']);
    await userEvent.click(screen.getByRole('button', { name: french('Monter la leçon « Formules »') }));
    expect(spy.reorderLessons).toHaveBeenCalledWith('m1', ['l2', 'l1']);
    await waitFor(() => expect(screen.getByText('« Formules » est maintenant en position 1 sur 2.')).toBeInTheDocument());
  });

  it('gives drag handles a name and keyboard instructions, and moves a lesson to another module', () => {
    const spy = actions();
    renderWithProviders(<OutlineEditor courseId="c" modules={modules} lessonTypes={['text']} actions={spy} pending={false} />);
    const handle = screen.getByRole('button', { name: french('Déplacer la leçon « Saisie »') });
    expect(handle).toHaveAttribute('aria-roledescription', 'sortable');
    expect(handle.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: french('Déplacer « Saisie » vers le module') }), { target: { value: 'm2' } });
    expect(spy.moveLesson).toHaveBeenCalledWith('l1', 'm2');
  });

  it('adds a lesson of the chosen type to its module, and refuses an empty title', async () => {
    const spy = actions();
    renderWithProviders(<OutlineEditor courseId="c" modules={modules} lessonTypes={['text', 'quiz']} actions={spy} pending={false} />);
    const [titleInput] = screen.getAllByTestId('lesson-title-input');
    const [typeSelect] = screen.getAllByTestId('lesson-type-select');
    const [add] = screen.getAllByTestId('add-lesson');
    await userEvent.click(add!);
    expect(spy.addLesson).not.toHaveBeenCalled();
    expect(screen.getByText('Ce champ est obligatoire.')).toBeInTheDocument();
    await userEvent.type(titleInput!, 'Premier quiz');
    await userEvent.selectOptions(typeSelect!, 'quiz');
    await userEvent.click(add!);
    expect(spy.addLesson).toHaveBeenCalledWith('m1', 'Premier quiz', 'quiz');
  });
});
