import { type Kysely, type Selectable, sql } from 'kysely';
import type { Candidate, CandidateInput, PossibleDuplicate } from '../../../shared/candidates.ts';
import { candidateMatch, reindexCandidates } from '../../db/candidate-search.ts';
import { type CandidateTable, iso, num, type Tables } from '../../db/tables.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordActivity } from '../activity/index.ts';
import { normalizeSkill, replaceSkills, skillsOf } from '../skills/index.ts';
import { duplicateReasons, nameKey, phoneKey } from './duplicates.ts';

export const PAGE_SIZE = 25;

type Row = Selectable<CandidateTable> & { owner_name: string | null };

function list<T extends string>(value: string): T[] {
  return value ? (value.split(',') as T[]) : [];
}

function toCandidate(r: Row, skills: Candidate['skills']): Candidate {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    email: r.email,
    phone: r.phone,
    city: r.city,
    region: r.region,
    country: r.country,
    headline: r.headline,
    field: r.field as Candidate['field'],
    skills,
    yearsExperience: r.years_experience,
    workplaceTypes: list(r.workplace_types),
    employmentTypes: list(r.employment_types),
    desiredSalary:
      r.salary_amount !== null && r.salary_currency && r.salary_period
        ? {
            amount: num(r.salary_amount),
            currency: r.salary_currency as never,
            period: r.salary_period as never,
          }
        : null,
    availableFrom: r.available_from,
    source: r.source as Candidate['source'],
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '' } : null,
    consent: r.consent_on ? { givenOn: r.consent_on, wording: r.consent_wording } : null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

function columns(input: CandidateInput) {
  return {
    name: input.name,
    email: input.email,
    phone: input.phone,
    phone_key: phoneKey(input.phone),
    city: input.city,
    region: input.region,
    country: input.country,
    headline: input.headline,
    field: input.field,
    years_experience: input.yearsExperience,
    workplace_types: input.workplaceTypes.join(','),
    employment_types: input.employmentTypes.join(','),
    salary_amount: input.desiredSalary?.amount ?? null,
    salary_currency: input.desiredSalary?.currency ?? null,
    salary_period: input.desiredSalary?.period ?? null,
    available_from: input.availableFrom,
    source: input.source,
    owner_id: input.ownerId,
    consent_on: input.consent?.givenOn ?? null,
    consent_wording: input.consent?.wording ?? '',
  };
}

function selectCandidates(db: Kysely<Tables>) {
  return db
    .selectFrom('candidate as c')
    .leftJoin('user as u', 'u.id', 'c.owner_id')
    .selectAll('c')
    .select('u.name as owner_name');
}

async function hydrate(db: Kysely<Tables>, rows: Row[]): Promise<Candidate[]> {
  const skills = await skillsOf(
    db,
    'candidate',
    rows.map((r) => r.id),
  );
  return rows.map((r) => toCandidate(r, skills.get(r.id) ?? []));
}

/** True when the id names a staff member, so a candidate's owner is always a recruiter or admin. */
export async function isStaffId(db: Kysely<Tables>, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('user')
    .select('id')
    .where('id', '=', userId)
    .where('role', 'in', ['recruiter', 'admin'])
    .executeTakeFirst();
  return row !== undefined;
}

export async function listStaff(db: Kysely<Tables>) {
  return db
    .selectFrom('user')
    .select(['id', 'name', 'role'])
    .where('role', 'in', ['recruiter', 'admin'])
    .orderBy('name')
    .execute();
}

export async function insertCandidate(
  db: Kysely<Tables>,
  input: CandidateInput,
  createdBy: string,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const row = await tx
      .insertInto('candidate')
      .values({ ...columns(input), created_by: createdBy })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceSkills(tx, 'candidate', row.id, input.skills);
    await reindexCandidates(tx, [row.id]);
    await recordActivity(tx, {
      candidateId: row.id,
      kind: 'candidate',
      summary: `Record created (source: ${input.source})`,
      actorId: createdBy,
    });
    return row.id;
  });
}

export async function updateCandidate(
  db: Kysely<Tables>,
  id: number,
  input: CandidateInput,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const res = await tx
      .updateTable('candidate')
      .set({ ...columns(input), updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return false;
    await replaceSkills(tx, 'candidate', id, input.skills);
    await reindexCandidates(tx, [id]);
    return true;
  });
}

export async function findCandidate(db: Kysely<Tables>, id: number): Promise<Candidate | null> {
  const row = await selectCandidates(db).where('c.id', '=', id).executeTakeFirst();
  return row ? ((await hydrate(db, [row]))[0] ?? null) : null;
}

/**
 * Other records that may be the same person: same email or phone, or same name with a similar
 * email. With `onlyOwner` (an admin setting hides other recruiters' records) only that owner's
 * records are considered, so a duplicate flag never hints at a hidden record.
 */
