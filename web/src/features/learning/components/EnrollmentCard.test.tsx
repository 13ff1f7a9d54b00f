import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { enrollment } from '../test/fixtures';
import { EnrollmentCard } from './EnrollmentCard';

describe('EnrollmentCard', () => {
  it('shows progress and resumes the course', () => {
    renderWithProviders(<EnrollmentCard enrollment={enrollment()} />);
    expect(screen.getByRole('heading', { name: 'Python Basics for Data Analysis' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '43');
    expect(screen.getByText(/3 \/ 7 leçons terminées/)).toBeInTheDocument();
    const resume = screen.getByTestId('resume-button');
    expect(resume).toHaveTextContent('Reprendre');
    expect(resume).toHaveAttribute('href', '/courses/c1/learn');
    expect(screen.queryByRole('link', { name: /certificat/ })).not.toBeInTheDocument();
  });

  it('says "start" before any lesson is opened', () => {
    renderWithProviders(<EnrollmentCard enrollment={enrollment({ completed_lessons: 0, last_lesson_id: null, last_accessed_at: null, progress_percentage: 0 })} />);
    expect(screen.getByTestId('resume-button')).toHaveTextContent('Commencer');
  });

  it('links a completed course to its certificate', () => {
    renderWithProviders(
      <EnrollmentCard
        enrollment={enrollment({ status: 'completed', completed_lessons: 7, progress_percentage: 100, completed_at: '2026-02-01T10:00:00Z', certificate_number: 'HAR-2026-AB12-CD34-EF56' })}
      />,
    );
    expect(screen.getByText('Terminé')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /certificat de Python Basics/ })).toHaveAttribute('href', '/certificates/HAR-2026-AB12-CD34-EF56');
    expect(screen.getByTestId('resume-button')).toHaveTextContent('Revoir le cours');
  });
});
