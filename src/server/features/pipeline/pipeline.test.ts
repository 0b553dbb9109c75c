import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stage } from '../../../shared/pipeline.ts';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';

let b: Board;
let admin: TestUser;
let other: TestUser;
let stages: Stage[];

const as = (user: TestUser, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user.cookie, payload: payload as Record<string, unknown> });
const stageId = (key: string) => {
  const found = stages.find((s) => s.name === key);
  if (!found) throw new Error(`no stage ${key}`);
  return found.id;
};
async function newCandidate(name: string, owner: TestUser | null = null) {
  const res = await as(b.recruiter, 'POST', '/api/v1/candidates', {
    name,
    source: 'sourced',
    ownerId: owner?.id ?? null,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().candidate.id as number;
}
async function submit(candidateId: number, openingId: number, by = b.recruiter) {
  const res = await as(by, 'POST', '/api/v1/applications', { candidateId, openingId });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}
const move = (id: number, stage: string, note = '', by = b.recruiter) =>
  as(by, 'POST', `/api/v1/applications/${id}/moves`, { stageId: stageId(stage), note });

beforeAll(async () => {
  b = await setupBoard();
  admin = await createUser(b.t, 'admin', 'Ada Admin');
  other = await createUser(b.t, 'recruiter', 'Otto Other');
  stages = (await as(b.recruiter, 'GET', '/api/v1/stages')).json();
});
afterAll(async () => b?.t.close());

describe('stages', () => {
  it('ships the default pipeline in order', () => {
    expect(stages.map((s) => [s.name, s.kind])).toEqual([
      ['Applied', 'active'],
      ['Screening', 'active'],
      ['Submitted to client', 'active'],
      ['Interviewing', 'active'],
      ['Offer', 'active'],
      ['Placed', 'placed'],
      ['Rejected by client', 'closed'],
      ['Withdrawn by candidate', 'closed'],
      ['Not selected', 'closed'],
      ['No response', 'closed'],
    ]);
  });

  it('lets only admins change stages, and keeps the pipeline workable', async () => {
    const input = {
      name: 'Reference check',
      kind: 'active',
      seekerLabel: 'Checking references',
      seekerNext: '',
    };
    expect((await as(b.recruiter, 'POST', '/api/v1/stages', input)).statusCode).toBe(403);
    expect(
      (await as(admin, 'POST', '/api/v1/stages', { ...input, name: '' })).json().error.fields,
    ).toHaveProperty('name');
    const added = await as(admin, 'POST', '/api/v1/stages', input);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().position).toBeGreaterThan(Math.max(...stages.map((s) => s.position)));

    // The only placed stage cannot be retired or turned into something else.
    const placed = stageId('Placed');
    const retire = await as(admin, 'POST', `/api/v1/stages/${placed}/retire`);
    expect(retire.statusCode).toBe(409);
    expect(retire.json().error.message).toMatch(/placed stage/);
    const recast = await as(admin, 'PUT', `/api/v1/stages/${placed}`, {
      name: 'Placed',
      kind: 'active',
      seekerLabel: 'Hired',
    });
    expect(recast.statusCode).toBe(409);

    // Reorder: every stage exactly once.
    const ids = [...stages.map((s) => s.id), added.json().id];
    const swapped = [ids[1], ids[0], ...ids.slice(2)];
    expect((await as(admin, 'PUT', '/api/v1/stages/order', { ids: ids.slice(1) })).statusCode).toBe(409);
    const reordered = await as(admin, 'PUT', '/api/v1/stages/order', { ids: swapped });
    expect(reordered.json().map((s: Stage) => s.id)).toEqual(swapped);
    await as(admin, 'PUT', '/api/v1/stages/order', { ids });
    await as(admin, 'POST', `/api/v1/stages/${added.json().id}/retire`);
    stages = (await as(b.recruiter, 'GET', '/api/v1/stages')).json();
  });
});

describe('moving applications', () => {
  it('records every move with who, when and a note, and shows the history', async () => {
    const opening = await b.createOpening({ title: 'Teller', positions: 2 });
    const id = await submit(await newCandidate('Mo Move'), opening.id);
    expect((await move(id, 'Screening', 'Called, keen')).statusCode).toBe(200);
    const res = await move(id, 'Submitted to client');
    expect(res.json()).toMatchObject({
      application: { stage: { name: 'Submitted to client' } },
      positionsLeft: 2,
    });
    const detail = (await as(b.recruiter, 'GET', `/api/v1/applications/${id}`)).json();
    expect(detail.canChange).toBe(true);
    expect(
      detail.history.map((h: { from: { name: string } | null; to: { name: string } }) => [
        h.from?.name ?? null,
        h.to.name,
      ]),
    ).toEqual([
      [null, 'Applied'],
      ['Applied', 'Screening'],
      ['Screening', 'Submitted to client'],
    ]);
    expect(detail.history[1]).toMatchObject({ note: 'Called, keen', by: { id: b.recruiter.id } });
    const activity = (
      await as(b.recruiter, 'GET', `/api/v1/candidates/${detail.application.candidateId}/activity`)
    ).json();
    expect(activity.entries.map((e: { kind: string }) => e.kind)).toEqual([
      'stage',
      'stage',
      'application',
      'candidate',
    ]);
  });

  it('refuses a bad move and changes nothing', async () => {
    const opening = await b.createOpening({ title: 'Clerk' });
    const id = await submit(await newCandidate('Bea Bad'), opening.id);
    expect((await move(id, 'Applied')).json().error.code).toBe('same_stage');
    const unknown = await as(b.recruiter, 'POST', `/api/v1/applications/${id}/moves`, { stageId: 999999 });
    expect(unknown.statusCode).toBe(409);
    const retired = stages.find((s) => s.retired);
    expect(retired).toBeDefined();
    expect(
      (await as(b.recruiter, 'POST', `/api/v1/applications/${id}/moves`, { stageId: retired?.id })).json()
        .error.code,
    ).toBe('stage_retired');
    expect(
      (await as(b.recruiter, 'POST', `/api/v1/applications/${id}/moves`, { stageId: 'x' })).statusCode,
    ).toBe(400);
    expect(
      (await as(b.recruiter, 'POST', '/api/v1/applications/99999/moves', { stageId: stageId('Offer') }))
        .statusCode,
    ).toBe(404);
    const detail = (await as(b.recruiter, 'GET', `/api/v1/applications/${id}`)).json();
    expect(detail.application.stage.name).toBe('Applied');
    expect(detail.history).toHaveLength(1);
  });

  it('fills positions on placement and offers to close the opening at the last one', async () => {
    const opening = await b.createOpening({ title: 'Analyst', positions: 2 });
    const [a1, a2, a3] = [
      await submit(await newCandidate('Pat One'), opening.id),
      await submit(await newCandidate('Pat Two'), opening.id),
      await submit(await newCandidate('Pat Three'), opening.id),
    ];
    const first = (await move(a1 as number, 'Placed')).json();
    expect(first).toMatchObject({ positionsLeft: 1, offerClose: false });
    const second = (await move(a2 as number, 'Placed')).json();
    expect(second).toMatchObject({ positionsLeft: 0, offerClose: true });
    const third = await move(a3 as number, 'Placed');
    expect(third.statusCode).toBe(409);
    expect(third.json().error.code).toBe('positions_filled');
    expect((await as(b.recruiter, 'GET', `/api/v1/openings/${opening.id}`)).json()).toMatchObject({
      positions: 2,
      positionsFilled: 2,
    });
    // Moving someone out of Placed opens the position again.
    expect((await move(a2 as number, 'Withdrawn by candidate')).json().positionsLeft).toBe(1);
  });

  it('moves a selection all together or not at all', async () => {
    const opening = await b.createOpening({ title: 'Porter', positions: 1 });
    const ids = [
      await submit(await newCandidate('Bulk A'), opening.id),
      await submit(await newCandidate('Bulk B'), opening.id),
    ];
    const ok = await as(b.recruiter, 'POST', '/api/v1/applications/moves', {
      applicationIds: ids,
      stageId: stageId('Screening'),
    });
    expect(ok.json().moved).toEqual(ids);
    // Two placements into one position: the second fails, so neither moves.
    const tooMany = await as(b.recruiter, 'POST', '/api/v1/applications/moves', {
      applicationIds: ids,
      stageId: stageId('Placed'),
    });
    expect(tooMany.statusCode).toBe(409);
    for (const id of ids)
      expect((await as(b.recruiter, 'GET', `/api/v1/applications/${id}`)).json().application.stage.name).toBe(
        'Screening',
      );
    expect(
      (
        await as(b.recruiter, 'POST', '/api/v1/applications/moves', {
          applicationIds: [],
          stageId: stageId('Offer'),
        })
      ).statusCode,
    ).toBe(400);
  });

  it('shows the board with counts and filters', async () => {
    const opening = await b.createOpening({ title: 'Board Test Role' });
    const id = await submit(await newCandidate('Cara Card'), opening.id);
    await move(id, 'Interviewing');
    const board = (await as(b.recruiter, 'GET', `/api/v1/board?openingId=${opening.id}`)).json();
    const column = board.columns.find((c: { stage: Stage }) => c.stage.name === 'Interviewing');
    expect(column.total).toBe(1);
    expect(column.cards[0]).toMatchObject({ applicationId: id, candidateName: 'Cara Card' });
    expect(board.columns.some((c: { stage: Stage }) => c.stage.kind === 'closed')).toBe(false);
    const withClosed = (
      await as(b.recruiter, 'GET', `/api/v1/board?openingId=${opening.id}&closed=true`)
    ).json();
    expect(withClosed.columns.some((c: { stage: Stage }) => c.stage.kind === 'closed')).toBe(true);
    expect((await as(b.recruiter, 'GET', '/api/v1/board?openingId=abc')).statusCode).toBe(400);
    // Candidate search by stage.
    const found = (
      await as(b.recruiter, 'GET', `/api/v1/candidates?stage=${stageId('Interviewing')}&q=cara`)
    ).json();
    expect(found.results.map((c: { name: string }) => c.name)).toEqual(['Cara Card']);
  });

  it('submits each candidate to an opening once, and only to open ones', async () => {
    const opening = await b.createOpening({ title: 'Once Role' });
    const candidateId = await newCandidate('Olga Once');
    await submit(candidateId, opening.id);
    const again = await as(b.recruiter, 'POST', '/api/v1/applications', {
      candidateId,
      openingId: opening.id,
    });
    expect(again.statusCode).toBe(409);
    const closed = await b.createOpening({ title: 'Closed Role', status: 'closed' });
    expect(
      (await as(b.recruiter, 'POST', '/api/v1/applications', { candidateId, openingId: closed.id }))
        .statusCode,
    ).toBe(409);
    const missing = await as(b.recruiter, 'POST', '/api/v1/applications', {
      candidateId: 99999,
      openingId: opening.id,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toHaveProperty('candidateId');
    expect(
      (await as(b.candidate, 'POST', '/api/v1/applications', { candidateId, openingId: opening.id }))
        .statusCode,
    ).toBe(403);
  });
});

describe('the job seeker', () => {
  it('follows their application in plain words and never sees staff stage names or notes', async () => {
    const opening = await b.createOpening({ title: 'Seeker Role' });
    const applied = await request(b.t, {
      method: 'POST',
      url: `/api/v1/jobs/${opening.slug}/applications`,
      cookie: b.candidate.cookie,
      payload: { coverNote: 'Hello' },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const id = applied.json().id as number;
    await move(id, 'Submitted to client', 'INTERNAL: client is picky');
    await b.t.ctx.db
      .insertInto('note')
      .values([
        {
          subject_type: 'application',
          subject_id: id,
          body: 'Shared: good luck!',
          visibility: 'shared',
          author_id: b.recruiter.id,
        },
        {
          subject_type: 'application',
          subject_id: id,
          body: 'INTERNAL gossip',
          visibility: 'internal',
          author_id: b.recruiter.id,
        },
      ])
      .execute();
    const mine = await as(b.candidate, 'GET', `/api/v1/me/applications/${id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      stage: { label: 'Sent to the employer', kind: 'active' },
      history: [{ label: 'Received' }, { label: 'Sent to the employer' }],
      notes: [{ body: 'Shared: good luck!' }],
    });
    expect(mine.body).not.toMatch(/INTERNAL|Submitted to client/);
    const list = await as(b.candidate, 'GET', '/api/v1/me/applications');
    expect(list.json().map((a: { id: number }) => a.id)).toContain(id);
    expect(list.body).not.toMatch(/INTERNAL/);

    // Another seeker sees nothing of it; staff endpoints are closed to seekers.
    const stranger = await createUser(b.t, 'candidate');
    expect((await as(stranger, 'GET', `/api/v1/me/applications/${id}`)).statusCode).toBe(404);
    expect((await as(stranger, 'GET', '/api/v1/me/applications')).json()).toEqual([]);
    expect((await as(b.candidate, 'GET', `/api/v1/applications/${id}`)).statusCode).toBe(403);
    expect((await as(b.candidate, 'GET', '/api/v1/board')).statusCode).toBe(403);
  });
});

describe('recruiter access rules', () => {
  it('hides or locks other recruiters’ records when an admin says so', async () => {
    const mine = await newCandidate('Mine Only', b.recruiter);
    const theirs = await newCandidate('Theirs Only', other);
    const opening = await b.createOpening({ title: 'Scoped Role', ownerId: other.id });
    const theirApp = await submit(theirs, opening.id, other);

    expect(
      (await as(b.recruiter, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'own-only' })).statusCode,
    ).toBe(403);
    expect((await as(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'nope' })).statusCode).toBe(
      400,
    );

    await as(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'own-read-only' });
    expect((await as(b.recruiter, 'GET', `/api/v1/candidates/${theirs}`)).statusCode).toBe(200);
    expect((await move(theirApp, 'Screening')).statusCode).toBe(403);
    const edit = await as(b.recruiter, 'PUT', `/api/v1/candidates/${theirs}`, {
      name: 'Renamed',
      source: 'sourced',
    });
    expect(edit.statusCode).toBe(403);
    expect((await as(b.recruiter, 'GET', `/api/v1/applications/${theirApp}`)).json().canChange).toBe(false);

    await as(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'own-only' });
    expect((await as(b.recruiter, 'GET', `/api/v1/candidates/${theirs}`)).statusCode).toBe(404);
    expect((await as(b.recruiter, 'GET', `/api/v1/candidates/${mine}`)).statusCode).toBe(200);
    expect((await as(b.recruiter, 'GET', `/api/v1/applications/${theirApp}`)).statusCode).toBe(404);
    expect((await as(b.recruiter, 'GET', `/api/v1/openings/${opening.id}`)).statusCode).toBe(404);
    expect((await as(b.recruiter, 'GET', `/api/v1/candidates/${theirs}/activity`)).statusCode).toBe(404);
    const names = (await as(b.recruiter, 'GET', '/api/v1/candidates?q=only'))
      .json()
      .results.map((c: { name: string }) => c.name);
    expect(names).toEqual(['Mine Only']);
    const board = (await as(b.recruiter, 'GET', '/api/v1/board')).json();
    const cards = board.columns.flatMap((c: { cards: { applicationId: number }[] }) =>
      c.cards.map((x) => x.applicationId),
    );
    expect(cards).not.toContain(theirApp);
    // Admins and the owner still see everything that is theirs.
    expect((await as(admin, 'GET', `/api/v1/applications/${theirApp}`)).statusCode).toBe(200);
    expect((await move(theirApp, 'Screening', '', other)).statusCode).toBe(200);
    await as(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'all' });
  });
});
