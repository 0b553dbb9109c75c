import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { NewAccount } from '../../../shared/accounts.ts';
import type { Role } from '../../../shared/vocabulary.ts';
import type { Tables } from '../../db/tables.ts';
import type { SessionUser } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict, HttpError } from '../../platform/errors.ts';
import { countAdmins, emailTaken, insertInvitation } from './queries.ts';

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

/**
 * Invites someone by email to create an account with a role: staff invited by an admin, or a
 * candidate invited to claim the record the agency keeps on them. The link lasts INVITATION_DAYS.
 */
export async function sendInvitation(
  ctx: AppContext,
  v: { email: string; role: Role; candidateId: number | null; invitedBy: SessionUser },
): Promise<number> {
  if (await emailTaken(ctx.db, v.email))
    throw conflict('email_taken', 'Someone already has an account with that email.');
  const token = newToken();
  const id = await insertInvitation(ctx.db, {
    email: v.email,
    role: v.role,
    candidateId: v.candidateId,
    tokenHash: hashToken(token),
    invitedBy: v.invitedBy.id,
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000).toISOString(),
  });
  const what =
    v.role === 'candidate'
      ? `to your own portal at ${ctx.site.name}, where you can follow your applications and interviews`
      : `to join ${ctx.site.name} as a ${v.role}`;
  await ctx.sendMail({
    to: v.email,
    subject: `${v.invitedBy.name} invited you to ${ctx.site.name}`,
    text: `Hello,\n\n${v.invitedBy.name} invited you ${what}.\n\nOpen this link within ${INVITATION_DAYS} days to choose your password:\n\n${ctx.site.publicUrl}/invite/${token}\n\n${ctx.site.name}`,
  });
  return id;
}
