import type { Kysely } from 'kysely';
import type { SeekerApplication, StageKind } from '../../../shared/pipeline.ts';
import { iso, type Tables } from '../../db/tables.ts';

// The job seeker's own applications, in plain words: the stage as they should read it, what
// happens next, the history and the notes shared with them. Never internal notes, never
// stage names meant for staff, never anyone else.

function seekerBase(db: Kysely<Tables>, userId: string) {
  return db
    .selectFrom('application as a')
    .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .innerJoin('pipeline_stage as s', 's.id', 'a.stage_id')
    .leftJoin('stored_file as f', 'f.id', 'a.resume_file_id')
    .select([
      'a.id',
      'a.cover_note',
      'a.stage_entered_at',
      'a.created_at',
      'o.slug',
      'o.title',
      'co.name as company_name',
      's.seeker_label',
      's.seeker_next',
      's.kind',
      'f.id as file_id',
      'f.original_name as file_name',
      'f.size_bytes as file_size',
    ])
    .where('c.user_id', '=', userId);
}

export async function seekerApplications(
  db: Kysely<Tables>,
  userId: string,
  only?: { applicationId?: number; openingSlug?: string },
): Promise<SeekerApplication[]> {
  let q = seekerBase(db, userId);
  if (only?.applicationId) q = q.where('a.id', '=', only.applicationId);
  if (only?.openingSlug) q = q.where('o.slug', '=', only.openingSlug);
  const rows = await q.orderBy('a.id', 'desc').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const moves = await db
    .selectFrom('stage_move as m')
    .innerJoin('pipeline_stage as s', 's.id', 'm.to_stage_id')
    .select(['m.application_id', 's.seeker_label', 'm.created_at'])
    .where('m.application_id', 'in', ids)
    .orderBy('m.id')
    .execute();
  const notes = await db
    .selectFrom('note as n')
    .leftJoin('user as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.subject_id', 'n.body', 'n.created_at', 'u.name as author'])
    .where('n.subject_type', '=', 'application')
    .where('n.subject_id', 'in', ids)
    .where('n.visibility', '=', 'shared')
    .orderBy('n.id')
    .execute();
  return rows.map((r) => {
    const history: SeekerApplication['history'] = [];
    for (const m of moves.filter((m) => m.application_id === r.id)) {
      // Two staff stages can read the same to the seeker; show the change once.
      if (history.at(-1)?.label !== m.seeker_label)
        history.push({ label: m.seeker_label, at: iso(m.created_at) });
    }
    return {
      id: r.id,
      openingSlug: r.slug,
      openingTitle: r.title,
      companyName: r.company_name,
      stage: { label: r.seeker_label, next: r.seeker_next, kind: r.kind as StageKind },
      stageEnteredAt: iso(r.stage_entered_at),
      history,
      notes: notes
        .filter((n) => n.subject_id === r.id)
        .map((n) => ({
          id: n.id,
          body: n.body,
          author: n.author ?? 'Your recruiter',
          at: iso(n.created_at),
        })),
      coverNote: r.cover_note,
      resume:
        r.file_id !== null
          ? { id: r.file_id, name: r.file_name ?? 'resume', sizeBytes: Number(r.file_size ?? 0) }
          : null,
      createdAt: iso(r.created_at),
    };
  });
}
