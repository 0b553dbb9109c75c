import { describe, expect, it } from 'vitest';
import { normalizeTags, postStatus, readingMinutes, srcset, widthsFor } from './reading.ts';

describe('readingMinutes', () => {
  it('is at least one minute, even for an empty post', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('Hello there.')).toBe(1);
  });
  it('counts about 230 words a minute, rounding up', () => {
    expect(readingMinutes('word '.repeat(230))).toBe(1);
    expect(readingMinutes('word '.repeat(231))).toBe(2);
    expect(readingMinutes('word '.repeat(1150))).toBe(5);
  });
  it('reads a link as its text and skips image syntax and markup', () => {
    const md = `# Title\n\n[two words](https://example.com/a/b/c) ![alt text here](x.png) **bold** - item`;
    // Title, two, words, bold, item
    expect(readingMinutes(md)).toBe(1);
    expect(readingMinutes(`${'[a b](https://x.test) '.repeat(115)}x`)).toBe(2);
  });
});

describe('postStatus', () => {
  const now = new Date('2026-03-08T12:00:00Z');
  it('is draft without a publish time, scheduled before it and published after', () => {
    expect(postStatus(null, now)).toBe('draft');
    expect(postStatus('2026-03-08T12:00:01Z', now)).toBe('scheduled');
    expect(postStatus('2026-03-08T12:00:00Z', now)).toBe('published');
    expect(postStatus('2026-03-08T08:30:00-03:30', now)).toBe('published');
  });
});

describe('normalizeTags', () => {
  it('trims, drops duplicates by slug and keeps the first spelling', () => {
    expect(normalizeTags(['  Interview  tips', 'interview-tips', 'Café', ''])).toEqual([
      { tag: 'Interview tips', slug: 'interview-tips' },
      { tag: 'Café', slug: 'cafe' },
    ]);
  });
});

describe('cover widths', () => {
  it('never enlarges an image', () => {
    expect(widthsFor(3000)).toEqual([480, 960, 1600]);
    expect(widthsFor(1000)).toEqual([480, 960]);
    expect(widthsFor(300)).toEqual([300]);
  });
  it('lists every width in the srcset', () => {
    expect(srcset('k', [480, 960])).toBe('/blog/images/k-480.webp 480w, /blog/images/k-960.webp 960w');
  });
});
