import { type Kysely, sql } from 'kysely';
import { now } from './helpers.ts';

// Questions written out in a debrief and kept private or to the agency used to join the bank
// like shared ones. From now on they are kept out of it (source 'kept', retired); this moves
// the ones written before, where no debrief shares them.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    UPDATE question SET source = 'kept', retired_at = ${now(db)}
    WHERE source = 'debrief'
      AND EXISTS (SELECT 1 FROM debrief_question dq WHERE dq.question_id = question.id)
      AND NOT EXISTS (
        SELECT 1 FROM debrief_question dq WHERE dq.question_id = question.id AND dq.visibility = 'shared'
      )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`UPDATE question SET source = 'debrief', retired_at = NULL WHERE source = 'kept'`.execute(db);
}
