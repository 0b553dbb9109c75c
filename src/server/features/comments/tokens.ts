import { createHmac, timingSafeEqual } from 'node:crypto';

// Links and cookies signed with the app secret, so unsubscribe links, deletion links and the
// "your own held comments" cookie need no table. Each purpose has its own key, so a token made
// for one can never be used for another.

export type TokenPurpose = 'comment-unsubscribe.v1' | 'comment-delete.v1' | 'comment-pending.v1';

function mac(secret: string, purpose: TokenPurpose, body: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}.${body}`).digest();
}

/** Signs a value until `expiresAt` (ms since the epoch). */
export function signToken(secret: string, purpose: TokenPurpose, value: string, expiresAt: number): string {
  const body = `${Buffer.from(value).toString('base64url')}.${Math.floor(expiresAt / 1000).toString(36)}`;
  return `${body}.${mac(secret, purpose, body).toString('base64url')}`;
}

export type TokenCheck = { ok: true; value: string } | { ok: false; reason: 'invalid' | 'expired' };

/** The signed value, or why the token cannot be used (forged, malformed, expired). */
export function readToken(secret: string, purpose: TokenPurpose, token: unknown, now: number): TokenCheck {
  if (typeof token !== 'string' || token.length > 2000) return { ok: false, reason: 'invalid' };
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'invalid' };
  const [value, exp, sig] = parts as [string, string, string];
  if (!/^[A-Za-z0-9_-]*$/.test(value) || !/^[0-9a-z]+$/.test(exp)) return { ok: false, reason: 'invalid' };
  const given = Buffer.from(sig, 'base64url');
  const expected = mac(secret, purpose, `${value}.${exp}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'invalid' };
  if (Number.parseInt(exp, 36) * 1000 < now) return { ok: false, reason: 'expired' };
  return { ok: true, value: Buffer.from(value, 'base64url').toString() };
}
