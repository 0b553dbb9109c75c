import type { Kysely } from 'kysely';
import { type BulkColumn, insertMany } from '../../db/bulk.ts';
import type { Tables } from '../../db/tables.ts';
import { inTransaction } from '../../db/transaction.ts';
import { peopleOf, tallyOf } from './contribution.ts';
import { factsOf } from './rollups.ts';

// Recomputes both rollups from the debriefs, with the same rules a write applies (tallyOf,
// peopleOf), for an upgrade that adds them or a repair. Debriefs are read a batch of
// candidates at a time, so each person's rows are complete when written and memory holds only
// the counts.

const CANDIDATES_PER_BATCH = 2000;
const PERSON_COLUMNS: BulkColumn[] = [
  ['scope', 'text'],
  ['metric', 'text'],
  ['candidate_id', 'integer'],
  ['last_week', 'text'],
];
const COUNT_COLUMNS: BulkColumn[] = [
  ['scope', 'text'],
  ['week', 'text'],
  ['metric', 'text'],
  ['n', 'integer'],
];

export interface RebuildResult {
  debriefs: number;
  counts: number;
  people: number;
}

export async function rebuildInsights(db: Kysely<Tables>): Promise<RebuildResult> {
  return inTransaction(db, async (tx) => {
    await tx.deleteFrom('insight_count').execute();
    await tx.deleteFrom('insight_person').execute();
    const counts = new Map<string, number>();
    let debriefs = 0;
    let people = 0;
    let after = 0;
    for (;;) {
      const batch = (
        await tx
          .selectFrom('debrief')
          .select('candidate_id')
          .distinct()
          .where('candidate_id', '>', after)
          .where('author_role', '=', 'candidate')
          .orderBy('candidate_id')
          .limit(CANDIDATES_PER_BATCH)
          .execute()
      ).map((r) => r.candidate_id);
      if (batch.length === 0) break;
      after = batch[batch.length - 1] as number;
      const facts = await factsOf(tx, { candidateIds: batch });
      debriefs += facts.length;
      const byCandidate = new Map<number, typeof facts>();
      for (const f of facts) {
        byCandidate.set(f.candidateId, [...(byCandidate.get(f.candidateId) ?? []), f]);
        for (const t of tallyOf(f)) {
          const k = `${t.scope}\u0000${t.week}\u0000${t.metric}`;
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
      }
      const rows = [...byCandidate].flatMap(([candidateId, own]) =>
        peopleOf(own).map((p) => [p.scope, p.metric, candidateId, p.lastWeek]),
      );
      await insertMany(tx, 'insight_person', PERSON_COLUMNS, rows);
      people += rows.length;
    }
    const countRows = [...counts].map(([k, n]) => [...k.split('\u0000'), n]);
    await insertMany(tx, 'insight_count', COUNT_COLUMNS, countRows);
    return { debriefs, counts: countRows.length, people };
  });
}
