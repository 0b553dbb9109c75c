import type { Kysely } from 'kysely';
import {
  type DebriefInput,
  type DebriefOut,
  type Experience,
  type Outcome,
  parseSurprises,
  type Visibility,
} from '../../../shared/debriefs.ts';
import { iso, type Tables } from '../../db/tables.ts';

// Reads over debriefs: the rows, their questions and skills, shaped as the API returns them in
// full. Who may read which part is decided after, in visibility.ts.

export type AuthorRole = 'candidate' | 'staff';

function base(db: Kysely<Tables>) {
  return db
    .selectFrom('debrief as d')
    .innerJoin('interview as i', 'i.id', 'd.interview_id')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .leftJoin('user as u', 'u.id', 'd.author_id')
    .selectAll('d')
    .select(['o.title as opening_title', 'co.name as company_name', 'u.name as author_name']);
}

/** Debriefs matching the filter, in full, newest interview first. */
export async function loadDebriefs(
  db: Kysely<Tables>,
  filter: { id?: number; interviewId?: number; candidateId?: number; authorRole?: AuthorRole },
): Promise<(DebriefOut & { authorId: string | null })[]> {
  let q = base(db);
  if (filter.id !== undefined) q = q.where('d.id', '=', filter.id);
  if (filter.interviewId !== undefined) q = q.where('d.interview_id', '=', filter.interviewId);
  if (filter.candidateId !== undefined) q = q.where('d.candidate_id', '=', filter.candidateId);
  if (filter.authorRole !== undefined) q = q.where('d.author_role', '=', filter.authorRole);
  const rows = await q.orderBy('d.interview_at', 'desc').orderBy('d.id', 'desc').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [questions, skills] = await Promise.all([
    db
      .selectFrom('debrief_question as dq')
      .innerJoin('question as q', 'q.id', 'dq.question_id')
      .select([
        'dq.debrief_id',
        'dq.position',
        'dq.question_id',
        'q.text',
        'dq.visibility',
        'dq.note',
        'dq.note_visibility',
      ])
      .where('dq.debrief_id', 'in', ids)
      .orderBy('dq.position')
      .execute(),
    db.selectFrom('debrief_skill').selectAll().where('debrief_id', 'in', ids).orderBy('name').execute(),
  ]);
  const v = (s: string) => s as Visibility;
  return rows.map((r) => ({
    id: r.id,
    interviewId: r.interview_id,
    candidateId: r.candidate_id,
    authorRole: r.author_role as AuthorRole,
    authorId: r.author_id,
    authorName: r.author_name ?? null,
    openingTitle: r.opening_title,
    companyName: r.company_name,
    interviewAt: iso(r.interview_at),
    questions: questions
      .filter((q) => q.debrief_id === r.id)
      .map((q) => ({
        position: q.position,
        questionId: q.question_id,
        text: q.text,
        visibility: v(q.visibility),
        note: { text: q.note, visibility: v(q.note_visibility) },
      })),
    skills: skills.filter((s) => s.debrief_id === r.id).map((s) => ({ name: s.name, known: s.known === 1 })),
    // All skills of one debrief share a visibility (the form offers one choice); shared when none.
    skillsVisibility: v(skills.find((s) => s.debrief_id === r.id)?.visibility ?? 'shared'),
    surprises: parseSurprises(r.surprises),
    formatNote: { text: r.format_note, visibility: v(r.format_note_visibility) },
    difficulty: r.difficulty,
    experience: r.experience as Experience | null,
    team: { text: r.team, visibility: v(r.team_visibility) },
    workplace: { text: r.workplace, visibility: v(r.workplace_visibility) },
    interestBefore: r.interest_before,
    interestAfter: r.interest_after,
    otherRoles: { text: r.other_roles, visibility: v(r.other_roles_visibility) },
    insider: { text: r.insider, visibility: v(r.insider_visibility) },
    outcome: r.outcome as Outcome,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  }));
}

/** Pure: the debrief row's own columns from the form (questions and skills go to their tables). */
export function debriefColumns(input: DebriefInput) {
  return {
    difficulty: input.difficulty,
    experience: input.experience,
    interest_before: input.interestBefore,
    interest_after: input.interestAfter,
    surprises: JSON.stringify([...new Set(input.surprises)]),
    format_note: input.formatNote.text,
    format_note_visibility: input.formatNote.visibility,
    team: input.team.text,
    team_visibility: input.team.visibility,
    workplace: input.workplace.text,
    workplace_visibility: input.workplace.visibility,
    insider: input.insider.text,
    insider_visibility: input.insider.visibility,
    other_roles: input.otherRoles.text,
    other_roles_visibility: input.otherRoles.visibility,
  };
}
