import type { Kysely } from 'kysely';
import type { Application } from '../../../shared/applications.ts';
import { iso, type Tables } from '../../db/tables.ts';

function selectApplications(db: Kysely<Tables>) {
  return db
    .selectFrom('application as a')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as c', 'c.id', 'o.company_id')
    .innerJoin('user as u', 'u.id', 'a.candidate_id')
    .leftJoin('stored_file as f', 'f.id', 'a.resume_file_id')
    .select([
      'a.id',
      'a.opening_id',
      'a.candidate_id',
      'a.cover_note',
      'a.status',
      'a.created_at',
      'o.slug as opening_slug',
      'o.title as opening_title',
      'c.name as company_name',
      'u.name as candidate_name',
      'u.email as candidate_email',
      'f.id as file_id',
      'f.original_name as file_name',
      'f.size_bytes as file_size',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectApplications>['executeTakeFirstOrThrow']>>;

function toApplication(r: Row): Application {
  return {
    id: r.id,
    openingId: r.opening_id,
    openingSlug: r.opening_slug,
    openingTitle: r.opening_title,
    companyName: r.company_name,
    candidateId: r.candidate_id,
    candidateName: r.candidate_name,
    candidateEmail: r.candidate_email,
    coverNote: r.cover_note,
    resume:
      r.file_id !== null
        ? { id: r.file_id, name: r.file_name ?? 'resume', sizeBytes: Number(r.file_size ?? 0) }
        : null,
    status: r.status as Application['status'],
    createdAt: iso(r.created_at),
  };
}

export async function findOpenOpeningBySlug(db: Kysely<Tables>, slug: string) {
  return db
    .selectFrom('opening')
    .select(['id', 'status', 'title'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export async function findApplication(db: Kysely<Tables>, id: number): Promise<Application | null> {
  const r = await selectApplications(db).where('a.id', '=', id).executeTakeFirst();
  return r ? toApplication(r) : null;
}

export async function findMyApplication(db: Kysely<Tables>, openingId: number, candidateId: string) {
  const r = await selectApplications(db)
    .where('a.opening_id', '=', openingId)
    .where('a.candidate_id', '=', candidateId)
    .executeTakeFirst();
  return r ? toApplication(r) : null;
}

export async function listForCandidate(db: Kysely<Tables>, candidateId: string): Promise<Application[]> {
  const rows = await selectApplications(db)
    .where('a.candidate_id', '=', candidateId)
    .orderBy('a.id', 'desc')
    .execute();
  return rows.map(toApplication);
}

export async function listForOpening(db: Kysely<Tables>, openingId: number): Promise<Application[]> {
  const rows = await selectApplications(db)
    .where('a.opening_id', '=', openingId)
    .orderBy('a.id', 'desc')
    .execute();
  return rows.map(toApplication);
}

export interface NewApplication {
  openingId: number;
  candidateId: string;
  coverNote: string;
  resume: { key: string; mimeType: string; name: string; size: number } | null;
}

/** Inserts the application and its resume row together; null when the person already applied. */
export async function insertApplication(db: Kysely<Tables>, a: NewApplication): Promise<number | null> {
  return db.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('application')
      .select('id')
      .where('opening_id', '=', a.openingId)
      .where('candidate_id', '=', a.candidateId)
      .executeTakeFirst();
    if (existing) return null;
    const file = a.resume
      ? await tx
          .insertInto('stored_file')
          .values({
            owner_id: a.candidateId,
            purpose: 'resume',
            original_name: a.resume.name,
            mime_type: a.resume.mimeType,
            size_bytes: a.resume.size,
            storage_key: a.resume.key,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      : null;
    const row = await tx
      .insertInto('application')
      .values({
        opening_id: a.openingId,
        candidate_id: a.candidateId,
        cover_note: a.coverNote,
        resume_file_id: file?.id ?? null,
        status: 'applied',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

export async function findFile(db: Kysely<Tables>, id: number) {
  return db.selectFrom('stored_file').selectAll().where('id', '=', id).executeTakeFirst();
}
