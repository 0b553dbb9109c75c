import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.ts';
import { type CandidateOpening, type SkillRef, type Suggestion, suggestOpenings } from './suggest.ts';

// The reads behind better-suited openings: where the person came from (an interview, else their
// latest application, else their profile's field), the open openings at that company or in that
// field, their profile skills and the skills raised in their debriefs. The ranking is suggest.ts.

/** Who is asking: the seeker about themselves, or staff about a candidate. */
export type Viewer = 'self' | 'staff';

export interface SuggestRequest {
  candidateId: number;
  viewer: Viewer;
  /** The interview they came for; without one, their latest application decides. */
  interviewId?: number;
  /** Only openings at the same company (the cancel flow asks for these). */
  companyOnly?: boolean;
  limit?: number;
}

interface Anchor {
  companyId: number | null;
  field: string | null;
}

/** A field can hold many openings; the newest few hundred are plenty to rank from. */
const MAX_CANDIDATES = 300;

async function anchorOf(db: Kysely<Tables>, candidateId: number, interviewId?: number): Promise<Anchor> {
  const applications = db
    .selectFrom('application as a')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .select(['o.company_id', 'o.field'])
    .where('a.candidate_id', '=', candidateId);
  if (interviewId !== undefined) {
    const sat = await applications
      .innerJoin('interview_invitee as v', 'v.application_id', 'a.id')
      .where('v.interview_id', '=', interviewId)
      .executeTakeFirst();
    if (sat) return { companyId: sat.company_id, field: sat.field };
  }
  const latest = await applications
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .executeTakeFirst();
  if (latest) return { companyId: latest.company_id, field: latest.field };
  const profile = await db
    .selectFrom('candidate')
    .select('field')
    .where('id', '=', candidateId)
    .executeTakeFirst();
  return { companyId: null, field: profile?.field ?? null };
}

/** Open openings at the company or in the field that the candidate has not applied to, with skills. */
async function openingsNear(
  db: Kysely<Tables>,
  candidateId: number,
  anchor: Anchor,
  companyOnly: boolean,
): Promise<CandidateOpening[]> {
  const { companyId } = anchor;
  const field = companyOnly ? null : anchor.field;
  if (companyId === null && field === null) return [];
  const rows = await db
    .selectFrom('opening as o')
    .innerJoin('company as c', 'c.id', 'o.company_id')
    .select(['o.id', 'o.title', 'o.slug', 'o.company_id', 'c.name as company_name', 'o.field'])
    .where('o.status', '=', 'open')
    .where((eb) =>
      eb.or([
        ...(companyId === null ? [] : [eb('o.company_id', '=', companyId)]),
        ...(field === null ? [] : [eb('o.field', '=', field)]),
      ]),
    )
    .where('o.id', 'not in', (eb) =>
      eb.selectFrom('application').select('opening_id').where('candidate_id', '=', candidateId),
    )
    .orderBy('o.posted_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(MAX_CANDIDATES)
    .execute();
  if (rows.length === 0) return [];
  const skills = await db
    .selectFrom('opening_skill')
    .select(['opening_id', 'skill_key', 'name'])
    .where(
      'opening_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    slug: r.slug,
    companyId: r.company_id,
    companyName: r.company_name,
    field: r.field,
    skills: skills.filter((s) => s.opening_id === r.id).map((s) => ({ key: s.skill_key, name: s.name })),
  }));
}

async function profileSkills(db: Kysely<Tables>, candidateId: number): Promise<SkillRef[]> {
  const rows = await db
    .selectFrom('candidate_skill')
    .select(['skill_key', 'name'])
    .where('candidate_id', '=', candidateId)
    .execute();
  return rows.map((r) => ({ key: r.skill_key, name: r.name }));
}

/**
 * Skills raised in the candidate's debriefs that this viewer may use. Staff never use a private
 * list. The seeker uses all of their own; of what staff wrote from the client's feedback, only
 * what was shared, since "agency" means the agency alone.
 */
async function raisedSkills(db: Kysely<Tables>, candidateId: number, viewer: Viewer): Promise<SkillRef[]> {
  const rows = await db
    .selectFrom('debrief_skill as s')
    .innerJoin('debrief as d', 'd.id', 's.debrief_id')
    .select(['s.skill_key', 's.name'])
    .distinct()
    .where('d.candidate_id', '=', candidateId)
    .where('d.author_role', 'in', ['candidate', 'staff'])
    .where((eb) =>
      viewer === 'staff'
        ? eb('s.visibility', 'in', ['agency', 'shared'])
        : eb.or([eb('d.author_role', '=', 'candidate'), eb('s.visibility', '=', 'shared')]),
    )
    .execute();
  const byKey = new Map(rows.map((r) => [r.skill_key, { key: r.skill_key, name: r.name }]));
  return [...byKey.values()];
}

/** The seeker's own candidate record, if they have one yet. */
export async function candidateOfUser(db: Kysely<Tables>, userId: string): Promise<number | undefined> {
  const row = await db.selectFrom('candidate').select('id').where('user_id', '=', userId).executeTakeFirst();
  return row?.id;
}

/** Better-suited open openings for a candidate, best first, worded for the viewer. */
export async function suggestionsFor(db: Kysely<Tables>, req: SuggestRequest): Promise<Suggestion[]> {
  const anchor = await anchorOf(db, req.candidateId, req.interviewId);
  const openings = await openingsNear(db, req.candidateId, anchor, req.companyOnly ?? false);
  if (openings.length === 0) return [];
  const [profile, raised] = await Promise.all([
    profileSkills(db, req.candidateId),
    raisedSkills(db, req.candidateId, req.viewer),
  ]);
  return suggestOpenings(
    {
      companyId: anchor.companyId,
      field: req.companyOnly ? null : anchor.field,
      // Applied openings are already left out by the query.
      exclude: new Set(),
      profile,
      raised,
      openings,
      voice: req.viewer === 'self' ? 'you' : 'they',
    },
    req.limit,
  );
}
