import type { Kysely, Selectable } from 'kysely';
import type { Contact, ContactInput } from '../../../shared/candidates.ts';
import { type ContactTable, iso, type Tables } from '../../db/tables.ts';

function toContact(r: Selectable<ContactTable>): Contact {
  return {
    id: r.id,
    companyId: r.company_id,
    name: r.name,
    title: r.title,
    email: r.email,
    phone: r.phone,
    notes: r.notes,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export async function listContacts(db: Kysely<Tables>, companyId: number): Promise<Contact[]> {
  const rows = await db
    .selectFrom('contact')
    .selectAll()
    .where('company_id', '=', companyId)
    .orderBy('name')
    .execute();
  return rows.map(toContact);
}

export async function findContact(db: Kysely<Tables>, id: number): Promise<Contact | null> {
  const row = await db.selectFrom('contact').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toContact(row) : null;
}

export async function insertContact(
  db: Kysely<Tables>,
  companyId: number,
  input: ContactInput,
): Promise<number> {
  const row = await db
    .insertInto('contact')
    .values({ company_id: companyId, ...input })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateContact(db: Kysely<Tables>, id: number, input: ContactInput): Promise<boolean> {
  const res = await db
    .updateTable('contact')
    .set({ ...input, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function deleteContact(db: Kysely<Tables>, id: number): Promise<boolean> {
  const res = await db.deleteFrom('contact').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
