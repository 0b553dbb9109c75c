import type { Kysely, Selectable } from 'kysely';
import type {
  JobSearchQuery,
  JobSearchResult,
  JobSummary,
  Opening,
  OpeningInput,
  Salary,
} from '../../../shared/openings.ts';
import type { Db, DialectName } from '../../db/connect.ts';
import { reindexOpenings, searchOpeningIds } from '../../db/search.ts';
import { iso, num, type OpeningTable, type Tables } from '../../db/tables.ts';
import { inTransaction } from '../../db/transaction.ts';
import { uniqueSlug } from '../../platform/slug.ts';
import { replaceSkills, skillsOf } from '../skills/index.ts';
import { yearlyTop } from './salary.ts';
import { parseSearchTerms } from './search-terms.ts';
import { summarize } from './summary.ts';

export const PAGE_SIZE = 20;

type Row = Selectable<OpeningTable> & {
  company_name: string;
  company_slug: string;
  company_website: string;
  contact_name: string | null;
  contact_title: string | null;
  owner_name: string | null;
  positions_filled: unknown;
  application_count?: unknown;
};

function toSalary(r: Row): Salary | null {
  if (!r.salary_currency || !r.salary_period) return null;
  return {
    min: num(r.salary_min),
    max: num(r.salary_max),
    currency: r.salary_currency as Salary['currency'],
    period: r.salary_period as Salary['period'],
  };
}

