import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';
import { GROUP_EXERCISES, GROUP_GUIDE } from '../practice/content/index.ts';

// Group practice over HTTP: the seeker's checklist, and a run from set-up to self-review. Notes
// are private to their writer; members see the group's size, not its names; the clock starts
// once; the review waits for the time to be up; staff see only the runs and candidates their
// access setting lets them see.

let t: TestApp;
let rae: TestUser;
let admin: TestUser;
let sam: TestUser;
let nia: TestUser;
let outsider: TestUser;
let samId: number;
let niaId: number;
let noAccountId: number;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });

/** A candidate record owned by `owner`, linked to `seeker`'s portal account when given. */
async function record(owner: TestUser, name: string, seeker?: TestUser): Promise<number> {
  const res = await as(owner, 'POST', '/api/v1/candidates', { name, source: 'sourced', ownerId: owner.id });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().candidate.id as number;
  if (seeker)
    await t.ctx.db.updateTable('candidate').set({ user_id: seeker.id }).where('id', '=', id).execute();
  return id;
}

const exercise = GROUP_EXERCISES[0];
if (!exercise) throw new Error('no shipped group exercises');

async function newRun(candidateIds = [samId, niaId]) {
  const res = await as(rae, 'POST', '/api/v1/group-runs', { exerciseKey: exercise?.key, candidateIds });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

const timeUp = (runId: number) =>
  t.ctx.db
    .updateTable('group_run')
    .set({ ends_at: new Date(Date.now() - 1000).toISOString() })
    .where('id', '=', runId)
    .execute();

beforeAll(async () => {
  t = await testApp();
  rae = await createUser(t, 'recruiter', 'Rae Recruiter');
  admin = await createUser(t, 'admin', 'Ada Admin');
  sam = await createUser(t, 'candidate', 'Sam Seeker');
  nia = await createUser(t, 'candidate', 'Nia Norris');
  outsider = await createUser(t, 'candidate', 'Oli Outside');
  samId = await record(rae, 'Sam Seeker', sam);
  niaId = await record(rae, 'Nia Norris', nia);
  await record(rae, 'Oli Outside', outsider);
  noAccountId = await record(rae, 'Pat Paper');
});
afterAll(async () => t?.close());

describe('the preparation checklist', () => {
  it('shows the guide and saves each tick for this seeker only', async () => {
    const key = GROUP_GUIDE.checklist[0]?.key as string;
    const first = await as(sam, 'GET', '/api/v1/me/group-prep');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().watchFor.length).toBe(GROUP_GUIDE.watchFor.length);
    expect(first.json().checklist.every((c: { ticked: boolean }) => !c.ticked)).toBe(true);

    const ticked = await as(sam, 'PUT', `/api/v1/me/group-prep/${key}`, { ticked: true });
    expect(ticked.statusCode, ticked.body).toBe(200);
    expect(ticked.json().checklist.find((c: { key: string }) => c.key === key).ticked).toBe(true);
    // Twice is fine; Nia's list is untouched.
    expect((await as(sam, 'PUT', `/api/v1/me/group-prep/${key}`, { ticked: true })).statusCode).toBe(200);
    const hers = (await as(nia, 'GET', '/api/v1/me/group-prep')).json();
    expect(hers.checklist.some((c: { ticked: boolean }) => c.ticked)).toBe(false);

    const off = await as(sam, 'PUT', `/api/v1/me/group-prep/${key}`, { ticked: false });
    expect(off.json().checklist.find((c: { key: string }) => c.key === key).ticked).toBe(false);
  });

  it('refuses unknown items, bad bodies and staff', async () => {
    const key = GROUP_GUIDE.checklist[0]?.key as string;
    const unknown = await as(sam, 'PUT', `/api/v1/me/group-prep/${encodeURIComponent("x' OR 1=1 --")}`, {
      ticked: true,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.key).toBeTruthy();
    expect((await as(sam, 'PUT', `/api/v1/me/group-prep/${key}`, { ticked: 'yes' })).statusCode).toBe(400);
    expect((await as(sam, 'PUT', `/api/v1/me/group-prep/${key}`, { ticked: true, x: 1 })).statusCode).toBe(
      400,
    );
    expect((await as(sam, 'PUT', `/api/v1/me/group-prep/${key}`, {})).statusCode).toBe(400);
    expect((await as(rae, 'GET', '/api/v1/me/group-prep')).statusCode).toBe(403);
    expect((await as(null, 'GET', '/api/v1/me/group-prep')).statusCode).toBe(401);
  });
});

describe('a group run', () => {
  it('lists the shipped exercises for staff only', async () => {
    const list = await as(rae, 'GET', '/api/v1/group-exercises');
    expect(list.statusCode).toBe(200);
    expect(list.json().map((e: { key: string }) => e.key)).toEqual(GROUP_EXERCISES.map((e) => e.key));
    expect((await as(sam, 'GET', '/api/v1/group-exercises')).statusCode).toBe(403);
  });

  it('runs from waiting to self-review, with notes private and names hidden from members', async () => {
    const id = await newRun();
    const waiting = await as(sam, 'GET', `/api/v1/me/group-runs/${id}`);
    expect(waiting.statusCode, waiting.body).toBe(200);
    expect(waiting.json()).toMatchObject({ state: 'waiting', brief: null, materials: null, members: 2 });
    expect(waiting.body).not.toContain('Nia');
    expect((await as(sam, 'GET', '/api/v1/me/group-runs')).json().map((r: { id: number }) => r.id)).toContain(
      id,
    );

    // Notes before the start are fine; a review is not.
    const notes = await as(sam, 'PUT', `/api/v1/me/group-runs/${id}/notes`, {
      notes: 'Sam’s secret plan <b>',
    });
    expect(notes.statusCode, notes.body).toBe(200);
    const early = await as(sam, 'PUT', `/api/v1/me/group-runs/${id}/review`, {
      selfReview: 'Fine',
      selfRating: 3,
    });
    expect(early.statusCode).toBe(409);

    const started = await as(rae, 'POST', `/api/v1/group-runs/${id}/start`);
    expect(started.statusCode, started.body).toBe(200);
    const s = started.json();
    expect(Date.parse(s.endsAt) - Date.parse(s.startedAt)).toBe(exercise.minutes * 60_000);
    expect((await as(rae, 'POST', `/api/v1/group-runs/${id}/start`)).statusCode).toBe(409);

    const running = (await as(nia, 'GET', `/api/v1/me/group-runs/${id}`)).json();
    expect(running).toMatchObject({
      state: 'running',
      brief: exercise.brief,
      notes: '',
      startedAt: s.startedAt,
    });
    expect(running.materials).toEqual(exercise.materials);
    expect(Math.abs(Date.parse(running.now) - Date.now())).toBeLessThan(5000);
    expect(JSON.stringify(running)).not.toContain('secret plan');
    expect((await as(sam, 'GET', `/api/v1/me/group-runs/${id}`)).json().notes).toBe('Sam’s secret plan <b>');

    await timeUp(id);
    const review = await as(sam, 'PUT', `/api/v1/me/group-runs/${id}/review`, {
      selfReview: '  I kept time and brought Nia in.  ',
      selfRating: 4,
    });
    expect(review.statusCode, review.body).toBe(200);
    expect(review.json()).toMatchObject({
      state: 'time-up',
      selfReview: 'I kept time and brought Nia in.',
      selfRating: 4,
    });

    const staff = await as(rae, 'GET', `/api/v1/group-runs/${id}`);
    expect(staff.statusCode).toBe(200);
    expect(staff.body).not.toContain('secret plan');
    expect(staff.json().members).toEqual([
      expect.objectContaining({ name: 'Nia Norris', selfReview: '', selfRating: null }),
      expect.objectContaining({
        name: 'Sam Seeker',
        selfReview: 'I kept time and brought Nia in.',
        selfRating: 4,
      }),
    ]);
    const list = (await as(rae, 'GET', '/api/v1/group-runs')).json();
    expect(list.find((r: { id: number }) => r.id === id)).toMatchObject({
      members: 2,
      reviews: 1,
      state: 'time-up',
    });

    const finished = await as(rae, 'POST', `/api/v1/group-runs/${id}/finish`);
    expect(finished.json().state).toBe('finished');
    expect((await as(rae, 'POST', `/api/v1/group-runs/${id}/finish`)).statusCode).toBe(409);
    expect((await as(sam, 'PUT', `/api/v1/me/group-runs/${id}/notes`, { notes: 'late' })).statusCode).toBe(
      409,
    );
  });

  it('is a 404 for a seeker who is not in it, and 403 for a seeker on staff routes', async () => {
    const id = await newRun();
    for (const [method, url, body] of [
      ['GET', `/api/v1/me/group-runs/${id}`, undefined],
      ['PUT', `/api/v1/me/group-runs/${id}/notes`, { notes: 'mine' }],
      ['PUT', `/api/v1/me/group-runs/${id}/review`, { selfReview: 'x', selfRating: 3 }],
    ] as const)
      expect((await as(outsider, method, url, body)).statusCode).toBe(404);
    expect((await as(outsider, 'GET', '/api/v1/me/group-runs')).json()).toEqual([]);
    expect((await as(sam, 'GET', `/api/v1/group-runs/${id}`)).statusCode).toBe(403);
    expect((await as(sam, 'POST', `/api/v1/group-runs/${id}/start`)).statusCode).toBe(403);
    expect((await as(rae, 'GET', '/api/v1/group-runs/999999')).statusCode).toBe(404);
  });

  it('rejects bad input with a clear 400 and changes nothing', async () => {
    const before = (await as(rae, 'GET', '/api/v1/group-runs')).json().length;
    const post = (body: unknown) => as(rae, 'POST', '/api/v1/group-runs', body);
    expect(
      (await post({ exerciseKey: 'no-such', candidateIds: [samId, niaId] })).json().error.fields,
    ).toHaveProperty('exerciseKey');
    expect((await post({ exerciseKey: exercise.key, candidateIds: [samId] })).statusCode).toBe(400);
    expect((await post({ exerciseKey: exercise.key, candidateIds: [samId, samId] })).statusCode).toBe(400);
    expect((await post({ exerciseKey: exercise.key, candidateIds: Array(13).fill(samId) })).statusCode).toBe(
      400,
    );
    expect((await post({ exerciseKey: exercise.key, candidateIds: ['1', '2'] })).statusCode).toBe(400);
    expect(
      (await post({ exerciseKey: exercise.key, candidateIds: [samId, niaId], extra: true })).statusCode,
    ).toBe(400);
    const paper = await post({ exerciseKey: exercise.key, candidateIds: [samId, noAccountId] });
    expect(paper.statusCode).toBe(400);
    expect(paper.json().error.message).toContain('Pat Paper has no portal account');
    expect((await post({ exerciseKey: exercise.key, candidateIds: [samId, 999999] })).statusCode).toBe(404);
    expect((await as(rae, 'GET', '/api/v1/group-runs')).json().length).toBe(before);

    const id = await newRun();
    const put = (path: string, body: unknown) => as(sam, 'PUT', `/api/v1/me/group-runs/${id}/${path}`, body);
    expect((await put('notes', { notes: 'x'.repeat(20_001) })).statusCode).toBe(400);
    expect((await put('notes', { notes: 42 })).statusCode).toBe(400);
    await as(rae, 'POST', `/api/v1/group-runs/${id}/start`);
    await timeUp(id);
    for (const body of [
      { selfReview: 'ok', selfRating: 6 },
      { selfReview: 'ok', selfRating: 2.5 },
      { selfReview: '   ', selfRating: 3 },
      { selfReview: 'ok' },
    ]) {
      const res = await put('review', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await as(sam, 'GET', '/api/v1/me/group-runs/abc')).statusCode).toBe(400);
    expect((await as(sam, 'GET', `/api/v1/me/group-runs/${id}`)).json()).toMatchObject({
      reviewedAt: null,
      notes: '',
    });
  });

  it('keeps a recruiter limited to their own records to their own candidates and runs', async () => {
    const rae2 = await createUser(t, 'recruiter', 'Ravi Other');
    const mine = await record(rae2, 'Mo Mine', await createUser(t, 'candidate', 'Mo Mine'));
    const raeRun = await newRun();
    await as(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'own-only' });
    try {
      const theirs = await as(rae2, 'POST', '/api/v1/group-runs', {
        exerciseKey: exercise.key,
        candidateIds: [mine, samId],
      });
      expect(theirs.statusCode).toBe(404);
      expect((await as(rae2, 'GET', `/api/v1/group-runs/${raeRun}`)).statusCode).toBe(404);
      expect((await as(rae2, 'POST', `/api/v1/group-runs/${raeRun}/start`)).statusCode).toBe(404);
      expect((await as(rae2, 'GET', '/api/v1/group-runs')).json()).toEqual([]);
      expect((await as(admin, 'GET', `/api/v1/group-runs/${raeRun}`)).statusCode).toBe(200);
    } finally {
      await as(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'all' });
    }
  });
});

