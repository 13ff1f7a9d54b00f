import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { ExerciseLesson } from './ExerciseLesson';

describe('ExerciseLesson', () => {
  it('keeps the expected output hidden until asked for', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ExerciseLesson exercise={{ instructions: 'Compute the **total**.', checklist: ['Uses sum()'], expected_output: 'Total 655.5' }} />,
    );
    expect(screen.getByText('total').tagName).toBe('STRONG');
    expect(screen.getByText('Total 655.5')).not.toBeVisible();
    const reveal = screen.getByRole('button', { name: 'Afficher le résultat attendu' });
    expect(reveal).toHaveAttribute('aria-expanded', 'false');
    await user.click(reveal);
    expect(screen.getByText('Total 655.5')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Masquer le résultat attendu' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('checkbox', { name: 'Uses sum()' }));
    expect(screen.getByRole('checkbox', { name: 'Uses sum()' })).toBeChecked();
  });
});
