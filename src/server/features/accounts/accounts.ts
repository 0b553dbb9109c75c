import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { NewAccount } from '../../../shared/accounts.ts';
import type { Role } from '../../../shared/vocabulary.ts';
import type { Tables } from '../../db/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict, HttpError } from '../../platform/errors.ts';
import { countAdmins, emailTaken } from './queries.ts';

export const INVITATION_DAYS = 7;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Creates an account for someone we vouch for (the first admin, an invited recruiter, the CLI,
 * demo data): better-auth's own adapter and password hashing, the role set at once, and no
 * verification mail when the address is already trusted. Returns the Set-Cookie headers of a
 * new session so the caller can sign the person in.
 */
export async function createAccount(
  ctx: AppContext,
  input: NewAccount & { role: Role; verified: boolean },
): Promise<{ userId: string; cookies: string[] }> {
  if (await emailTaken(ctx.db, input.email))
    throw conflict('email_taken', 'An account with that email already exists.');
  const auth = await ctx.auth.$context;
  const hash = await auth.password.hash(input.password);
  const user = await auth.internalAdapter.createUser(
    {
      email: input.email,
      name: input.name,
      role: input.role,
      emailVerified: input.verified,
    },
    { method: 'email-password' },
  );
  await auth.internalAdapter.linkAccount({
    userId: user.id,
    providerId: 'credential',
    accountId: user.id,
    password: hash,
  });
  const response = await ctx.auth.api.signInEmail({
    body: { email: input.email, password: input.password },
    asResponse: true,
  });
  if (!response.ok)
    throw new HttpError(500, 'sign_in_failed', 'The account was created but could not be signed in.');
  return { userId: user.id, cookies: response.headers.getSetCookie() };
}

/** True until the first admin exists; the first visitor is then sent to /setup. */
export async function needsSetup(db: Kysely<Tables>): Promise<boolean> {
  return (await countAdmins(db)) === 0;
}
