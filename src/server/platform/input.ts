import type { FastifyInstance } from 'fastify';
import { invalid } from './errors.ts';

// PostgreSQL cannot store the NUL character in text, and no form has a use for it. Refusing it
// here, for every JSON, form and query value, keeps it from ever reaching a query as a 500.

/** The path of the first string holding a NUL character, or null. */
export function nulPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || '_' : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = nulPath(v, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nulPath(k, path) ? [...path, k].join('.') : nulPath(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}

/** Strips control characters (other than tab and line breaks) from a name such as an uploaded file's. */
export function withoutControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const field = nulPath(req.body) ?? nulPath(req.query) ?? nulPath(req.params);
    if (field)
      throw invalid('Remove the invisible control characters from the text.', {
        [field]: 'Contains a NUL character',
      });
  });
}

/** A field of a posted HTML form as a string; anything else (missing, repeated) reads as empty. */
export function formField(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | null | undefined)?.[key];
  return typeof v === 'string' ? v : '';
}
