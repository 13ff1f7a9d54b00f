import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@/lib/api/problem';
import { renderWithProviders } from '@/test/render';
import { emptyCourseValues } from '../model/courseForm';
import type { Vocabulary } from '../model/types';
import { CourseForm } from './CourseForm';

const vocabulary: Vocabulary = {
  domains: ['Excel', 'R', 'Python', 'Other'], levels: ['beginner', 'intermediate', 'advanced'], languages: ['fr', 'en'],
  pricing_models: ['free', 'one_time', 'subscription'], lesson_types: ['video', 'text', 'quiz', 'exercise'],
  question_types: ['single_choice', 'multiple_choice', 'true_false', 'short_answer'], sorts: [],
};

describe('CourseForm', () => {
  it('checks the fields before sending and shows each problem next to its field', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<CourseForm mode="create" initial={emptyCourseValues} vocabulary={vocabulary} categories={[]} pending={false} error={null} onSubmit={onSubmit} />);
    await userEvent.type(screen.getByTestId('course-title-input'), 'Ex');
    await userEvent.selectOptions(screen.getByTestId('course-pricing-select'), 'one_time');
    await userEvent.click(screen.getByTestId('save-course'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('2 champs sont à corriger avant d’enregistrer.')).toBeInTheDocument();
    expect(screen.getByTestId('course-title-input')).toHaveAccessibleDescription(/Entre 3 et 200 caractères/);
    expect(screen.getByTestId('course-amount-input')).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(screen.getByTestId('course-title-input'), 'cel avancé');
    await userEvent.type(screen.getByTestId('course-amount-input'), '49,90');
    await userEvent.click(screen.getByTestId('save-course'));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ title: 'Excel avancé', pricingModel: 'one_time', amount: '49,90' }));
  });

  it('shows what the service refused next to the field it names', () => {
    const refused = new ApiProblem(400, { title: 'One or more validation errors occurred.', errors: { category: ['Lowercase words joined by hyphens.'] } });
    renderWithProviders(<CourseForm mode="create" initial={{ ...emptyCourseValues, title: 'Excel' }} vocabulary={vocabulary} categories={[]} pending={false} error={refused} onSubmit={vi.fn()} />);
    expect(screen.getByLabelText('Catégorie')).toHaveAccessibleDescription(/Refusé par le service.+Lowercase words joined by hyphens\./);
  });
});
