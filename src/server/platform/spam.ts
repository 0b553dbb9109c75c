import { createHmac, timingSafeEqual } from 'node:crypto';

// Spam defences for public forms (the contact form now, blog comments later) that need no
// third-party service. Every check here is pure: the caller supplies the secret, the clock and
// the staff's word list, so the rules are tested on their own and reused by each form.

/** A person needs at least this long to fill a form; bots post at once. */
export const MIN_FILL_MS = 3000;
/** More links than this in one post is spam. */
export const MAX_LINKS = 2;
/** The hidden field a person never sees and a bot fills. */
export const HONEYPOT_FIELD = 'website_url';
/** The hidden field carrying the signed time the form was rendered. */
export const STAMP_FIELD = 'form_stamp';

export type SpamReason = 'honeypot' | 'too_fast' | 'bad_stamp' | 'too_many_links' | 'disallowed_word';

const STAMP_PURPOSE = 'form-stamp.v1';
const IP_PURPOSE = 'ip-hash.v1';

function mac(secret: string, purpose: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}.${body}`).digest();
}

/** Signs the instant a form was rendered, so a bot cannot claim it took its time. */
export function signFormStamp(secret: string, renderedAt: number): string {
  const body = Math.floor(renderedAt).toString(36);
  return `${body}.${mac(secret, STAMP_PURPOSE, body).toString('base64url')}`;
}

/** The instant a stamp was signed for, or null when it is missing, malformed or forged. */
export function readFormStamp(secret: string, stamp: string | undefined): number | null {
  if (!stamp || stamp.length > 100) return null;
  const [body, sig, extra] = stamp.split('.');
  if (!body || !sig || extra !== undefined || !/^[0-9a-z]+$/.test(body)) return null;
  const given = Buffer.from(sig, 'base64url');
  const expected = mac(secret, STAMP_PURPOSE, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const at = Number.parseInt(body, 36);
  return Number.isSafeInteger(at) ? at : null;
}

/** A salted hash of a client IP: enough to rate-limit and spot floods, useless to identify anyone. */
export function hashIp(secret: string, ip: string): string {
  return mac(secret, IP_PURPOSE, ip).toString('hex').slice(0, 32);
}

/** Counts web links, written out or bare (www.…), in a text. */
export function countLinks(text: string): number {
  return text.match(/(?:https?:\/\/|\bwww\.)/gi)?.length ?? 0;
}

/** Folds look-alike characters (full-width letters, ligatures) and case, so a list word still matches. */
function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first listed word or phrase found as a whole word in a text, or null. */
export function findDisallowedWord(text: string, words: readonly string[]): string | null {
  const folded = fold(text);
  for (const word of words) {
    const w = fold(word.trim());
    if (!w) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'u');
    if (re.test(folded)) return word.trim();
  }
  return null;
}

export interface SpamCheck {
  secret: string;
  /** The honeypot field's value as posted. */
  honeypot: string | undefined;
  /** The signed render stamp as posted. */
  stamp: string | undefined;
  /** Every free-text field the sender wrote. */
  texts: readonly string[];
  /** The staff's list of disallowed words. */
  words: readonly string[];
  now: number;
  minFillMs?: number;
}

/** Why a post is spam, or null when it passes every check. */
export function spamReason(c: SpamCheck): SpamReason | null {
  if (c.honeypot && c.honeypot.trim() !== '') return 'honeypot';
  const renderedAt = readFormStamp(c.secret, c.stamp);
  if (renderedAt === null) return 'bad_stamp';
  if (c.now - renderedAt < (c.minFillMs ?? MIN_FILL_MS)) return 'too_fast';
  const all = c.texts.join('\n');
  if (countLinks(all) > MAX_LINKS) return 'too_many_links';
  if (findDisallowedWord(all, c.words) !== null) return 'disallowed_word';
  return null;
}

/** Words for each reason, as staff read them in the spam folder. */
export const SPAM_REASON_LABELS: Record<SpamReason, string> = {
  honeypot: 'Filled the hidden field',
  too_fast: 'Sent too fast after the form opened',
  bad_stamp: 'Missing or forged form stamp',
  too_many_links: `More than ${MAX_LINKS} links`,
  disallowed_word: 'Contains a disallowed word',
};