export async function findPossibleDuplicates(
  db: Kysely<Tables>,
  person: { id?: number; name: string; email: string; phone: string },
  onlyOwner?: string,
): Promise<PossibleDuplicate[]> {
  const phone = phoneKey(person.phone);
  const first = nameKey(person.name).split(' ')[0] ?? '';
  const rows = await db
    .selectFrom('candidate')
    .select(['id', 'name', 'email', 'phone'])
    .where((eb) =>
      eb.or([
        ...(person.email ? [eb('email', '=', person.email.toLowerCase())] : []),
        ...(phone ? [eb('phone_key', '=', phone)] : []),
        // Narrowed by first name in SQL, then compared properly in duplicateReasons.
        ...(first ? [eb(sql<string>`lower(name)`, 'like', `${first.replace(/[\\%_]/g, '')}%`)] : []),
      ]),
    )
    .where('id', '!=', person.id ?? -1)
    .$if(onlyOwner !== undefined, (q) => q.where('owner_id', '=', onlyOwner ?? ''))
    .limit(200)
    .execute();
  return rows.flatMap((r) => {
    const reasons = duplicateReasons(person, r);
    return reasons.length ? [{ ...r, reasons }] : [];
  });
}

export interface CandidateFilters {
  q: string;
  field: string;
  skill: string;
  owner: string;
  location: string;
  stage: number | '';
  page: number;
  /** Only this owner's candidates (when an admin setting hides the others). */
  onlyOwner?: string;
  /** Rows per page; exports read bigger pages than the list shows. */
  pageSize?: number;
}

function likeAnywhere(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The recruiter's candidate list: words match name, email, headline or a skill. */
export async function listCandidates(db: Kysely<Tables>, f: CandidateFilters) {
  let q = selectCandidates(db);
  // Name, headline, skills and resume text through the full-text index; an email typed
  // whole is matched as it is.
  const text = f.q.trim();
  if (text.includes('@')) q = q.where('c.email', '=', text.toLowerCase());
  else {
    const match = candidateMatch(db, 'c.id', text);
    if (match) q = q.where(match);
  }
  if (f.stage !== '') {
    const stage = f.stage;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('application as a')
          .select('a.id')
          .whereRef('a.candidate_id', '=', 'c.id')
          .where('a.stage_id', '=', stage),
      ),
    );
  }
  if (f.onlyOwner) q = q.where('c.owner_id', '=', f.onlyOwner);
  if (f.field) q = q.where('c.field', '=', f.field);
  if (f.owner) q = q.where('c.owner_id', '=', f.owner);
  if (f.skill) {
    // The canonical key, so "Forklift license" finds "Forklift licence".
    const key = normalizeSkill(f.skill)?.key ?? '';
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('candidate_skill as s')
          .select('s.candidate_id')
          .whereRef('s.candidate_id', '=', 'c.id')
          .where('s.skill_key', '=', key),
      ),
    );
  }
  if (f.location) {
    const p = likeAnywhere(f.location);
    q = q.where((eb) =>
      eb.or(
        ['c.city', 'c.region', 'c.country'].map((col) =>
          eb(sql<string>`lower(${sql.ref(col)})`, 'like', sql<string>`${p} ESCAPE '\\'`),
        ),
      ),
    );
  }
  const [{ n } = { n: 0 }] = await q
    .clearSelect()
    .select((e) => e.fn.countAll().as('n'))
    .execute();
  const rows = await q
    .orderBy('c.updated_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(f.pageSize ?? PAGE_SIZE)
    .offset((f.page - 1) * (f.pageSize ?? PAGE_SIZE))
    .execute();
  return {
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize ?? PAGE_SIZE,
    results: await hydrate(db, rows),
  };
}

/** Links a record to the portal account that claimed it; never re-links a claimed record. */
export async function linkUser(db: Kysely<Tables>, candidateId: number, userId: string): Promise<void> {
  await db
    .updateTable('candidate')
    .set({ user_id: userId })
    .where('id', '=', candidateId)
    .where('user_id', 'is', null)
    .execute();
}

/**
 * The record of a portal user, created from their account the first time they apply. A record
 * with the same email is not taken over (an unverified sign-up proves nothing): the duplicate
 * flags show both to staff instead.
 */
export async function ensureCandidateForUser(
  db: Kysely<Tables>,
  user: { id: string; name: string; email: string },
): Promise<number> {
  const existing = await db
    .selectFrom('candidate')
    .select('id')
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  if (existing) return existing.id;
  const row = await db
    .insertInto('candidate')
    .values({
      user_id: user.id,
      name: user.name,
      email: user.email.toLowerCase(),
      source: 'job-board',
      created_by: user.id,
    })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) {
    await reindexCandidates(db, [row.id]);
    return row.id;
  }
  const raced = await db
    .selectFrom('candidate')
    .select('id')
    .where('user_id', '=', user.id)
    .executeTakeFirstOrThrow();
  return raced.id;
}
