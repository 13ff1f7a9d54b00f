import { describe, expect, it } from 'vitest';
import { catalogHref, changeFilters, effectiveSort, emptyFilters, parseFilters, toApiQuery, toSearchParams } from './catalogFilters';

const parse = (search: string) => parseFilters(new URLSearchParams(search));

describe('catalog filters in the address', () => {
  it('reads every filter and writes them back to the same address', () => {
    const search = 'q=tableaux+crois%C3%A9s&domain=Excel&category=data-analysis&level=intermediate&language=fr&price=paid&min_rating=4&sort=newest&page=3&page_size=24';
    const filters = parse(search);
    expect(filters).toEqual({
      q: 'tableaux croisés',
      domain: 'Excel',
      category: 'data-analysis',
      level: 'intermediate',
      language: 'fr',
      price: 'paid',
      minRating: 4,
      sort: 'newest',
      page: 3,
      pageSize: 24,
    });
    expect(parse(toSearchParams(filters).toString())).toEqual(filters);
  });

  it('keeps the plain catalog at a plain address', () => {
    expect(toSearchParams(emptyFilters).toString()).toBe('');
    expect(catalogHref()).toBe('/courses');
    expect(catalogHref({ domain: 'R' })).toBe('/courses?domain=R');
  });

  it('falls back to defaults for hand-edited nonsense instead of failing', () => {
    expect(parse('level=expert&price=cheap&sort=random&page=-2&page_size=1000&min_rating=9&language=de')).toEqual(emptyFilters);
    expect(parse('page=abc').page).toBe(1);
  });

  it('sends the visitor back to page 1 when a filter changes, not when only the page does', () => {
    const onPage4 = { ...emptyFilters, page: 4 };
    expect(changeFilters(onPage4, { domain: 'Python' }).page).toBe(1);
    expect(changeFilters(onPage4, { q: 'pandas' }).page).toBe(1);
    expect(changeFilters(onPage4, { sort: 'rating' }).page).toBe(1);
    expect(changeFilters(onPage4, { page: 5 }).page).toBe(5);
  });

  it('sorts by relevance only while searching', () => {
    expect(effectiveSort({ q: 'excel', sort: null })).toBe('relevance');
    expect(effectiveSort({ q: '', sort: null })).toBe('popular');
    expect(effectiveSort({ q: '', sort: 'relevance' })).toBe('popular');
    // Clearing the search drops a "relevance" that no longer means anything.
    expect(changeFilters({ ...emptyFilters, q: 'excel', sort: 'relevance' }, { q: '' }).sort).toBeNull();
  });

  it('builds the courses service query with its parameter names, only what is set', () => {
    expect(toApiQuery({ ...emptyFilters, q: 'ggplot', domain: 'R', price: 'free', minRating: 4.5, page: 2 })).toEqual({
      Q: 'ggplot',
      Domain: 'R',
      Price: 'free',
      min_rating: 4.5,
      Sort: 'relevance',
      Page: 2,
      page_size: 12,
    });
  });
});
