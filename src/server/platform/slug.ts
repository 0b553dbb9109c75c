import { randomBytes } from 'node:crypto';

/** A URL-safe, lower-case slug of at most `max` characters ("Café & Co." → "cafe-co"). */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || 'item';
}

/** A slug with a short random suffix, so two openings with one title never collide. */
export function uniqueSlug(text: string): string {
  const suffix = randomBytes(4).readUInt32BE(0).toString(36).padStart(6, '0').slice(-6);
  return `${slugify(text)}-${suffix}`;
}
