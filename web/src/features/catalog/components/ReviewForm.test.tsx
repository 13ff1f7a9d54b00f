import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { ReviewForm } from './ReviewForm';

describe('ReviewForm', () => {
  it('requires a rating before sending, then sends the rating and the comment', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<ReviewForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Publier mon avis' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Choisissez une note de 1 à 5 étoiles.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: /^4 étoiles\s:\sBien$/ }));
    await userEvent.type(screen.getByLabelText('Votre commentaire (facultatif)'), '  Très clair.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Publier mon avis' }));
    expect(onSubmit).toHaveBeenCalledWith({ rating: 4, text: 'Très clair.' });
    expect(screen.queryByText('Choisissez une note de 1 à 5 étoiles.')).not.toBeInTheDocument();
  });

  it('edits the learner’s earlier review', () => {
    renderWithProviders(<ReviewForm existing={{ rating: 2, text: 'Trop rapide.' }} onSubmit={() => {}} saved="updated" />);
    expect(screen.getByRole('radio', { name: /^2 étoiles\s:\sDécevant$/ })).toBeChecked();
    expect(screen.getByLabelText('Votre commentaire (facultatif)')).toHaveValue('Trop rapide.');
    expect(screen.getByRole('button', { name: 'Mettre à jour mon avis' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Votre avis a été mis à jour.');
  });
});
