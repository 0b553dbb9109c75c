import type { Kysely } from 'kysely';

// Rollups of candidates' debriefs, so a field or company page reads a few hundred rows however
// many debriefs there are. Both are kept in step by src/server/features/insights/rollups.ts
// when a debrief is written, and can be rebuilt from the debriefs (`followthrough insights
// rebuild`).
//
// insight_count: how many debriefs in a scope ('f:<field>' or 'c:<company id>') and week (the
// Monday, YYYY-MM-DD, UTC) carried a metric ('debriefs', 'q:<question id>', 's:<skill key>',
// 'x:<format surprise>', 'd:<difficulty>', 'e:<experience>', 'i:rated', 'i:up').
//
// insight_person: who stands behind a metric in a scope, and the last week they did, so the
// five-people rule can count different people in a period without reading the debriefs.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('insight_count')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_count_pk', ['scope', 'week', 'metric'])
    .execute();
  await db.schema
    .createTable('insight_person')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidate.id').onDelete('cascade'))
    .addColumn('last_week', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_person_pk', ['scope', 'metric', 'candidate_id'])
    .execute();
  await db.schema
    .createIndex('insight_person_period_idx')
    .on('insight_person')
    .columns(['scope', 'metric', 'last_week'])
    .execute();
  await db.schema
    .createIndex('insight_person_candidate_idx')
    .on('insight_person')
    .column('candidate_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('insight_person').execute();
  await db.schema.dropTable('insight_count').execute();
}
