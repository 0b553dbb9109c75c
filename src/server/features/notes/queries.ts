import type { Kysely } from 'kysely';
import type { NoteVisibility, SeekerNote, SubjectType } from '../../../shared/notes.ts';
import { iso, type Tables } from '../../db/tables.ts';
import type { Subject } from './subjects.ts';

export const subjectKey = (type: SubjectType, id: number) => `${type}:${id}`;

/** Loads the subjects named, keyed by `subjectKey`; ids that name nothing are left out. */
export async function findSubjects(
  db: Kysely<Tables>,
  refs: { type: SubjectType; id: number }[],
): Promise<Map<string, Subject>> {
  const ids = (type: SubjectType) => [...new Set(refs.filter((r) => r.type === type).map((r) => r.id))];
  const out = new Map<string, Subject>();
  const add = (s: Omit<Subject, 'candidateId' | 'openingId' | 'applicationId'> & Partial<Subject>) =>
    out.set(subjectKey(s.type, s.id), {
      candidateId: null,
      openingId: null,
      applicationId: null,
      ...s,
    });
  const candidates = ids('candidate');
  if (candidates.length) {
    const rows = await db
      .selectFrom('candidate')
      .select(['id', 'name', 'owner_id'])
      .where('id', 'in', candidates)
      .execute();
    for (const r of rows)
      add({ type: 'candidate', id: r.id, label: r.name, candidateId: r.id, ownerIds: [r.owner_id] });
  }
  const openings = ids('opening');
  if (openings.length) {
    const rows = await db
      .selectFrom('opening')
      .select(['id', 'title', 'owner_id'])
      .where('id', 'in', openings)
      .execute();
    for (const r of rows)
      add({ type: 'opening', id: r.id, label: r.title, openingId: r.id, ownerIds: [r.owner_id] });
  }
  const applications = ids('application');
  if (applications.length) {
    const rows = await db
      .selectFrom('application as a')
      .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
      .innerJoin('opening as o', 'o.id', 'a.opening_id')
      .select([
        'a.id',
        'a.candidate_id',
        'a.opening_id',
        'c.name',
        'o.title',
        'c.owner_id',
        'o.owner_id as o_owner',
      ])
      .where('a.id', 'in', applications)
      .execute();
    for (const r of rows)
      add({
        type: 'application',
        id: r.id,
        label: `${r.name} for ${r.title}`,
        candidateId: r.candidate_id,
        openingId: r.opening_id,
        applicationId: r.id,
        ownerIds: [r.owner_id, r.o_owner],
      });
  }
  const companies = ids('company');
  if (companies.length) {
    const rows = await db.selectFrom('company').select(['id', 'name']).where('id', 'in', companies).execute();
    for (const r of rows) add({ type: 'company', id: r.id, label: r.name, ownerIds: [] });
  }
  return out;
}

export async function findSubject(
  db: Kysely<Tables>,
  type: SubjectType,
  id: number,
): Promise<Subject | null> {
  return (await findSubjects(db, [{ type, id }])).get(subjectKey(type, id)) ?? null;
}

export interface NoteRow {
  id: number;
  subjectType: SubjectType;
  subjectId: number;
  body: string;
  visibility: NoteVisibility;
  author: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
}

function selectNotes(db: Kysely<Tables>) {
  return db
    .selectFrom('note as n')
    .leftJoin('user as u', 'u.id', 'n.author_id')
    .select([
      'n.id',
      'n.subject_type',
      'n.subject_id',
      'n.body',
      'n.visibility',
      'n.author_id',
      'n.created_at',
      'n.updated_at',
      'u.name as author_name',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectNotes>['executeTakeFirstOrThrow']>>;

function toNote(r: Row): NoteRow {
  return {
    id: r.id,
    subjectType: r.subject_type as SubjectType,
    subjectId: r.subject_id,
    body: r.body,
    visibility: r.visibility as NoteVisibility,
    author: r.author_id ? { id: r.author_id, name: r.author_name ?? '' } : null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** The notes on one subject, newest first. */
export async function listNotes(db: Kysely<Tables>, type: SubjectType, id: number): Promise<NoteRow[]> {
  const rows = await selectNotes(db)
    .where('n.subject_type', '=', type)
    .where('n.subject_id', '=', id)
    .orderBy('n.id', 'desc')
    .limit(500)
    .execute();
  return rows.map(toNote);
}

export async function findNote(db: Kysely<Tables>, id: number): Promise<NoteRow | null> {
  const r = await selectNotes(db).where('n.id', '=', id).executeTakeFirst();
  return r ? toNote(r) : null;
}

export async function insertNote(
  db: Kysely<Tables>,
  subject: Subject,
  input: { body: string; visibility: NoteVisibility },
  authorId: string,
): Promise<number> {
  const row = await db
    .insertInto('note')
    .values({
      subject_type: subject.type,
      subject_id: subject.id,
      candidate_id: subject.candidateId,
      body: input.body,
      visibility: input.visibility,
      author_id: authorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateNote(
  db: Kysely<Tables>,
  id: number,
  input: { body: string; visibility: NoteVisibility },
): Promise<void> {
  await db
    .updateTable('note')
    .set({ body: input.body, visibility: input.visibility, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function deleteNote(db: Kysely<Tables>, id: number): Promise<void> {
  await db.deleteFrom('note').where('id', '=', id).execute();
}

/**
 * Notes shared with a job seeker on their own candidate record(s), newest first. Internal
 * notes never leave this query; nor does anyone else's record.
 */
export async function seekerNotes(db: Kysely<Tables>, userId: string): Promise<SeekerNote[]> {
  const rows = await db
    .selectFrom('note as n')
    .innerJoin('candidate as c', 'c.id', 'n.subject_id')
    .leftJoin('user as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.body', 'n.created_at', 'u.name as author'])
    .where('n.subject_type', '=', 'candidate')
    .where('n.visibility', '=', 'shared')
    .where('c.user_id', '=', userId)
    .orderBy('n.id', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    author: r.author ?? 'Your recruiter',
    at: iso(r.created_at),
  }));
}
