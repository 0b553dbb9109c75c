import type { Kysely } from 'kysely';

// An invitation can carry the candidate record it lets a person claim as their portal account.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('invitation')
    .addColumn('candidate_id', 'integer', (c) => c.references('candidate.id').onDelete('cascade'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('invitation').dropColumn('candidate_id').execute();
}
