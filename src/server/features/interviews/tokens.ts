import { createHmac, timingSafeEqual } from 'node:crypto';

// Signed links let a candidate see and book an interview from an email without signing in.
// The token names the interview, the candidate and an expiry, and is signed with the
// instance's secret, so it cannot be forged or pointed at someone else's interview.

export interface LinkClaims {
  interviewId: number;
  candidateId: number;
  /** Expiry, in milliseconds since the epoch. */
  expiresAt: number;
}

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; why: 'invalid' | 'expired' };

/** Default lifetime of an emailed link. */
export const LINK_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

const PURPOSE = 'interview-link.v1';

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`${PURPOSE}.${body}`).digest();
}

export function signInterviewLink(secret: string, claims: LinkClaims): string {
  const body = Buffer.from(
    JSON.stringify({ i: claims.interviewId, c: claims.candidateId, e: claims.expiresAt }),
  ).toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

/** Checks the signature first, so an expired answer is only given for a genuine link. */
export function verifyInterviewLink(secret: string, token: string, now = Date.now()): LinkCheck {
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined) return { ok: false, why: 'invalid' };
  const given = Buffer.from(sig, 'base64url');
  const expected = mac(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, why: 'invalid' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, why: 'invalid' };
  }
  const { i, c, e } = (parsed ?? {}) as { i?: unknown; c?: unknown; e?: unknown };
  if (!Number.isSafeInteger(i) || !Number.isSafeInteger(c) || typeof e !== 'number')
    return { ok: false, why: 'invalid' };
  if (e <= now) return { ok: false, why: 'expired' };
  return { ok: true, claims: { interviewId: i as number, candidateId: c as number, expiresAt: e } };
}
