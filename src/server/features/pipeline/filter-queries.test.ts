import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PipelineQuery } from '../../../shared/pipeline.ts';
import type { Tables } from '../../db/tables.ts';
import { createUser, type TestApp, testApp } from '../../testing/harness.ts';
import type { Scope } from '../access/index.ts';
import { applyWhere, notClosed, pipelineConditions } from './filter-queries.ts';

// The board's and the list's filters look other tables up once and pass id lists on, or keep
// a subquery when there are too many ids. Both ways (and a mix) must find the same
// applications, the ones the filter's plain meaning says.

let t: TestApp;
let db: Kysely<Tables>;
let rita: string;
let bob: string;
const admin: Scope = { userId: 'nobody', role: 'admin', access: 'all' };

interface Fixture {
  id: number;
  opening: { title: string; company: string; owner: string | null };
  candidate: { name: string; owner: string | null };
  closed: boolean;
}
const apps: Fixture[] = [];

async function insert<T extends 'company' | 'opening' | 'candidate' | 'application'>(
  table: T,
  values: Record<string, unknown>,
): Promise<number> {
  const row = await db
    .insertInto(table)
    .values(values as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

beforeAll(async () => {
  t = await testApp();
  db = t.ctx.db;
  rita = (await createUser(t, 'recruiter', 'Rita Recruiter')).id;
  bob = (await createUser(t, 'recruiter', 'Bob Recruiter')).id;
  const stages = await db.selectFrom('pipeline_stage').select(['id', 'kind']).execute();
  const open = stages.find((s) => s.kind === 'active')?.id;
  const closed = stages.find((s) => s.kind === 'closed')?.id;
  const companies: Record<string, number> = {};
  for (const name of ['Acme Tools', 'Globex 100%_Real'])
    companies[name] = await insert('company', { name, slug: name.toLowerCase().replace(/\W+/g, '-') });
  const openings = [
    { title: 'Backend Developer', company: 'Acme Tools', owner: rita },
    { title: 'Data Analyst', company: 'Globex 100%_Real', owner: bob },
    { title: 'Night Nurse', company: 'Acme Tools', owner: null },
  ];
  const candidates = [
    { name: 'Priya Patel', owner: rita },
    { name: 'Amir Khan', owner: bob },
    { name: 'Zoe Young', owner: null },
    { name: 'Carl Moss', owner: rita },
  ];
  const openingIds = await Promise.all(
    openings.map((o, i) =>
      insert('opening', {
        slug: `filters-${i}`,
        company_id: companies[o.company],
        title: o.title,
        field: 'Software',
        description: 'x',
        workplace_type: 'remote',
        employment_type: 'full-time',
        status: 'open',
        owner_id: o.owner,
      }),
    ),
  );
  const candidateIds = await Promise.all(
    candidates.map((c) => insert('candidate', { name: c.name, source: 'referral', owner_id: c.owner })),
  );
  // Every candidate in every opening, one in three in a closed stage.
  for (const [oi, opening] of openings.entries())
    for (const [ci, candidate] of candidates.entries()) {
      const isClosed = (oi + ci) % 3 === 0;
      const id = await insert('application', {
        opening_id: openingIds[oi],
        candidate_id: candidateIds[ci],
        origin: 'agency',
        stage_id: isClosed ? closed : open,
      });
      apps.push({ id, opening, candidate, closed: isClosed });
    }
});
afterAll(async () => t?.close());

/** What a filter means, written plainly. */
function expected(f: Partial<PipelineQuery>, scope: Scope): number[] {
  const owns = (a: Fixture, who: string) => a.opening.owner === who || a.candidate.owner === who;
  return apps
    .filter((a) => f.closed || !a.closed)
    .filter((a) => !f.ownerId || owns(a, f.ownerId))
    .filter((a) => scope.access !== 'own-only' || owns(a, scope.userId))
    .filter((a) =>
      (f.q ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .every((w) =>
          [a.candidate.name, a.opening.title, a.opening.company].some((s) =>
            s.toLowerCase().includes(w.toLowerCase()),
          ),
        ),
    )
    .map((a) => a.id)
    .sort((x, y) => x - y);
}

async function found(f: Partial<PipelineQuery>, scope: Scope, budget?: number): Promise<number[]> {
  const query = { q: '', closed: false, ...f };
  const where = await pipelineConditions(db, query, scope, budget);
  const rows = await applyWhere(
    db.selectFrom('application as a'),
    query.closed ? where : [...where, notClosed()],
  )
    .select('a.id')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => r.id);
}

describe('pipeline filters', () => {
  const cases: [string, Partial<PipelineQuery>, () => Scope][] = [
    ['nothing', {}, () => admin],
    ['closed too', { closed: true }, () => admin],
    ['a candidate word', { q: 'PATEL' }, () => admin],
    ['a title word', { q: 'analyst' }, () => admin],
    ['a company word', { q: 'acme' }, () => admin],
    ['words across fields', { q: 'acme zoe' }, () => admin],
    ['a word in many places', { q: 'a' }, () => admin],
    ['LIKE wildcards typed', { q: '100%_' }, () => admin],
    ['a word nothing has', { q: 'nobody' }, () => admin],
    ['an owner', { ownerId: 'rita', closed: true }, () => admin],
    ['an owner and a word', { ownerId: 'bob', q: 'e' }, () => admin],
    ['own-only scope', { q: 'a' }, () => ({ userId: bob, role: 'recruiter', access: 'own-only' })],
  ];
  for (const [name, raw, scope] of cases)
    it(`finds the same with id lists, subqueries or both: ${name}`, async () => {
      const f = { ...raw, ownerId: raw.ownerId === 'rita' ? rita : raw.ownerId === 'bob' ? bob : undefined };
      const want = expected(f, scope());
      expect(await found(f, scope())).toEqual(want);
      expect(await found(f, scope(), 0)).toEqual(want);
      expect(await found(f, scope(), 2)).toEqual(want);
    });

  it('has something to find in most cases, so the comparisons mean something', () => {
    expect(expected({ q: 'a' }, admin).length).toBeGreaterThan(3);
    expect(expected({ q: 'acme zoe' }, admin).length).toBeGreaterThan(0);
    expect(expected({ q: 'nobody' }, admin)).toEqual([]);
  });
});
