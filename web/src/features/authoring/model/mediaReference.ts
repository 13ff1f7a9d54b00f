import type { MediaView } from './types';

const MEDIA_PATH = /\/api\/v1\/courses\/[0-9a-f-]{36}\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[?#]|$)/i;

/**
 * Lessons come back with their uploaded files as short-lived signed URLs (a video element cannot send a token), but
 * are saved with the file's reference (`media:{id}`): a signed URL sent back would expire, and the service refuses
 * relative URLs. Anything else (an external https link) is kept as it is.
 */
export function toMediaReference(url: string): string {
  const match = MEDIA_PATH.exec(url);
  return match ? `media:${match[1]}` : url;
}

export function isMediaReference(url: string): boolean {
  return url.startsWith('media:');
}

/**
 * A course thumbnail is shown by the public catalog as an image URL, and images of a course are served to anyone:
 * the absolute, unsigned address of the uploaded image (a `media:` reference would not display anywhere).
 */
export function publicImageUrl(courseId: string, media: Pick<MediaView, 'id'>, origin: string): string {
  return new URL(`/api/v1/courses/${courseId}/media/${media.id}`, origin).href;
}
