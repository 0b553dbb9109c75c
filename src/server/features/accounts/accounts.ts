import { createHash, randomBytes } from 'node:crypto';
import { APIError } from 'better-auth/api';
import type { Kysely } from 'kysely';
import type { NewAccount } from '../../../shared/accounts.ts';
import type { Role } from '../../../shared/vocabulary.ts';
import type { Tables } from '../../db/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict, HttpError } from '../../platform/errors.ts';
import { countAdmins, emailTaken, setRole } from './queries.ts';

export const INVITATION_DAYS = 7;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Creates an account through better-auth (so the password is hashed its way) and gives it a
 * role. Returns the Set-Cookie headers of the new session so the caller can sign the person in.
 */
export async function createAccount(
  ctx: AppContext,
  input: NewAccount & { role: Role; verified: boolean },
): Promise<{ userId: string; cookies: string[] }> {
  if (await emailTaken(ctx.db, input.email))
    throw conflict('email_taken', 'An account with that email already exists.');
  let response: Response;
  try {
    response = await ctx.auth.api.signUpEmail({
      body: { name: input.name, email: input.email, password: input.password },
      asResponse: true,
    });
  } catch (err) {
    if (err instanceof APIError) throw new HttpError(400, 'invalid_input', err.message);
    throw err;
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new HttpError(
      response.status === 422 ? 409 : 400,
      'sign_up_failed',
      body.message ?? 'Could not create the account.',
    );
  }
  const body = (await response.json()) as { user: { id: string } };
  await setRole(ctx.db, body.user.id, input.role, input.verified);
  return { userId: body.user.id, cookies: response.headers.getSetCookie() };
}

/** True until the first admin exists; the first visitor is then sent to /setup. */
export async function needsSetup(db: Kysely<Tables>): Promise<boolean> {
  return (await countAdmins(db)) === 0;
}
