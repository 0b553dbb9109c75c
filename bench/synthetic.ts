// Synthetic openings for benchmarks: many rows fast, with a realistic spread of words, so
// that some words are in half the postings and others in a handful.
import { sql } from 'kysely';
import type { Db } from '../src/server/db/connect.ts';
import { reindexOpenings } from '../src/server/db/search.ts';
import { EMPLOYMENT_TYPES, FIELDS, WORKPLACE_TYPES } from '../src/shared/vocabulary.ts';

const TITLES = [
  'Engineer',
  'Analyst',
  'Manager',
  'Coordinator',
  'Specialist',
  'Assistant',
  'Developer',
  'Designer',
  'Nurse',
  'Technician',
  'Consultant',
  'Administrator',
  'Accountant',
  'Teacher',
  'Electrician',
  'Chef',
  'Representative',
  'Director',
  'Associate',
  'Planner',
];
const LEVELS = ['Junior', 'Senior', 'Lead', 'Principal', 'Staff', '', '', ''];
const CITIES = [
  ['Toronto', 'ON', 'Canada'],
  ['Vancouver', 'BC', 'Canada'],
  ['Montreal', 'QC', 'Canada'],
  ['Halifax', 'NS', 'Canada'],
  ["St. John's", 'NL', 'Canada'],
  ['Calgary', 'AB', 'Canada'],
  ['Seattle', 'WA', 'USA'],
  ['Austin', 'TX', 'USA'],
  ['Boston', 'MA', 'USA'],
  ['Chicago', 'IL', 'USA'],
  ['London', 'England', 'UK'],
  ['Manchester', 'England', 'UK'],
] as const;
// Common words appear in about half the postings; the long tail is rare.
const COMMON = ['team', 'work', 'experience', 'customers', 'skills'];
const WORDS =
  'agile budget compliance data excel forecasting hiring inventory kubernetes logistics marketing negotiation onboarding payroll quality recruiting safety scheduling sql stakeholder strategy support training typescript vendor welding writing python react accounting audit cloud coaching curriculum design dispatch finance hospitality invoicing java leadership legal maintenance mentoring nursing operations patient plumbing procurement reporting research retail sales security service software teaching testing warehouse'.split(
    ' ',
  );
const FILLER =
  'you will join a growing group and help us deliver excellent results for our clients every day with care and attention to detail in a friendly supportive environment'.split(
    ' ',
  );

/** A small deterministic PRNG so every run generates the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function description(rand: () => number): string {
  const words: string[] = [];
  for (const w of COMMON) if (rand() < 0.5) words.push(w);
  for (let i = 0; i < 6; i++) words.push(pick(rand, WORDS));
  for (let i = 0; i < 40; i++) words.push(pick(rand, FILLER));
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  return `## About the role\n\n${words.join(' ')}.`;
}

/** Inserts `n` open openings (and n/50 companies) and builds the search index. */
export async function generateOpenings(database: Db, n: number, log: (msg: string) => void): Promise<void> {
  const { db } = database;
  const rand = prng(42);
  const companies = Math.max(1, Math.floor(n / 50));
  for (let start = 0; start < companies; start += 1000) {
    const rows = [];
    for (let i = start; i < Math.min(companies, start + 1000); i++)
      rows.push({ name: `Company ${i} ${pick(rand, WORDS)}`, slug: `company-${i}` });
    await db.insertInto('company').values(rows).execute();
  }
  const firstCompany = Number(
    (
      await db
        .selectFrom('company')
        .select((e) => e.fn.min('id').as('id'))
        .executeTakeFirstOrThrow()
    ).id,
  );
  const t0 = Date.now();
  const batch = database.dialect === 'postgres' ? 1000 : 500;
  const base = Date.now();
  for (let start = 0; start < n; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(n, start + batch); i++) {
      const [city, region, country] = pick(rand, CITIES);
      const salary = 3_000_000 + Math.floor(rand() * 12_000_000);
      const field = pick(rand, FIELDS);
      rows.push({
        slug: `job-${i}`,
        company_id: firstCompany + Math.floor(rand() * companies),
        title: `${pick(rand, LEVELS)} ${pick(rand, WORDS)} ${pick(rand, TITLES)}`.trim(),
        field,
        description: description(rand),
        city,
        region,
        country,
        workplace_type: pick(rand, WORKPLACE_TYPES),
        employment_type: pick(rand, EMPLOYMENT_TYPES),
        salary_min: salary,
        salary_max: salary + 1_000_000,
        salary_currency: country === 'USA' ? 'USD' : country === 'UK' ? 'GBP' : 'CAD',
        salary_period: 'year',
        salary_max_yearly: salary + 1_000_000,
        positions: 1,
        status: rand() < 0.9 ? 'open' : 'closed',
        posted_at: new Date(base - Math.floor(rand() * 90 * 86_400_000)).toISOString(),
      });
    }
    await db.insertInto('opening').values(rows).execute();
    if ((start / batch) % 200 === 0)
      log(`  inserted ${start + rows.length} openings (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  log(`  inserted ${n} openings in ${((Date.now() - t0) / 1000).toFixed(1)} s; indexing…`);
  const t1 = Date.now();
  await reindexOpenings(db, database.dialect, 'all');
  if (database.dialect === 'sqlite')
    await sql`INSERT INTO opening_fts(opening_fts) VALUES ('optimize')`.execute(db);
  // A bulk load wants its statistics (and on PostgreSQL its visibility map) before it is measured.
  await (database.dialect === 'postgres' ? sql`VACUUM ANALYZE opening` : sql`ANALYZE`).execute(db);
  log(`  indexed in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
}
