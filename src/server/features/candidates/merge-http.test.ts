import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';
import { MERGED_TABLES } from './merge-queries.ts';

let b: Board;
let other: TestUser;

const as = (user: TestUser, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user.cookie, payload: payload as Record<string, unknown> });

beforeAll(async () => {
  b = await setupBoard();
  other = await createUser(b.t, 'recruiter');
});
afterAll(async () => b?.t.close());

async function candidate(body: Record<string, unknown>) {
  const res = await as(b.recruiter, 'POST', '/api/v1/candidates', { source: 'sourced', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { candidate: { id: number }; duplicates: { id: number }[] };
}

it('merges a duplicate without losing applications, notes, files or history', async () => {
  const kept = (await candidate({ name: 'Jo Ann Smith', email: 'joann@mail.example', skills: ['Welding'] }))
    .candidate.id;
  const dup = await candidate({
    name: 'Jo Ann Smith',
    phone: '709-555-0199',
    email: 'jo.ann@mail.example',
    skills: ['Forklift'],
  });
  expect(dup.duplicates.map((d) => d.id)).toContain(kept);
  const dupId = dup.candidate.id;
  const shared = await b.createOpening({ title: 'Shared Role' });
  const only = await b.createOpening({ title: 'Dup Only Role' });
  const submit = async (candidateId: number, openingId: number) =>
    (await as(b.recruiter, 'POST', '/api/v1/applications', { candidateId, openingId })).json().id as number;
  const keptApp = await submit(kept, shared.id);
  const dupShared = await submit(dupId, shared.id);
  const dupOnly = await submit(dupId, only.id);
  const stages = (await as(b.recruiter, 'GET', '/api/v1/stages')).json() as { id: number; name: string }[];
  const screening = stages.find((s) => s.name === 'Screening')?.id;
  await as(b.recruiter, 'POST', `/api/v1/applications/${dupShared}/moves`, {
    stageId: screening,
    note: 'from the dup',
  });
  await b.t.ctx.db
    .insertInto('note')
    .values([
      {
        subject_type: 'candidate',
        subject_id: dupId,
        candidate_id: dupId,
        body: 'Dup note',
        visibility: 'internal',
        author_id: b.recruiter.id,
      },
      {
        subject_type: 'application',
        subject_id: dupShared,
        candidate_id: dupId,
        body: 'Dup app note',
        visibility: 'internal',
        author_id: b.recruiter.id,
      },
    ])
    .execute();

  const preview = await as(b.recruiter, 'GET', `/api/v1/candidates/${kept}/merge?other=${dupId}`);
  expect(preview.statusCode, preview.body).toBe(200);
  expect(preview.json().plan).toMatchObject({ applications: 2, sharedOpenings: ['Shared Role'], notes: 2 });

  const merged = await as(b.recruiter, 'POST', `/api/v1/candidates/${kept}/merge`, { otherId: dupId });
  expect(merged.statusCode, merged.body).toBe(200);
  expect(merged.json()).toMatchObject({ email: 'joann@mail.example', phone: '709-555-0199' });
  expect(
    merged
      .json()
      .skills.map((s: { name: string }) => s.name)
      .sort(),
  ).toEqual(['Forklift licence', 'Welding']);
  expect((await as(b.recruiter, 'GET', `/api/v1/candidates/${dupId}`)).statusCode).toBe(404);

  const apps = (await as(b.recruiter, 'GET', `/api/v1/candidates/${kept}/applications`)).json() as {
    id: number;
  }[];
  expect(apps.map((a) => a.id).sort()).toEqual([keptApp, dupOnly].sort());
  const history = (await as(b.recruiter, 'GET', `/api/v1/applications/${keptApp}`)).json().history as {
    note: string;
  }[];
  expect(history.map((h) => h.note)).toContain('from the dup');
  const notes = await b.t.ctx.db
    .selectFrom('note')
    .select(['subject_type', 'subject_id', 'candidate_id'])
    .orderBy('id')
    .execute();
  expect(notes).toEqual([
    { subject_type: 'candidate', subject_id: kept, candidate_id: kept },
    { subject_type: 'application', subject_id: keptApp, candidate_id: kept },
  ]);
  const activity = (await as(b.recruiter, 'GET', `/api/v1/candidates/${kept}/activity`)).json().entries as {
    kind: string;
  }[];
  expect(activity[0]?.kind).toBe('merge');
  expect(activity.filter((e) => e.kind === 'application')).toHaveLength(3);
  // The merged record is found by what only the duplicate had.
  const found = (await as(b.recruiter, 'GET', '/api/v1/candidates?q=forklift')).json().results as {
    id: number;
  }[];
  expect(found.map((c) => c.id)).toEqual([kept]);
});

it('refuses bad merges and changes nothing', async () => {
  const a = (await candidate({ name: 'Al One' })).candidate.id;
  const c = (await candidate({ name: 'Al Two', ownerId: other.id })).candidate.id;
  expect((await as(b.recruiter, 'POST', `/api/v1/candidates/${a}/merge`, { otherId: a })).statusCode).toBe(
    409,
  );
  expect(
    (await as(b.recruiter, 'POST', `/api/v1/candidates/${a}/merge`, { otherId: 999999 })).statusCode,
  ).toBe(404);
  expect((await as(b.recruiter, 'POST', `/api/v1/candidates/${a}/merge`, { otherId: 'x' })).statusCode).toBe(
    400,
  );
  expect((await as(b.candidate, 'POST', `/api/v1/candidates/${a}/merge`, { otherId: c })).statusCode).toBe(
    403,
  );
  const admin = await createUser(b.t, 'admin');
  await as(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'own-read-only' });
  expect((await as(b.recruiter, 'POST', `/api/v1/candidates/${a}/merge`, { otherId: c })).statusCode).toBe(
    403,
  );
  await as(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'all' });
  expect((await as(b.recruiter, 'GET', `/api/v1/candidates/${c}`)).statusCode).toBe(200);
});

it('handles every table that points at a candidate', async () => {
  const db = b.t.ctx.db;
  const rows =
    b.t.ctx.dialect === 'postgres'
      ? (
          await sql<{ t: string }>`SELECT DISTINCT tc.table_name AS t
            FROM information_schema.table_constraints tc
            JOIN information_schema.constraint_column_usage cu
              ON cu.constraint_name = tc.constraint_name AND cu.table_schema = tc.table_schema
            WHERE tc.constraint_type = 'FOREIGN KEY' AND cu.table_name = 'candidate'
              AND tc.table_schema = current_schema()`.execute(db)
        ).rows
      : (
          await sql<{ t: string }>`SELECT DISTINCT m.name AS t FROM sqlite_master m
            JOIN pragma_foreign_key_list(m.name) p WHERE m.type = 'table' AND p."table" = 'candidate'`.execute(
            db,
          )
        ).rows;
  expect(rows.map((r) => r.t).sort()).toEqual([...MERGED_TABLES].sort());
});
