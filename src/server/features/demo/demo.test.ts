import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openingInput } from '../../../shared/openings.ts';
import { FIELDS } from '../../../shared/vocabulary.ts';
import { type Config, readConfig } from '../../config.ts';
import { connect, type Db } from '../../db/connect.ts';
import { datesFor, describeOpening, openingBody, seededRandom } from './compose.ts';
import { COMPANIES } from './content/companies.ts';
import { OPENINGS } from './content/openings.ts';
import { PLACES } from './content/places.ts';
import { APPLICATIONS, DEMO_PASSWORD, SEEKERS } from './people.ts';
import { seedDemo } from './seed.ts';

describe('demo content', () => {
  it('points every application at an open opening and a known seeker', () => {
    const open = new Set(OPENINGS.filter((o) => (o.status ?? 'open') === 'open').map((o) => o.key));
    const seekers = new Set(SEEKERS.map((s) => s.email));
    for (const a of APPLICATIONS) {
      expect(open.has(a.opening), a.opening).toBe(true);
      expect(seekers.has(a.seeker), a.seeker).toBe(true);
    }
    const pairs = APPLICATIONS.map((a) => `${a.seeker} ${a.opening}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('has unique keys and builds a valid, distinct description for every opening', () => {
    expect(new Set(OPENINGS.map((o) => o.key)).size).toBe(OPENINGS.length);
    const rng = seededRandom(1);
    const descriptions = OPENINGS.map((o) => {
      const owner = COMPANIES.find((c) => c.key === o.company);
      if (!owner) throw new Error(`${o.key}: unknown company`);
      const text = describeOpening(o, owner, 'Followthrough Staffing', rng);
      const body = openingBody(o, 1, text, datesFor(o, 3, Date.now(), rng));
      expect(openingInput.safeParse(body).success, o.key).toBe(true);
      return text;
    });
    expect(new Set(descriptions).size).toBe(descriptions.length);
    // Each starts with its own paragraph, which the job board shows as the summary.
    for (const [i, d] of descriptions.entries()) expect(d.startsWith(OPENINGS[i]?.about ?? '?')).toBe(true);
    // Several layouts and headings appear, so descriptions do not share one skeleton.
    const skeletons = descriptions.map((d) => (d.match(/^## .*$|^\*\*.*?:\*\*/gm) ?? []).join('|'));
    expect(new Set(skeletons).size).toBeGreaterThan(20);
  });

  it('covers every employment and workplace type and pays in the local currency', () => {
    expect(new Set(OPENINGS.map((o) => o.employment)).size).toBe(5);
    expect(new Set(OPENINGS.map((o) => o.workplace)).size).toBe(3);
    expect(OPENINGS.filter((o) => o.pay === null).length).toBeGreaterThanOrEqual(3);
    const gbp = OPENINGS.find((o) => o.key === 'log-inventory-manchester');
    expect(gbp && openingBody(gbp, 1, 'x', { postedAt: null, validThrough: null }).salary).toEqual({
      min: 2_700_000,
      max: 3_100_000,
      currency: 'GBP',
      period: 'year',
    });
    expect(PLACES.manchester.currency).toBe('GBP');
  });
});

/** An empty database for one seedDemo run: a SQLite file, or a fresh PostgreSQL schema in CI. */
async function emptyDatabase(dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const pgUrl = process.env.TEST_POSTGRES_URL;
  if (process.env.TEST_DB !== 'postgres' || !pgUrl) {
    return { url: `sqlite:${join(dir, 'followthrough.db')}`, drop: async () => {} };
  }
  const schema = `demo_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  // seedDemo only takes a Config, so the schema travels in the URL as a connection option.
  const url = new URL(pgUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

describe('seedDemo', () => {
  let dir: string;
  let database: Db;
  let config: Config;
  let drop: () => Promise<void>;
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ft-demo-'));
    const target = await emptyDatabase(dir);
    drop = target.drop;
    config = {
      ...readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', DATABASE_URL: target.url }),
      secret: 'x'.repeat(40),
    };
    await seedDemo(config);
    database = connect(target.url);
  }, 120_000);

  afterAll(async () => {
    log.mockRestore();
    await database?.close();
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = async (table: 'opening' | 'company' | 'application' | 'user') => {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it('fills every page with something to show', async () => {
    expect(await count('opening')).toBeGreaterThanOrEqual(60);
    expect(await count('company')).toBeGreaterThanOrEqual(10);
    expect(await count('application')).toBeGreaterThanOrEqual(15);
    expect(await count('user')).toBe(12);

    const openFields = await database.db
      .selectFrom('opening')
      .select('field')
      .distinct()
      .where('status', '=', 'open')
      .execute();
    expect(openFields.map((r) => r.field).sort()).toEqual([...FIELDS].sort());

    const cities = await database.db
      .selectFrom('opening')
      .select('city')
      .distinct()
      .where('city', '!=', '')
      .execute();
    expect(cities.length).toBeGreaterThanOrEqual(12);

    const statuses = await database.db.selectFrom('opening').select('status').distinct().execute();
    expect(statuses.map((r) => r.status).sort()).toEqual(['closed', 'draft', 'filled', 'on-hold', 'open']);

    const users = await database.db.selectFrom('user').select(['email', 'emailVerified', 'role']).execute();
    expect(users.every((u) => Boolean(u.emailVerified))).toBe(true);
    expect(users.filter((u) => u.role === 'candidate')).toHaveLength(8);

    const printed = log.mock.calls.flat().join('\n');
    expect(printed).toContain(DEMO_PASSWORD);
    expect(printed).toContain('admin@demo.followthrough.example');
  });

  it('adds nothing when run a second time', async () => {
    const before = await Promise.all([
      count('opening'),
      count('company'),
      count('application'),
      count('user'),
    ]);
    log.mockClear();
    await seedDemo(config);
    const after = await Promise.all([
      count('opening'),
      count('company'),
      count('application'),
      count('user'),
    ]);
    expect(after).toEqual(before);
    expect(log.mock.calls.flat().join('\n')).toContain('already in place');
  }, 60_000);
});
