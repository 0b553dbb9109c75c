import { type Kysely, sql } from 'kysely';
import type { Invitation, UserSummary } from '../../../shared/accounts.ts';
import type { Role } from '../../../shared/vocabulary.ts';
import { iso, type Tables } from '../../db/tables.ts';

export async function countAdmins(db: Kysely<Tables>): Promise<number> {
  const r = await db
    .selectFrom('user')
    .select((e) => e.fn.countAll().as('n'))
    .where('role', '=', 'admin')
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function emailTaken(db: Kysely<Tables>, email: string): Promise<boolean> {
  return (
    (await db.selectFrom('user').select('id').where('email', '=', email.toLowerCase()).executeTakeFirst()) !==
    undefined
  );
}

export async function setRole(
  db: Kysely<Tables>,
  userId: string,
  role: Role,
  verified: boolean,
): Promise<void> {
  await db
    .updateTable('user')
    // A literal TRUE, because better-sqlite3 cannot bind a JS boolean.
    .set({ role, ...(verified ? { emailVerified: sql<boolean>`TRUE` } : {}) })
    .where('id', '=', userId)
    .execute();
}

export async function listUsers(db: Kysely<Tables>): Promise<UserSummary[]> {
  const rows = await db.selectFrom('user').selectAll().orderBy('createdAt', 'desc').limit(1000).execute();
  return rows.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    emailVerified: Boolean(u.emailVerified),
    role: u.role as Role,
    createdAt: iso(u.createdAt),
  }));
}

export async function insertInvitation(
  db: Kysely<Tables>,
  v: {
    email: string;
    role: Role;
    candidateId: number | null;
    tokenHash: string;
    invitedBy: string;
    expiresAt: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('invitation')
    .values({
      email: v.email,
      role: v.role,
      token_hash: v.tokenHash,
      invited_by: v.invitedBy,
      candidate_id: v.candidateId,
      expires_at: v.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listInvitations(db: Kysely<Tables>): Promise<Invitation[]> {
  const rows = await db.selectFrom('invitation').selectAll().orderBy('id', 'desc').limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    expiresAt: iso(r.expires_at),
    acceptedAt: iso(r.accepted_at),
    createdAt: iso(r.created_at),
  }));
}

/** An invitation that can still be accepted, by its token's hash. */
export async function findOpenInvitation(db: Kysely<Tables>, tokenHash: string) {
  const r = await db
    .selectFrom('invitation')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', new Date().toISOString())
    .executeTakeFirst();
  return r ? { id: r.id, email: r.email, role: r.role as Role, candidateId: r.candidate_id } : null;
}

/** Marks an invitation used; false when someone else used it first. */
export async function acceptInvitation(db: Kysely<Tables>, id: number): Promise<boolean> {
  const res = await db
    .updateTable('invitation')
    .set({ accepted_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