describe('merging candidate records', () => {
  it('follows the merge and keeps one membership when both records were in the run', async () => {
    const kept = await record(rae, 'Kim Kept', await createUser(t, 'candidate', 'Kim Kept'));
    const dupUser = await createUser(t, 'candidate', 'Kim Dup');
    const dup = await record(rae, 'Kim Kept', dupUser);
    const both = await newRun([kept, dup, samId]);
    const onlyDup = await newRun([dup, niaId]);
    await as(dupUser, 'PUT', `/api/v1/me/group-runs/${both}/notes`, { notes: 'from the duplicate' });
    // Two portal accounts cannot merge; the duplicate lets go of its sign-in first, as staff would arrange.
    await t.ctx.db.updateTable('candidate').set({ user_id: null }).where('id', '=', dup).execute();
    const merged = await as(rae, 'POST', `/api/v1/candidates/${kept}/merge`, { otherId: dup });
    expect(merged.statusCode, merged.body).toBe(200);
    const rows = await t.ctx.db
      .selectFrom('group_run_member')
      .select(['run_id', 'candidate_id', 'notes'])
      .where('run_id', 'in', [both, onlyDup])
      .orderBy('run_id')
      .orderBy('candidate_id')
      .execute();
    expect(rows.filter((r) => r.candidate_id === dup)).toEqual([]);
    expect(rows.filter((r) => r.candidate_id === kept)).toEqual([
      { run_id: both, candidate_id: kept, notes: 'from the duplicate' },
      { run_id: onlyDup, candidate_id: kept, notes: '' },
    ]);
  });
});
