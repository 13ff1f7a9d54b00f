import { describe, expect, it } from 'vitest';
import { emptyCourseValues, parseAmount, toCourseWrite, validateCourse, type CourseFormValues } from './courseForm';

const valid: CourseFormValues = { ...emptyCourseValues, title: 'Excel pour les RH', category: 'data-analysis' };

describe('course form', () => {
  it('accepts a minimal free course', () => {
    expect(validateCourse(valid)).toEqual({});
  });

  it('names each invalid field as the API names it', () => {
    const errors = validateCourse({
      ...valid, title: 'ab', category: 'Data Analysis', stack: ['Python 3'], keywords: ['x'.repeat(51)],
      thumbnailUrl: 'http://example.com/a.png', pricingModel: 'one_time', amount: '0', currency: 'eur',
    });
    expect(Object.keys(errors).sort()).toEqual(['category', 'keywords', 'price.amount', 'price.currency', 'stack', 'thumbnail_url', 'title']);
    expect(errors.title).toEqual({ key: 'validation.length', values: { min: 3, max: 200 } });
  });

  it('reads French and English decimal amounts', () => {
    expect(parseAmount('19,90')).toBe(19.9);
    expect(parseAmount(' 49.5 ')).toBe(49.5);
    expect(parseAmount('12abc')).toBeNaN();
    expect(parseAmount('')).toBeNaN();
  });

  it('writes a paid course with its price, trimmed lists without blanks, and no thumbnail when empty', () => {
    const write = toCourseWrite({
      ...valid, pricingModel: 'one_time', amount: '29,00', currency: 'eur', keywords: [' tableaux ', '', 'tcd'], stack: ['Excel'],
    });
    expect(write.price).toEqual({ pricing_model: 'one_time', amount: 29, currency: 'EUR' });
    expect(write.keywords).toEqual(['tableaux', 'tcd']);
    expect(write.stack).toEqual(['excel']);
    expect(write.thumbnail_url).toBeNull();
    expect(write.module_order).toBeNull();
  });

  it('writes a free course at zero whatever amount was typed before', () => {
    expect(toCourseWrite({ ...valid, amount: '15' }).price).toEqual({ pricing_model: 'free', amount: 0, currency: 'EUR' });
  });
});
