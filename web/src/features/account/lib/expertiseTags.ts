/** "Python, R ,  data science" → ["python", "r", "data science"]: trimmed, lower-cased and deduplicated as the service keeps them. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,;\n]/)
    .map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((tag) => tag.length > 0);
  return [...new Set(tags)];
}

export const BIO_MIN = 20;
export const BIO_MAX = 2000;
export const TAGS_MAX = 10;
export const TAG_MAX_LENGTH = 40;

export function validateApplication(bio: string, tags: string[], t: (key: string, options?: Record<string, unknown>) => string): { bio?: string; tags?: string } {
  const errors: { bio?: string; tags?: string } = {};
  const length = bio.trim().length;
  if (length < BIO_MIN || length > BIO_MAX) errors.bio = t('validation.bioLength', { min: BIO_MIN, max: BIO_MAX });
  if (tags.length === 0 || tags.length > TAGS_MAX) errors.tags = t('validation.tagsCount', { max: TAGS_MAX });
  else if (tags.some((tag) => tag.length > TAG_MAX_LENGTH)) errors.tags = t('validation.tagLength', { max: TAG_MAX_LENGTH });
  return errors;
}
