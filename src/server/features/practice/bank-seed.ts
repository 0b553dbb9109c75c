import type { Kysely } from 'kysely';
import type { SeedQuestion } from '../../../shared/practice.ts';
import type { Tables } from '../../db/tables.ts';
import { BANK } from './content/index.ts';

// The shipped questions join the bank when the app starts: each one whose key is not there yet is
// added, so a new release tops the bank up. A question already there is left as it is, since
// staff may have edited or retired it.

export async function seedQuestionBank(
  db: Kysely<Tables>,
  bank: readonly SeedQuestion[] = BANK,
): Promise<number> {
  const have = await db.selectFrom('question').select('key').where('key', 'is not', null).execute();
  const known = new Set(have.map((r) => r.key));
  const fresh = bank.filter((q) => !known.has(q.key));
  if (fresh.length === 0) return 0;
  await db.transaction().execute(async (tx) => {
    // In chunks: one statement per 200 questions stays far below both databases' parameter limits.
    for (let i = 0; i < fresh.length; i += 200) {
      const chunk = fresh.slice(i, i + 200);
      const rows = await tx
        .insertInto('question')
        .values(
          chunk.map((q) => ({
            key: q.key,
            text: q.text,
            category: q.category,
            difficulty: q.difficulty,
            looking_for: q.lookingFor,
            guide: q.guide,
            company_id: null,
            source: 'project',
            created_by: null,
          })),
        )
        .returning(['id', 'key'])
        .execute();
      const ids = new Map(rows.map((r) => [r.key, r.id]));
      const fields = chunk.flatMap((q) =>
        [...new Set(q.fields)].map((field) => ({ question_id: ids.get(q.key) as number, field })),
      );
      if (fields.length > 0) await tx.insertInto('question_field').values(fields).execute();
    }
  });
  return fresh.length;
}
