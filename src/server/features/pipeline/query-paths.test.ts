import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PipelineQuery, Stage } from '../../../shared/pipeline.ts';
import type { Tables } from '../../db/tables.ts';
import { type TestApp, testApp } from '../../testing/harness.ts';
import type { Scope } from '../access/index.ts';
import { BOARD_LIMIT, boardColumns, LIST_PAGE, listApplications } from './queries.ts';
import { listStages } from './stages.ts';

// The board reads its cards in one ranked query when few match, or one query per column when
// many do; the list sorted by candidate sorts the matches, or walks candidates in name order
// when there are many. Each pair must give the same rows, and the board stop at BOARD_LIMIT.

let t: TestApp;
let db: Kysely<Tables>;
let stages: Stage[];
const openings: number[] = [];
const admin: Scope = { userId: 'nobody', role: 'admin', access: 'all' };
const APPLIED = BOARD_LIMIT + 15;

const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();

beforeAll(async () => {
  t = await testApp();
  db = t.ctx.db;
  stages = await listStages(db);
  const id = (kind: string, n = 0) => stages.filter((s) => s.kind === kind)[n]?.id as number;
  const company = await db
    .insertInto('company')
    .values({ name: 'Board Co', slug: 'board-co' })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const title of ['Welder', 'Plumber'])
    openings.push(
      (
        await db
          .insertInto('opening')
          .values({
            slug: title.toLowerCase(),
            company_id: company.id,
            title,
            field: 'Skilled trades',
            description: 'x',
            workplace_type: 'on-site',
            employment_type: 'full-time',
            status: 'open',
            city: '',
            region: '',
            country: '',
            positions: 1,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  const people = await db
    .insertInto('candidate')
    // Some share a name (in another case), so the list's tie on name is decided by id.
    .values(
      Array.from({ length: APPLIED + 20 }, (_, i) => ({
        name: i % 40 === 0 ? 'ZED twin' : i % 40 === 1 ? 'zed Twin' : `Person ${i}`,
        source: 'referral',
      })),
    )
    .returning('id')
    .execute();
  // More than a column shows in the first stage (entered in shuffled order), a few in the next
  // stage and in a closed one, split over two openings.
  const rows = people.map((p, i) => ({
    opening_id: openings[i % 2] as number,
    candidate_id: p.id,
    origin: 'agency',
    stage_id: i < APPLIED ? id('active') : i < APPLIED + 12 ? id('active', 1) : id('closed'),
    stage_entered_at: at((i * 37) % 500),
  }));
  await db.insertInto('application').values(rows).execute();
});
afterAll(async () => t?.close());

async function both(f: Partial<PipelineQuery>) {
  const query = { q: '', closed: false, ...f };
  const ranked = await boardColumns(db, stages, query, admin);
  const perColumn = await boardColumns(db, stages, query, admin, 0);
  expect(perColumn).toEqual(ranked);
  return ranked;
}

describe('board cards', () => {
  it('are the same read at once or column by column, oldest first, up to the limit', async () => {
    const board = await both({});
    const first = board[0];
    expect(first?.total).toBe(APPLIED);
    expect(first?.cards).toHaveLength(BOARD_LIMIT);
    const times = first?.cards.map((c) => c.stageEnteredAt) ?? [];
    expect(times).toEqual([...times].sort());
    expect(board[1]?.total).toBe(12);
    expect(board[1]?.cards).toHaveLength(12);
    expect(board.some((c) => c.stage.kind === 'closed')).toBe(false);
  });

  it('agree with filters and with closed stages shown', async () => {
    const one = await both({ openingId: openings[1] });
    expect(one.every((c) => c.cards.every((card) => card.openingId === openings[1]))).toBe(true);
    expect(one[0]?.total).toBe(Math.floor(APPLIED / 2));
    const closed = await both({ closed: true });
    expect(closed.find((c) => c.stage.kind === 'closed')?.cards.length).toBeGreaterThan(0);
    const none = await both({ q: 'nobody-matches-this' });
    expect(none.every((c) => c.total === 0 && c.cards.length === 0)).toBe(true);
  });
});

describe('the list sorted by candidate', () => {
  it('is the same sorted or walked in name order, both ways, on every page', async () => {
    for (const dir of ['asc', 'desc'] as const)
      for (const extra of [{}, { openingId: openings[0] }, { closed: true }, { q: 'twin' }]) {
        const pages = async (walk: boolean) => {
          const out: unknown[] = [];
          for (let page = 1; page <= 3; page++) {
            const query = { q: '', closed: false, ...extra, sort: 'candidate' as const, dir, page };
            const r = await listApplications(db, query, admin, walk ? 0 : Number.POSITIVE_INFINITY);
            out.push(
              r.total,
              r.results.map((a) => [a.candidateName, a.id]),
            );
          }
          return out;
        };
        const sorted = await pages(false);
        expect(await pages(true)).toEqual(sorted);
      }
    const first = await listApplications(
      db,
      { q: '', closed: true, sort: 'candidate', dir: 'asc', page: 1 },
      admin,
      0,
    );
    expect(first.results).toHaveLength(LIST_PAGE);
    const names = first.results.map((a) => a.candidateName.toLowerCase());
    expect(names).toEqual([...names].sort());
  });
});
