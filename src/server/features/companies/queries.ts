import type { Kysely, Selectable } from 'kysely';
import type { Company, CompanyInput } from '../../../shared/companies.ts';
import type { DialectName } from '../../db/connect.ts';
import { reindexOpenings } from '../../db/search.ts';
import { type CompanyTable, iso, type Tables } from '../../db/tables.ts';
import { uniqueSlug } from '../../platform/slug.ts';

function toCompany(
  r: Selectable<CompanyTable> & { open_openings: number | string | bigint | null },
): Company {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    industry: r.industry,
    website: r.website,
    description: r.description,
    internalNotes: r.internal_notes,
    openOpenings: Number(r.open_openings ?? 0),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

function selectCompanies(db: Kysely<Tables>) {
  return db
    .selectFrom('company as c')
    .selectAll('c')
    .select((eb) =>
      eb
        .selectFrom('opening as o')
        .whereRef('o.company_id', '=', 'c.id')
        .where('o.status', '=', 'open')
        .select((e) => e.fn.countAll().as('n'))
        .as('open_openings'),
    );
}

export async function listCompanies(db: Kysely<Tables>): Promise<Company[]> {
  const rows = await selectCompanies(db).orderBy('c.name').execute();
  return rows.map((r) => toCompany(r));
}

export async function findCompany(db: Kysely<Tables>, id: number): Promise<Company | null> {
  const row = await selectCompanies(db).where('c.id', '=', id).executeTakeFirst();
  return row ? toCompany(row) : null;
}

export async function insertCompany(
  db: Kysely<Tables>,
  input: CompanyInput,
  userId: string,
): Promise<number> {
  const row = await db
    .insertInto('company')
    .values({
      name: input.name,
      slug: uniqueSlug(input.name),
      industry: input.industry,
      website: input.website,
      description: input.description,
      internal_notes: input.internalNotes,
      created_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates a company; its openings are re-indexed because the company name is searchable. */
export async function updateCompany(
  db: Kysely<Tables>,
  dialect: DialectName,
  id: number,
  input: CompanyInput,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const res = await tx
      .updateTable('company')
      .set({
        name: input.name,
        industry: input.industry,
        website: input.website,
        description: input.description,
        internal_notes: input.internalNotes,
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return false;
    await reindexOpenings(tx, dialect, { companyId: id });
    return true;
  });
}

export async function companyExists(db: Kysely<Tables>, id: number): Promise<boolean> {
  return (await db.selectFrom('company').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
