/** Colours per domain for the generated cover; any other domain gets the last one. */
const palettes: Record<string, [string, string]> = {
  Excel: ['#14532d', '#16a34a'],
  R: ['#1e3a8a', '#2563eb'],
  Python: ['#1e3a5f', '#0e7490'],
  Other: ['#4c1d95', '#7c3aed'],
};
const glyphs: Record<string, string> = { Excel: 'X', R: 'R', Python: 'Py', Other: '{ }' };

/** A stable number from a string (FNV-1a), so that one course always gets the same cover. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The course's image, or, when the instructor has not uploaded one, a cover drawn from its domain and id: same
 * colours for a domain, a different arrangement per course. Decorative either way (the title says what it is).
 */
export function CourseThumbnail({ id, domain, url, className }: { id: string; domain: string; url: string | null; className?: string }) {
  const classes = ['course-thumb', className].filter(Boolean).join(' ');
  if (url) {
    return (
      <div className={classes}>
        <img src={url} alt="" loading="lazy" decoding="async" />
      </div>
    );
  }
  const [from, to] = palettes[domain] ?? palettes.Other!;
  const hash = hashOf(id);
  const x = 55 + (hash % 40);
  const y = 10 + ((hash >>> 8) % 70);
  const angle = 110 + ((hash >>> 16) % 60);
  const background = [
    `radial-gradient(circle at ${x}% ${y}%, rgb(255 255 255 / 22%) 0 18%, transparent 18.5%)`,
    `radial-gradient(circle at ${100 - x}% ${100 - y / 2}%, rgb(255 255 255 / 12%) 0 26%, transparent 26.5%)`,
    `linear-gradient(${angle}deg, ${from}, ${to})`,
  ].join(', ');
  return (
    <div className={`${classes} course-thumb-generated`} style={{ background }} aria-hidden="true">
      <span className="course-thumb-glyph">{glyphs[domain] ?? glyphs.Other}</span>
    </div>
  );
}
