import type { Kysely } from 'kysely';
import type { ActivityEntry, ActivityKind } from '../../../shared/activity.ts';
import { iso, type Tables } from '../../db/tables.ts';

export interface NewActivity {
  candidateId?: number | null;
  openingId?: number | null;
  applicationId?: number | null;
  kind: ActivityKind;
  summary: string;
  actorId: string | null;
}

/** Records what happened; call it in the transaction that made the change. */
export async function recordActivity(db: Kysely<Tables>, ...entries: NewActivity[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('activity')
    .values(
      entries.map((e) => ({
        candidate_id: e.candidateId ?? null,
        opening_id: e.openingId ?? null,
        application_id: e.applicationId ?? null,
        kind: e.kind,
        summary: e.summary.slice(0, 500),
        actor_id: e.actorId,
      })),
    )
    .execute();
}

export const ACTIVITY_PAGE = 50;

/** A candidate's or an opening's timeline, newest first, a page at a time. */
export async function listActivity(
  db: Kysely<Tables>,
  of: { candidateId: number } | { openingId: number },
  before?: number,
): Promise<{ entries: ActivityEntry[]; next: number | null }> {
  let q = db
    .selectFrom('activity as a')
    .leftJoin('user as u', 'u.id', 'a.actor_id')
    .select([
      'a.id',
      'a.kind',
      'a.summary',
      'a.application_id',
      'a.actor_id',
      'a.created_at',
      'u.name as actor_name',
    ]);
  q =
    'candidateId' in of
      ? q.where('a.candidate_id', '=', of.candidateId)
      : q.where('a.opening_id', '=', of.openingId);
  if (before) q = q.where('a.id', '<', before);
  const rows = await q
    .orderBy('a.id', 'desc')
    .limit(ACTIVITY_PAGE + 1)
    .execute();
  const page = rows.slice(0, ACTIVITY_PAGE);
  return {
    entries: page.map((r) => ({
      id: r.id,
      kind: r.kind as ActivityKind,
      summary: r.summary,
      applicationId: r.application_id,
      actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null,
      at: iso(r.created_at),
    })),
    next: rows.length > ACTIVITY_PAGE ? (page.at(-1)?.id ?? null) : null,
  };
}
