import type { Kysely } from 'kysely';
import type { RecruiterAccess } from '../../../shared/access.ts';
import type { Role } from '../../../shared/vocabulary.ts';
import type { Tables } from '../../db/tables.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { getSetting } from './settings.ts';

// One place decides which candidates, openings and applications a staff member may see or
// change, so every route asks the same question the same way.

export interface Scope {
  userId: string;
  role: Role;
  access: RecruiterAccess;
}

export async function scopeOf(db: Kysely<Tables>, user: { id: string; role: Role }): Promise<Scope> {
  const access = user.role === 'recruiter' ? await getSetting(db, 'recruiterAccess') : 'all';
  return { userId: user.id, role: user.role, access };
}

/** True when the list should hold only what this person owns. */
export const hidesOthers = (s: Scope) => s.role === 'recruiter' && s.access === 'own-only';
const locksOthers = (s: Scope) => s.role === 'recruiter' && s.access !== 'all';

/** Throws 404 for a record this person may not see, so ids reveal nothing. */
export function assertCanSee(s: Scope, ownerIds: (string | null)[], what: string): void {
  if (hidesOthers(s) && !ownerIds.includes(s.userId)) throw notFound(what);
}

/** Throws 403 for a record this person may see but not change. */
export function assertCanChange(s: Scope, ownerIds: (string | null)[], what: string): void {
  assertCanSee(s, ownerIds, what);
  if (locksOthers(s) && !ownerIds.includes(s.userId))
    throw forbidden(`${what} belongs to another recruiter; you can read it but not change it.`);
}

/** Whether the person may change a record with these owners (for showing edit buttons). */
export function canChange(s: Scope, ownerIds: (string | null)[]): boolean {
  return !locksOthers(s) || ownerIds.includes(s.userId);
}

/** A candidate's or an opening's owner for the checks above; undefined when no such record exists. */
export async function ownerOf(
  db: Kysely<Tables>,
  table: 'candidate' | 'opening',
  id: number,
): Promise<{ ownerId: string | null } | undefined> {
  const row = await db.selectFrom(table).select('owner_id').where('id', '=', id).executeTakeFirst();
  return row ? { ownerId: row.owner_id } : undefined;
}
