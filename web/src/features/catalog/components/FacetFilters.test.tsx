import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { emptyFilters } from '../catalogFilters';
import { FacetFilters, facetOptions } from './FacetFilters';

const facets = {
  domain: [
    { value: 'Excel', count: 4 },
    { value: 'Python', count: 3 },
  ],
  language: [{ value: 'fr', count: 7 }],
  category: [],
  level: [{ value: 'beginner', count: 5 }],
  stack: [],
  price: [
    { value: 'paid', count: 4 },
    { value: 'free', count: 3 },
  ],
};

describe('FacetFilters', () => {
  it('shows each value with its number of courses and reports the choice', async () => {
    const onChange = vi.fn();
    renderWithProviders(<FacetFilters filters={emptyFilters} facets={facets} onChange={onChange} />);
    const domain = screen.getByRole('group', { name: 'Domaine' });
    expect(within(domain).getByRole('radio', { name: 'Tous' })).toBeChecked();
    const excel = within(domain).getByRole('radio', { name: /Excel/ });
    expect(excel.closest('label')).toHaveTextContent('Excel4');
    await userEvent.click(excel);
    expect(onChange).toHaveBeenCalledWith({ domain: 'Excel' });
    await userEvent.click(within(screen.getByRole('group', { name: 'Note minimale' })).getByRole('radio', { name: /4 et plus/ }));
    expect(onChange).toHaveBeenLastCalledWith({ minRating: 4 });
    // A facet with no value (no category here) is not offered at all.
    expect(screen.queryByRole('group', { name: 'Catégorie' })).not.toBeInTheDocument();
  });

  it('keeps the selected value visible even when nothing matches it any more', () => {
    expect(facetOptions([{ value: 'Excel', count: 2 }], 'R')).toEqual([
      { value: 'Excel', count: 2 },
      { value: 'R', count: 0 },
    ]);
    renderWithProviders(<FacetFilters filters={{ ...emptyFilters, level: 'advanced' }} facets={facets} onChange={() => {}} />);
    expect(within(screen.getByRole('group', { name: 'Niveau' })).getByRole('radio', { name: /Avancé/ })).toBeChecked();
  });
});
