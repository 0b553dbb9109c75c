import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testDatabase } from '../../testing/harness.ts';
import type { Db } from '../connect.ts';
import { migrateToLatest } from '../migrate.ts';

// Applications made before pipelines pointed at the portal user and had a status. After the
// migration they point at a candidate record, sit in the matching stage, keep their resume as
// the record's first version, and have a first history row.

let database: Db;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await testDatabase());
});
afterAll(async () => drop?.());

it('re-keys existing applications to candidate records and stages', async () => {
  const db = database.db as never as import('kysely').Kysely<any>;
  await migrateToLatest(db, '007_candidate_claims');
  const now = new Date().toISOString();
  await db
    .insertInto('user')
    .values([
      {
        id: 'u1',
        name: 'Sam Seeker',
        email: 'Sam@Example.com',
        emailVerified: 0,
        createdAt: now,
        updatedAt: now,
        role: 'candidate',
      },
      {
        id: 'u2',
        name: 'Kim Known',
        email: 'kim@example.com',
        emailVerified: 0,
        createdAt: now,
        updatedAt: now,
        role: 'candidate',
      },
    ])
    .execute();
  // Kim already has a record; Sam gets one from the migration.
  const kim = await db
    .insertInto('candidate')
    .values({ user_id: 'u2', name: 'Kim Known', source: 'job-board' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const company = await db
    .insertInto('company')
    .values({ name: 'Acme', slug: 'acme' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const opening = await db
    .insertInto('opening')
    .values({
      slug: 'welder',
      company_id: company.id,
      title: 'Welder',
      field: 'Trades',
      description: 'd',
      city: 'X',
      region: '',
      country: 'Y',
      workplace_type: 'on-site',
      employment_type: 'full-time',
      positions: 1,
      status: 'open',
      created_by: 'u1',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const file = await db
    .insertInto('stored_file')
    .values({
      owner_id: 'u1',
      purpose: 'resume',
      original_name: 'cv.pdf',
      mime_type: 'application/pdf',
      size_bytes: 10,
      storage_key: 'k1',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('application')
    .values([
      {
        opening_id: opening.id,
        candidate_id: 'u1',
        cover_note: 'hi',
        resume_file_id: file.id,
        status: 'in-review',
      },
      { opening_id: opening.id, candidate_id: 'u2', cover_note: '', resume_file_id: null, status: 'hired' },
    ])
    .execute();

  await migrateToLatest(db);

  const rows = await db
    .selectFrom('application as a')
    .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
    .innerJoin('pipeline_stage as s', 's.id', 'a.stage_id')
    .select(['a.id', 'c.user_id', 'c.email', 'c.id as candidate_id', 's.key', 'a.origin', 'a.cover_note'])
    .orderBy('a.id')
    .execute();
  expect(rows).toMatchObject([
    { user_id: 'u1', email: 'sam@example.com', key: 'screening', origin: 'self', cover_note: 'hi' },
    { user_id: 'u2', candidate_id: kim.id, key: 'placed', origin: 'self' },
  ]);
  const moves = await db.selectFrom('stage_move').select(['application_id', 'from_stage_id']).execute();
  expect(moves).toHaveLength(2);
  expect(moves.every((m: { from_stage_id: number | null }) => m.from_stage_id === null)).toBe(true);
  const resumes = await db.selectFrom('candidate_resume').select(['candidate_id', 'file_id']).execute();
  expect(resumes).toEqual([{ candidate_id: rows[0]?.candidate_id, file_id: file.id }]);
  // New applications get fresh ids after the copied ones.
  const next = await db
    .insertInto('application')
    .values({
      opening_id: opening.id,
      candidate_id: kim.id,
      origin: 'agency',
      stage_id: sql`(SELECT id FROM pipeline_stage WHERE key = 'applied')`,
      stage_entered_at: now,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirst()
    .catch((e: Error) => e);
  // Kim is already in this opening, so the unique rule still holds after the rebuild.
  expect(next).toBeInstanceOf(Error);
  const other = await db
    .insertInto('candidate')
    .values({ name: 'New Person', source: 'sourced' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const fresh = await db
    .insertInto('application')
    .values({
      opening_id: opening.id,
      candidate_id: other.id,
      origin: 'agency',
      stage_id: sql`(SELECT id FROM pipeline_stage WHERE key = 'applied')`,
      stage_entered_at: now,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  expect(fresh.id).toBeGreaterThan(rows[1]?.id);
});
