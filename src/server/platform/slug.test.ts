import { expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug.ts';

it('makes URL-safe slugs', () => {
  expect(slugify('Café & Co. — Senior Dev!')).toBe('cafe-co-senior-dev');
  expect(slugify('工程师')).toBe('item');
  expect(uniqueSlug('Nurse')).toMatch(/^nurse-[0-9a-z]{6}$/);
});
