import { useTranslation } from 'react-i18next';

/** "data-analysis" → "Data analysis": a category the translations do not know yet still reads well. */
export function humanize(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The words for the service's codes (domains, levels, languages, categories, lesson types, sorts) in the reader's
 * language; a code added to the service later shows as itself rather than as a missing key.
 */
export function useCatalogLabels() {
  const { t } = useTranslation('catalog');
  const label = (group: string, value: string, fallback: string = value) => t(`${group}.${value}`, { defaultValue: fallback });
  return {
    domain: (value: string) => label('domain', value),
    category: (value: string) => label('category', value, humanize(value)),
    level: (value: string) => label('level', value, humanize(value)),
    language: (value: string) => label('language', value, value.toUpperCase()),
    price: (value: string) => label('price', value, humanize(value)),
    lessonType: (value: string) => label('lessonType', value, humanize(value)),
    sort: (value: string) => label('sort', value, humanize(value)),
  };
}

export type CatalogLabels = ReturnType<typeof useCatalogLabels>;
