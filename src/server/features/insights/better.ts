import { type Kysely, sql } from 'kysely';
import type { Tables } from '../../db/tables.ts';
import { companyScope } from './contribution.ts';

// "N of M people who interviewed there found the job better than they expected", for the
// cancel flow: every debrief of the company that rated interest before and after, whenever it
// was written. The privacy rule is applied where the sentence is worded (reasons-to-go.ts).

export async function betterThanExpectedAt(
  db: Kysely<Tables>,
  companyId: number,
): Promise<{ share: number; people: number } | null> {
  const scope = companyScope(companyId);
  const counts = await db
    .selectFrom('insight_count')
    .select([
      sql<number>`sum(case when metric = 'i:rated' then n else 0 end)`.as('rated'),
      sql<number>`sum(case when metric = 'i:up' then n else 0 end)`.as('up'),
    ])
    .where('scope', '=', scope)
    .where('metric', 'in', ['i:rated', 'i:up'])
    .executeTakeFirst();
  const rated = Number(counts?.rated ?? 0);
  if (rated === 0) return null;
  const people = await db
    .selectFrom('insight_person')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('scope', '=', scope)
    .where('metric', '=', 'i')
    .executeTakeFirstOrThrow();
  return { share: Number(counts?.up ?? 0) / rated, people: Number(people.n) };
}
