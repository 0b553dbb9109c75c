// Synthetic agency data for the pipeline benchmark: recruiters, client companies, openings,
// candidates with skills and resumes, and applications spread over the stages with their
// moves. Deterministic (seeded), written in bulk, then indexed by the app's own code.
import { sql } from 'kysely';
import { reindexCandidates } from '../src/server/db/candidate-search.ts';
import type { Db } from '../src/server/db/connect.ts';
import { reindexOpenings } from '../src/server/db/search.ts';
import { EMPLOYMENT_TYPES, FIELDS, WORKPLACE_TYPES } from '../src/shared/vocabulary.ts';
import { type BulkWriter, bulkWriter, type Value } from './bulk-insert.ts';
import { insertApplications } from './pipeline-applications.ts';
import { insertCandidates, nextId } from './pipeline-candidates.ts';
import {
  ADMIN_ID,
  CITIES,
  COMPANY_KINDS,
  COMPANY_WORDS,
  DAY,
  FIRST_NAMES,
  iso,
  LAST_NAMES,
  LEVELS,
  pick,
  type Rand,
  RECRUITERS,
  RESUME_WORDS,
  ROLES,
  recruiterId,
  skewed,
} from './pipeline-words.ts';
import { prng } from './synthetic.ts';

export interface PipelineSize {
  candidates: number;
  applications: number;
}

async function insertStaff(database: Db): Promise<void> {
  const at = new Date().toISOString();
  const verified = database.dialect === 'postgres' ? true : 1;
  const people = [
    { id: ADMIN_ID, name: 'Bench Admin', role: 'admin' },
    ...Array.from({ length: RECRUITERS }, (_, i) => ({
      id: recruiterId(i),
      name: `${FIRST_NAMES[i]} ${LAST_NAMES[i]}`,
      role: 'recruiter',
    })),
  ];
  await database.db
    .insertInto('user')
    .values(
      people.map((p) => ({
        ...p,
        email: `${p.id}@bench.example`,
        emailVerified: verified,
        createdAt: at,
        updatedAt: at,
      })),
    )
    .execute();
}

/** Inserts companies and openings; returns the first opening id (ids are consecutive). */
async function insertOpenings(database: Db, w: BulkWriter, rand: Rand, openings: number) {
  const companies = Math.max(1, Math.round(openings / 10));
  const firstCompany = await nextId(database, 'company');
  const companyRows: Value[][] = [];
  for (let i = 0; i < companies; i++) {
    const kind = pick(rand, COMPANY_KINDS);
    companyRows.push([`${pick(rand, COMPANY_WORDS)} ${kind} ${i + 1}`, `bench-company-${i + 1}`, kind]);
  }
  await w.insert(
    'company',
    [
      ['name', 'text'],
      ['slug', 'text'],
      ['industry', 'text'],
    ],
    companyRows,
  );
  const firstOpening = await nextId(database, 'opening');
  const now = Date.now();
  const rows: Value[][] = [];
  for (let i = 0; i < openings; i++) {
    const field = pick(rand, FIELDS);
    const [city, region, country] = pick(rand, CITIES);
    const owner = recruiterId(Math.floor(rand() * RECRUITERS));
    const r = rand();
    const status = r < 0.7 ? 'open' : r < 0.8 ? 'filled' : r < 0.95 ? 'closed' : 'on-hold';
    const title = `${pick(rand, LEVELS)} ${pick(rand, ROLES[field])}`.trim();
    const description = `## About the role\n\nJoin our team as ${title}. ${Array.from({ length: 40 }, () => skewed(rand, RESUME_WORDS)).join(' ')}.`;
    rows.push([
      `bench-opening-${i + 1}`,
      firstCompany + Math.floor(rand() * companies),
      title,
      field,
      description,
      city,
      region,
      country,
      pick(rand, WORKPLACE_TYPES),
      pick(rand, EMPLOYMENT_TYPES),
      1 + Math.floor(rand() ** 3 * 5),
      status,
      iso(now - Math.floor(rand() * 365 * DAY)),
      owner,
      owner,
    ]);
  }
  await w.insert(
    'opening',
    [
      ['slug', 'text'],
      ['company_id', 'integer'],
      ['title', 'text'],
      ['field', 'text'],
      ['description', 'text'],
      ['city', 'text'],
      ['region', 'text'],
      ['country', 'text'],
      ['workplace_type', 'text'],
      ['employment_type', 'text'],
      ['positions', 'integer'],
      ['status', 'text'],
      ['posted_at', 'timestamptz'],
      ['owner_id', 'text'],
      ['created_by', 'text'],
    ],
    rows,
  );
  return firstOpening;
}

/** Generates everything and builds the search indexes; prints progress through `log`. */
export async function generatePipeline(
  database: Db,
  size: PipelineSize,
  log: (msg: string) => void,
): Promise<void> {
  const rand = prng(2024);
  const w = bulkWriter(database);
  const t0 = Date.now();
  const step = (what: string) => log(`  ${what} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  try {
    await insertStaff(database);
    const openings = Math.max(10, Math.round(size.candidates / 10));
    const firstOpening = await insertOpenings(database, w, rand, openings);
    step(`${openings.toLocaleString()} openings`);
    const firstCandidate = await nextId(database, 'candidate');
    const fileOf = await insertCandidates(database, w, rand, size.candidates);
    step(
      `${size.candidates.toLocaleString()} candidates with skills and ${fileOf.size.toLocaleString()} resumes`,
    );
    await insertApplications(database, w, rand, {
      ...size,
      openings,
      firstOpening,
      firstCandidate,
      fileOf,
    });
    step(`${size.applications.toLocaleString()} applications and their stage moves`);
  } finally {
    w.close();
  }
  await buildIndexes(database);
  step('search indexes built');
}

/** The search indexes, written by the app's own reindex functions so they match what it writes. */
async function buildIndexes(database: Db): Promise<void> {
  const { db } = database;
  const ids = (await db.selectFrom('candidate').select('id').orderBy('id').execute()).map((r) => r.id);
  for (let start = 0; start < ids.length; start += 2000) {
    const chunk = ids.slice(start, start + 2000);
    await db.transaction().execute((tx) => reindexCandidates(tx, chunk));
  }
  await reindexOpenings(db, database.dialect, 'all');
  if (database.dialect === 'sqlite') {
    await sql`INSERT INTO candidate_fts(candidate_fts) VALUES ('optimize')`.execute(db);
    await sql`INSERT INTO opening_fts(opening_fts) VALUES ('optimize')`.execute(db);
  }
}