function toOpening(r: Row, skills: Opening['skills'] = []): Opening {
  return {
    id: r.id,
    slug: r.slug,
    companyId: r.company_id,
    companyName: r.company_name,
    companySlug: r.company_slug,
    companyWebsite: r.company_website,
    title: r.title,
    field: r.field as Opening['field'],
    description: r.description,
    city: r.city,
    region: r.region,
    country: r.country,
    workplaceType: r.workplace_type as Opening['workplaceType'],
    employmentType: r.employment_type as Opening['employmentType'],
    salary: toSalary(r),
    positions: r.positions,
    positionsFilled: Number(r.positions_filled ?? 0),
    status: r.status as Opening['status'],
    postedAt: iso(r.posted_at),
    validThrough: iso(r.valid_through),
    applicationCount: Number(r.application_count ?? 0),
    hiringContact:
      r.hiring_contact_id !== null
        ? { id: r.hiring_contact_id, name: r.contact_name ?? '', title: r.contact_title ?? '' }
        : null,
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '' } : null,
    skills,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

function selectOpenings(db: Kysely<Tables>) {
  return db
    .selectFrom('opening as o')
    .innerJoin('company as c', 'c.id', 'o.company_id')
    .leftJoin('contact as h', 'h.id', 'o.hiring_contact_id')
    .leftJoin('user as ow', 'ow.id', 'o.owner_id')
    .selectAll('o')
    .select((eb) =>
      eb
        .selectFrom('application as pa')
        .innerJoin('pipeline_stage as ps', 'ps.id', 'pa.stage_id')
        .whereRef('pa.opening_id', '=', 'o.id')
        .where('ps.kind', '=', 'placed')
        .select((e) => e.fn.countAll().as('n'))
        .as('positions_filled'),
    )
    .select([
      'ow.name as owner_name',
      'c.name as company_name',
      'c.slug as company_slug',
      'c.website as company_website',
      'h.name as contact_name',
      'h.title as contact_title',
    ]);
}

/** Openings with their skills, for the views that show them. */
async function withSkills(db: Kysely<Tables>, rows: Row[]): Promise<Opening[]> {
  const skills = await skillsOf(
    db,
    'opening',
    rows.map((r) => r.id),
  );
  return rows.map((r) => toOpening(r, skills.get(r.id) ?? []));
}

function columns(input: OpeningInput) {
  const s = input.salary;
  return {
    company_id: input.companyId,
    title: input.title,
    field: input.field,
    description: input.description,
    city: input.city,
    region: input.region,
    country: input.country,
    workplace_type: input.workplaceType,
    employment_type: input.employmentType,
    salary_min: s?.min ?? null,
    salary_max: s?.max ?? null,
    salary_currency: s?.currency ?? null,
    salary_period: s?.period ?? null,
    salary_max_yearly: yearlyTop(s),
    positions: input.positions,
    status: input.status,
    // An opening gets its posted date when it first opens, unless one was given.
    posted_at: input.postedAt ?? (input.status === 'open' ? new Date().toISOString() : null),
    valid_through: input.validThrough,
    hiring_contact_id: input.hiringContactId,
  };
}

export async function contactWorksAt(
  db: Kysely<Tables>,
  contactId: number,
  companyId: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('contact')
    .select('id')
    .where('id', '=', contactId)
    .where('company_id', '=', companyId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertOpening(
  db: Kysely<Tables>,
  dialect: DialectName,
  input: OpeningInput,
  userId: string,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const row = await tx
      .insertInto('opening')
      .values({
        ...columns(input),
        owner_id: input.ownerId ?? userId,
        slug: uniqueSlug(input.title),
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceSkills(tx, 'opening', row.id, input.skills);
    await reindexOpenings(tx, dialect, { openingIds: [row.id] });
    return row.id;
  });
}

export async function updateOpening(
  db: Kysely<Tables>,
  dialect: DialectName,
  id: number,
  input: OpeningInput,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('opening').select('posted_at').where('id', '=', id).executeTakeFirst();
    if (!before) return false;
    const values = columns(input);
    await tx
      .updateTable('opening')
      .set({
        ...values,
        ...(input.ownerId ? { owner_id: input.ownerId } : {}),
        posted_at: input.postedAt ?? iso(before.posted_at) ?? values.posted_at,
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await replaceSkills(tx, 'opening', id, input.skills);
    await reindexOpenings(tx, dialect, { openingIds: [id] });
    return true;
  });
}

export async function findOpening(db: Kysely<Tables>, id: number): Promise<Opening | null> {
  const row = await selectOpenings(db).where('o.id', '=', id).executeTakeFirst();
  if (!row) return null;
  return (await withSkills(db, [{ ...row, application_count: await countApplications(db, id) }]))[0] ?? null;
}

export async function findOpeningBySlug(db: Kysely<Tables>, slug: string): Promise<Opening | null> {
  const row = await selectOpenings(db).where('o.slug', '=', slug).executeTakeFirst();
  return row ? ((await withSkills(db, [row]))[0] ?? null) : null;
}

async function countApplications(db: Kysely<Tables>, openingId: number): Promise<number> {
  const r = await db
    .selectFrom('application')
    .select((e) => e.fn.countAll().as('n'))
    .where('opening_id', '=', openingId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Openings for the recruiter's list, newest first, with their application counts. */
export async function listOpenings(
  db: Kysely<Tables>,
  filter: { companyId?: number; status?: string; ownerId?: string; limit?: number; offset?: number },
): Promise<Opening[]> {
  let q = selectOpenings(db).select((eb) =>
    eb
      .selectFrom('application as a')
      .whereRef('a.opening_id', '=', 'o.id')
      .select((e) => e.fn.countAll().as('n'))
      .as('application_count'),
  );
  if (filter.companyId) q = q.where('o.company_id', '=', filter.companyId);
  if (filter.status) q = q.where('o.status', '=', filter.status);
  if (filter.ownerId) q = q.where('o.owner_id', '=', filter.ownerId);
  const rows = await q
    .orderBy('o.updated_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(filter.limit ?? 500)
    .offset(filter.offset ?? 0)
    .execute();
  return withSkills(db, rows);
}

/** Open positions at a company, for "other openings here". */
export async function listOpenAtCompany(db: Kysely<Tables>, companyId: number, exceptId: number, limit = 10) {
  const rows = await selectOpenings(db)
    .where('o.company_id', '=', companyId)
    .where('o.status', '=', 'open')
    .where('o.id', '!=', exceptId)
    .orderBy('o.posted_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => toSummary(toOpening(r)));
}

/** The newest open positions, for feeds and the sitemap. */
export async function listRecentOpen(db: Kysely<Tables>, limit: number): Promise<Opening[]> {
  const rows = await selectOpenings(db)
    .where('o.status', '=', 'open')
    .orderBy('o.posted_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => toOpening(r));
}

export function toSummary(o: Opening): JobSummary {
  return {
    slug: o.slug,
    title: o.title,
    companyName: o.companyName,
    field: o.field,
    city: o.city,
    region: o.region,
    country: o.country,
    workplaceType: o.workplaceType,
    employmentType: o.employmentType,
    salary: o.salary,
    postedAt: o.postedAt,
    summary: summarize(o.description, 220),
  };
}

/** The public job board search: open positions only, full-text plus filters. */
export async function searchJobs(database: Db, q: JobSearchQuery): Promise<JobSearchResult> {
  const { db } = database;
  const { ids, total, capped } = await searchOpeningIds(database, {
    terms: parseSearchTerms(q.q),
    filters: { field: q.field, workplace: q.workplace, type: q.type, location: q.location },
    // Typed in whole units per year; stored in minor units. Currencies are not converted.
    minYearly: q.minSalary === '' ? null : q.minSalary * 100,
    sort: q.sort,
    limit: PAGE_SIZE,
    offset: (q.page - 1) * PAGE_SIZE,
  });
  const rows = ids.length ? await selectOpenings(db).where('o.id', 'in', ids).execute() : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const results = ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [toSummary(toOpening(r))] : [];
  });
  return { total, capped, page: q.page, pageSize: PAGE_SIZE, results };
}
