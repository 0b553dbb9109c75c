import type { Kysely } from 'kysely';
import { withId, withTimestamps } from './helpers.ts';

// Candidate records (with or without a portal account), client contacts, and skills kept
// both as the canonical name and as a comparison key so they can be counted across records.
export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(db, withId(db, db.schema.createTable('candidate')))
    .addColumn('user_id', 'text', (c) => c.unique().references('user.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    // Digits only, so "+1 (709) 555-0100" and "709.555.0100" compare as the same phone.
    .addColumn('phone_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('country', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('headline', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('field', 'text')
    .addColumn('years_experience', 'integer')
    .addColumn('workplace_types', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('employment_types', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('salary_amount', 'bigint')
    .addColumn('salary_currency', 'text')
    .addColumn('salary_period', 'text')
    .addColumn('available_from', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('consent_on', 'text')
    .addColumn('consent_wording', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('candidate_email_idx').on('candidate').column('email').execute();
  await db.schema.createIndex('candidate_phone_idx').on('candidate').column('phone_key').execute();
  await db.schema.createIndex('candidate_owner_idx').on('candidate').column('owner_id').execute();

  for (const owner of ['candidate', 'opening'] as const) {
    await db.schema
      .createTable(`${owner}_skill`)
      .addColumn(`${owner}_id`, 'integer', (c) => c.notNull().references(`${owner}.id`).onDelete('cascade'))
      .addColumn('skill_key', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('known', 'integer', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${owner}_skill_pk`, [`${owner}_id`, 'skill_key'])
      .execute();
    await db.schema.createIndex(`${owner}_skill_key_idx`).on(`${owner}_skill`).column('skill_key').execute();
  }

  await withTimestamps(db, withId(db, db.schema.createTable('contact')))
    .addColumn('company_id', 'integer', (c) => c.notNull().references('company.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('contact_company_idx').on('contact').column('company_id').execute();

  await db.schema
    .alterTable('opening')
    .addColumn('hiring_contact_id', 'integer', (c) => c.references('contact.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('opening').dropColumn('hiring_contact_id').execute();
  for (const t of ['contact', 'opening_skill', 'candidate_skill', 'candidate'])
    await db.schema.dropTable(t).execute();
}
