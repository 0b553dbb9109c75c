import { COVER_WIDTHS, type PostStatus } from '../../../shared/blog.ts';
import { slugify } from '../../platform/slug.ts';

const WORDS_PER_MINUTE = 230;

/** Minutes to read a Markdown body at about 230 words a minute; at least 1. */
export function readingMinutes(markdown: string): number {
  const text = markdown
    .replace(/```[\s\S]*?```/g, (block) => block.replace(/```\w*/g, ' '))
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images are not read
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // a link reads as its text
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#>*_`~|-]+/g, ' ');
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** Draft, scheduled or published, read from published_at alone (see migration 025). */
export function postStatus(publishedAt: string | null, now: Date = new Date()): PostStatus {
  if (publishedAt === null) return 'draft';
  return new Date(publishedAt).getTime() > now.getTime() ? 'scheduled' : 'published';
}

/** Tags as written, trimmed, one per slug (the first spelling wins). */
export function normalizeTags(tags: readonly string[]): { tag: string; slug: string }[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const slug = slugify(tag, 40);
    if (tag && !seen.has(slug)) seen.set(slug, tag);
  }
  return [...seen].map(([slug, tag]) => ({ tag, slug }));
}

/** The widths to store for an image this wide: the standard ones below it, plus its own if smaller. */
export function widthsFor(original: number): number[] {
  const under = COVER_WIDTHS.filter((w) => w <= original);
  return under.length ? [...under] : [original];
}

export function imageUrl(key: string, width: number): string {
  return `/blog/images/${key}-${width}.webp`;
}

export function srcset(key: string, widths: readonly number[]): string {
  return widths.map((w) => `${imageUrl(key, w)} ${w}w`).join(', ');
}
