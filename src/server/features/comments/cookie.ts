import type { FastifyReply } from 'fastify';
import { readToken, signToken } from './tokens.ts';

// The commenter's own held comments, remembered only in their browser: a signed cookie listing
// the ids, so "awaiting moderation" is shown to the person who wrote it and to nobody else.

const COOKIE = 'ft_own_comments';

/** The part of a request this reads: its Cookie header. */
type Seen = { headers: { cookie?: string | undefined } };
const MAX_IDS = 30;
const DAYS = 30;

function cookieValue(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** The ids of comments this browser wrote and the server signed; forged cookies read as none. */
export function ownCommentIds(req: Seen, secret: string): number[] {
  const check = readToken(secret, 'comment-pending.v1', cookieValue(req.headers.cookie), Date.now());
  if (!check.ok) return [];
  return check.value
    .split(',')
    .map(Number)
    .filter((n) => Number.isSafeInteger(n) && n > 0)
    .slice(-MAX_IDS);
}

export function rememberOwnComment(
  req: Seen,
  reply: FastifyReply,
  secret: string,
  id: number,
  secure: boolean,
) {
  const ids = [...ownCommentIds(req, secret).filter((n) => n !== id), id].slice(-MAX_IDS);
  const token = signToken(secret, 'comment-pending.v1', ids.join(','), Date.now() + DAYS * 86_400_000);
  const attrs = [
    `${COOKIE}=${encodeURIComponent(token)}`,
    'Path=/blog',
    `Max-Age=${DAYS * 86_400}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (secure) attrs.push('Secure');
  reply.header('set-cookie', attrs.join('; '));
}
