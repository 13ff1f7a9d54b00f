import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import type { CoursesSchemas } from '@/lib/api/types';
import { CourseCallToAction } from './CourseCallToAction';

const course = { id: 'c1', price: { amount: 49, currency: 'EUR', pricing_model: 'one_time' } };
const enrollment = {
  id: 'e1',
  course_id: 'c1',
  status: 'active',
  progress_percentage: 42.8,
  last_lesson_id: 'l2',
  certificate_number: null,
} as CoursesSchemas['EnrollmentView'];

describe('CourseCallToAction', () => {
  it('sends anonymous visitors to sign in, then back here', () => {
    renderWithProviders(<CourseCallToAction course={course} action={{ kind: 'sign-in', href: '/sign-in?next=%2Fcourses%2Fc1' }} resumeLessonId={null} onEnroll={() => {}} />);
    expect(screen.getByRole('link', { name: 'Se connecter pour s’inscrire' })).toHaveAttribute('href', '/sign-in?next=%2Fcourses%2Fc1');
    expect(screen.getByRole('link', { name: 'Inscrivez-vous gratuitement' })).toHaveAttribute('href', '/sign-up?next=%2Fcourses%2Fc1');
  });

  it('enrolls with one click, and cannot be clicked twice while enrolling', async () => {
    const onEnroll = vi.fn();
    const { rerender } = renderWithProviders(<CourseCallToAction course={course} action={{ kind: 'enroll', staff: false }} resumeLessonId={null} onEnroll={onEnroll} />);
    await userEvent.click(screen.getByTestId('enroll-button'));
    expect(onEnroll).toHaveBeenCalledOnce();
    rerender(<CourseCallToAction course={course} action={{ kind: 'enroll', staff: false }} resumeLessonId={null} onEnroll={onEnroll} enrolling />);
    expect(screen.getByTestId('enroll-button')).toBeDisabled();
  });

  it('shows the price and a plain link to checkout for a paid course', () => {
    renderWithProviders(<CourseCallToAction course={course} action={{ kind: 'buy', href: '/checkout/course/c1' }} resumeLessonId={null} onEnroll={() => {}} />);
    expect(screen.getByTestId('buy-button')).toHaveAttribute('href', '/checkout/course/c1');
    expect(screen.getByText(/49\s€/)).toBeInTheDocument();
  });

  it('continues at the lesson to resume, with the progress', () => {
    renderWithProviders(<CourseCallToAction course={course} action={{ kind: 'continue', enrollment }} resumeLessonId="l2" onEnroll={() => {}} />);
    expect(screen.getByTestId('continue-button')).toHaveAttribute('href', '/courses/c1/learn/l2');
    expect(screen.getByTestId('continue-button')).toHaveTextContent('Continuer le cours');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '43');
  });
});
