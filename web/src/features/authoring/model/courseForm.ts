import { isAcceptedUrl, type FieldErrors } from './fieldErrors';
import { courseWrite, type CourseDetail, type CourseWrite } from './types';

/** The course form as people fill it in (text everywhere, lists as lists); converted to CourseWrite on save. */
export type CourseFormValues = {
  title: string;
  subtitle: string;
  description: string;
  language: string;
  domain: string;
  category: string;
  level: string;
  stack: string[];
  keywords: string[];
  learningOutcomes: string[];
  prerequisites: string[];
  thumbnailUrl: string;
  pricingModel: string;
  amount: string;
  currency: string;
};

export const emptyCourseValues: CourseFormValues = {
  title: '', subtitle: '', description: '', language: 'fr', domain: 'Other', category: 'data-analysis', level: 'beginner',
  stack: [], keywords: [], learningOutcomes: [], prerequisites: [], thumbnailUrl: '', pricingModel: 'free', amount: '', currency: 'EUR',
};

/** The service's rules (CourseWrite, InputChecks, PublishRules), checked before sending so they read in the reader's language. */
export const courseLimits = {
  titleMin: 3, titleMax: 200, subtitleMax: 300, descriptionMax: 10_000, descriptionToPublish: 50,
  keywordMax: 50, listEntryMax: 300, listMaxItems: 20, stackMaxItems: 15, priceMax: 10_000,
};

const CATEGORY = /^[a-z0-9-]{2,50}$/;
const STACK_TAG = /^[a-z0-9][a-z0-9+#.-]{0,49}$/;
const CURRENCY = /^[A-Z]{3}$/;

export function valuesFromCourse(course: CourseDetail): CourseFormValues {
  const free = course.price.pricing_model === 'free';
  return {
    title: course.title,
    subtitle: course.subtitle,
    description: course.description,
    language: course.language,
    domain: course.domain,
    category: course.category,
    level: course.level,
    stack: [...course.stack],
    keywords: [...course.keywords],
    learningOutcomes: [...course.learning_outcomes],
    prerequisites: [...course.prerequisites],
    thumbnailUrl: course.thumbnail_url ?? '',
    pricingModel: course.price.pricing_model,
    amount: free ? '' : Number.isInteger(course.price.amount) ? String(course.price.amount) : course.price.amount.toFixed(2),
    currency: course.price.currency || 'EUR',
  };
}

/** "19,90" as well as "19.90": French decimal commas are welcome. NaN when it is not a number. */
export function parseAmount(text: string): number {
  const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
  return normalized === '' || !/^\d+(\.\d{1,2})?$/.test(normalized) ? Number.NaN : Number(normalized);
}

/** Lists are edited with room for a blank line; blanks are not entries. */
export function entries(list: readonly string[]): string[] {
  return list.map((item) => item.trim()).filter((item) => item.length > 0);
}

export function validateCourse(values: CourseFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const title = values.title.trim();
  if (title.length === 0) errors.title = { key: 'validation.required' };
  else if (title.length < courseLimits.titleMin || title.length > courseLimits.titleMax)
    errors.title = { key: 'validation.length', values: { min: courseLimits.titleMin, max: courseLimits.titleMax } };
  if (values.subtitle.trim().length > courseLimits.subtitleMax) errors.subtitle = { key: 'validation.max', values: { max: courseLimits.subtitleMax } };
  if (values.description.trim().length > courseLimits.descriptionMax)
    errors.description = { key: 'validation.max', values: { max: courseLimits.descriptionMax } };
  if (!CATEGORY.test(values.category.trim())) errors.category = { key: 'validation.category' };

  const stack = entries(values.stack);
  if (stack.length > courseLimits.stackMaxItems) errors.stack = { key: 'validation.tooMany', values: { max: courseLimits.stackMaxItems } };
  else if (stack.some((tag) => !STACK_TAG.test(tag))) errors.stack = { key: 'validation.stackTag' };
  const lists = [
    ['keywords', values.keywords, courseLimits.keywordMax],
    ['learning_outcomes', values.learningOutcomes, courseLimits.listEntryMax],
    ['prerequisites', values.prerequisites, courseLimits.listEntryMax],
  ] as const;
  for (const [field, list, max] of lists) {
    const items = entries(list);
    if (items.length > courseLimits.listMaxItems) errors[field] = { key: 'validation.tooMany', values: { max: courseLimits.listMaxItems } };
    else if (items.some((item) => item.length > max)) errors[field] = { key: 'validation.entryTooLong', values: { max } };
  }

  const thumbnail = values.thumbnailUrl.trim();
  if (thumbnail && !isAcceptedUrl(thumbnail)) errors.thumbnail_url = { key: 'validation.url' };

  if (values.pricingModel !== 'free') {
    const amount = parseAmount(values.amount);
    if (Number.isNaN(amount) || amount <= 0 || amount > courseLimits.priceMax)
      errors['price.amount'] = { key: 'validation.amount', values: { max: courseLimits.priceMax } };
    if (!CURRENCY.test(values.currency.trim())) errors['price.currency'] = { key: 'validation.currency' };
  }
  return errors;
}

/** Every field of the form, for POST (create) and PATCH (each field replaced). */
export function toCourseWrite(values: CourseFormValues): CourseWrite {
  const free = values.pricingModel === 'free';
  const currency = values.currency.trim().toUpperCase() || 'EUR';
  return courseWrite({
    title: values.title.trim(),
    subtitle: values.subtitle.trim(),
    description: values.description.trim(),
    language: values.language,
    domain: values.domain,
    category: values.category.trim(),
    level: values.level,
    stack: entries(values.stack).map((tag) => tag.toLowerCase()),
    keywords: entries(values.keywords),
    learning_outcomes: entries(values.learningOutcomes),
    prerequisites: entries(values.prerequisites),
    // The service cannot clear a thumbnail (null means "unchanged"): an empty field leaves it as it is.
    thumbnail_url: values.thumbnailUrl.trim() || null,
    price: { pricing_model: values.pricingModel, amount: free ? 0 : parseAmount(values.amount), currency },
  });
}
