import { type Kysely, sql } from 'kysely';

// Indexes the board, the application list and the candidate list need once an agency has a
// million applications and 200,000 candidates (measured with `npm run bench:pipeline`): each
// lets a page be read in its display order and stop after its rows, or a filter start from
// the few rows it keeps, instead of sorting or joining everything.
const INDEXES: readonly [name: string, table: string, columns: readonly string[]][] = [
  // One opening's (or one company's openings') board column, oldest in the stage first.
  ['application_opening_stage_idx', 'application', ['opening_id', 'stage_id', 'stage_entered_at']],
  // The application list by time in stage, across every stage.
  ['application_entered_idx', 'application', ['stage_entered_at']],
  // Candidates with an application in a stage, without reading the applications.
  ['application_stage_candidate_idx', 'application', ['stage_id', 'candidate_id']],
  // What one recruiter owns (board filter and the own-only scope).
  ['opening_owner_idx', 'opening', ['owner_id']],
  // The candidate list, most recently updated first, whole or within a field.
  ['candidate_updated_idx', 'candidate', ['updated_at']],
  ['candidate_field_idx', 'candidate', ['field', 'updated_at']],
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, table, columns] of INDEXES)
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
  // The application list sorted by candidate name, case-insensitively as it is shown.
  await db.schema
    .createIndex('candidate_name_lower_idx')
    .on('candidate')
    .expression(sql`lower(name)`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('candidate_name_lower_idx').execute();
  for (const [name] of [...INDEXES].reverse()) await db.schema.dropIndex(name).execute();
}
