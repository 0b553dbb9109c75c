import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../testing/harness.ts';
import { type Desk, setupDesk } from '../notes/fixture.ts';

// Rita owns Sam's record (Sam has a portal account); Ben owns Olive's.
let d: Desk;
let questions: number[];
let retired: number;
beforeAll(async () => {
  d = await setupDesk();
  const rows = await d.t.ctx.db
    .selectFrom('question')
    .select('id')
    .where('retired_at', 'is', null)
    .orderBy('id')
    .limit(4)
    .execute();
  questions = rows.slice(0, 3).map((r) => r.id);
  retired = rows[3]?.id ?? 0;
  expect((await d.call('POST', `/api/v1/questions/${retired}/retire`, d.admin)).statusCode).toBe(200);
});
afterAll(async () => d?.t.close());
afterEach(async () => d.setAccess('all'));

const create = (who: TestUser, candidateId: number, payload: unknown) =>
  d.call(
    'POST',
    `/api/v1/candidates/${candidateId}/mock-interviews`,
    who,
    payload as Record<string, unknown>,
  );
const score = (who: TestUser, id: number, position: number, payload: unknown) =>
  d.call('PUT', `/api/v1/mock-interviews/${id}/answers/${position}`, who, payload as Record<string, unknown>);
const good = { structure: 4, relevance: 5, evidence: 2, delivery: 3, comment: 'Good shape; add numbers.' };

async function newMock(who = d.rita, candidateId = d.ritas.candidateId, ids = questions) {
  const res = await create(who, candidateId, {
    title: 'Practice for the bank teller role',
    questionIds: ids,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; answers: { position: number; question: { id: number } }[] };
}

const mockCount = async () =>
  Number(
    (
      await d.t.ctx.db
        .selectFrom('mock_interview')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('mock interviews', () => {
  it('creates, scores, writes feedback and shares; the candidate reads it', async () => {
    const m = await newMock();
    expect(m.answers.map((a) => a.question.id)).toEqual(questions);
    const list = await d.call('GET', `/api/v1/candidates/${d.ritas.candidateId}/mock-interviews`, d.rita);
    expect(list.json()).toMatchObject([{ id: m.id, questions: 3, overall: null, sharedAt: null }]);

    // Not ready to share: nothing scored.
    const early = await d.call('POST', `/api/v1/mock-interviews/${m.id}/share`, d.rita);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('not_scored');
    // The seeker sees nothing unshared.
    expect((await d.call('GET', '/api/v1/me/mock-interviews', d.seeker)).json()).toEqual([]);
    expect((await d.call('GET', `/api/v1/me/mock-interviews/${m.id}`, d.seeker)).statusCode).toBe(404);

    for (const position of [1, 2, 3]) {
      const res = await score(d.rita, m.id, position, { ...good, delivery: position + 1 });
      expect(res.statusCode, res.body).toBe(200);
    }
    const scored = (await d.call('GET', `/api/v1/mock-interviews/${m.id}`, d.rita)).json();
    expect(scored.answers[0]).toMatchObject({
      scores: { structure: 4, relevance: 5, evidence: 2, delivery: 2 },
      comment: 'Good shape; add numbers.',
    });
    expect(scored.rubric).toMatchObject({ scored: 3, total: 3, weakest: { criterion: 'evidence' } });
    expect(scored.rubric.averages).toEqual({ structure: 4, relevance: 5, evidence: 2, delivery: 3 });

    expect((await d.call('POST', `/api/v1/mock-interviews/${m.id}/share`, d.rita)).json().error.code).toBe(
      'no_feedback',
    );
    const fb = await d.call('PUT', `/api/v1/mock-interviews/${m.id}/feedback`, d.rita, {
      feedback: '  Strong openings. Bring one number to every story.  ',
    });
    expect(fb.statusCode, fb.body).toBe(200);
    expect(fb.json().feedback).toBe('Strong openings. Bring one number to every story.');

    const shared = await d.call('POST', `/api/v1/mock-interviews/${m.id}/share`, d.rita);
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json()).toMatchObject({ canChange: false });
    expect(shared.json().sharedAt).toEqual(expect.any(String));
    const timeline = (
      await d.call('GET', `/api/v1/candidates/${d.ritas.candidateId}/activity`, d.rita)
    ).json();
    expect(timeline.entries[0].summary).toBe(
      'Mock interview feedback shared: Practice for the bank teller role',
    );
    // Shared means final.
    const late = await score(d.rita, m.id, 1, good);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('already_shared');

    const mine = await d.call('GET', '/api/v1/me/mock-interviews', d.seeker);
    expect(mine.json()).toMatchObject([
      { id: m.id, interviewerName: 'Rita Recruiter', questions: 3, overall: 3.5 },
    ]);
    const read = await d.call('GET', `/api/v1/me/mock-interviews/${m.id}`, d.seeker);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({
      feedback: 'Strong openings. Bring one number to every story.',
      interviewerName: 'Rita Recruiter',
      rubric: { overall: 3.5, weakest: { criterion: 'evidence' } },
    });
    expect(read.json().answers).toHaveLength(3);
    expect(read.body).not.toContain(d.rita.email);
    expect(read.body).not.toContain(d.rita.id);
    // Another seeker, and staff routes for a seeker, see nothing.
    expect((await d.call('GET', `/api/v1/me/mock-interviews/${m.id}`, d.otherSeeker)).statusCode).toBe(404);
    expect((await d.call('GET', '/api/v1/me/mock-interviews', d.otherSeeker)).json()).toEqual([]);
    expect((await d.call('GET', `/api/v1/mock-interviews/${m.id}`, d.seeker)).statusCode).toBe(403);
  });

  it('rejects bad scores and unknown positions, changing nothing', async () => {
    const m = await newMock();
    for (const bad of [0, 6, 'x', 2.5, null]) {
      const res = await score(d.rita, m.id, 1, { ...good, evidence: bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().error.fields.evidence).toBe('Choose a score from 1 to 5');
    }
    const missing = await score(d.rita, m.id, 1, { structure: 3, relevance: 3, evidence: 3 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toHaveProperty('delivery');
    expect((await score(d.rita, m.id, 1, { ...good, extra: 1 })).statusCode).toBe(400);
    expect((await score(d.rita, m.id, 4, good)).statusCode).toBe(404);
    expect((await score(d.rita, m.id, 99, good)).statusCode).toBe(400);
    expect((await score(d.rita, 2 ** 31 - 1, 1, good)).statusCode).toBe(404);
    const after = (await d.call('GET', `/api/v1/mock-interviews/${m.id}`, d.rita)).json();
    expect(after.answers[0].scores).toEqual({
      structure: null,
      relevance: null,
      evidence: null,
      delivery: null,
    });
    const hostile = await d.call('PUT', `/api/v1/mock-interviews/${m.id}/feedback`, d.rita, { feedback: 42 });
    expect(hostile.statusCode).toBe(400);
    const text = `<script>alert(1)</script> ' OR 1=1 -- "NEAR(*`;
    const saved = await d.call('PUT', `/api/v1/mock-interviews/${m.id}/feedback`, d.rita, { feedback: text });
    expect(saved.json().feedback).toBe(text);
  });

  it('rejects unknown, retired, repeated and too many questions with a field error', async () => {
    const before = await mockCount();
    const cases: [unknown, string][] = [
      [[...questions, 2 ** 31 - 2], 'questionIds'],
      [[retired], 'questionIds'],
      [[questions[0], questions[0]], 'questionIds'],
      [[], 'questionIds'],
      [Array.from({ length: 16 }, (_, i) => i + 1), 'questionIds'],
      [['1'], 'questionIds.0'],
    ];
    for (const [questionIds, field] of cases) {
      const res = await create(d.rita, d.ritas.candidateId, { title: 'Bad', questionIds });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields, res.body).toHaveProperty([field]);
    }
    const unknown = await create(d.rita, d.ritas.candidateId, {
      title: 'Bad',
      questionIds: [questions[0], 2 ** 31 - 2],
    });
    expect(unknown.json().error.fields.questionIds).toContain(String(2 ** 31 - 2));
    const noTitle = await create(d.rita, d.ritas.candidateId, { title: '  ', questionIds: questions });
    expect(noTitle.json().error.fields).toHaveProperty('title');
    expect((await create(d.rita, 2 ** 31 - 1, { title: 'x', questionIds: questions })).statusCode).toBe(404);
    expect(await mockCount()).toBe(before);
  });

  it('follows the candidate owner: hidden under own-only, read-only under own-read-only', async () => {
    const m = await newMock(d.ben, d.bens.candidateId);
    await d.setAccess('own-only');
    expect((await d.call('GET', `/api/v1/mock-interviews/${m.id}`, d.rita)).statusCode).toBe(404);
    expect(
      (await d.call('GET', `/api/v1/candidates/${d.bens.candidateId}/mock-interviews`, d.rita)).statusCode,
    ).toBe(404);
    expect((await score(d.rita, m.id, 1, good)).statusCode).toBe(404);
    expect(
      (await create(d.rita, d.bens.candidateId, { title: 'x', questionIds: questions })).statusCode,
    ).toBe(404);
    expect((await d.call('GET', `/api/v1/mock-interviews/${m.id}`, d.admin)).statusCode).toBe(200);
    await d.setAccess('own-read-only');
    const read = await d.call('GET', `/api/v1/mock-interviews/${m.id}`, d.rita);
    expect(read.statusCode).toBe(200);
    expect(read.json().canChange).toBe(false);
    expect((await score(d.rita, m.id, 1, good)).statusCode).toBe(403);
    expect((await d.call('POST', `/api/v1/mock-interviews/${m.id}/share`, d.rita)).statusCode).toBe(403);
    expect((await score(d.ben, m.id, 1, good)).statusCode).toBe(200);
  });

  it('moves with the record when duplicate candidates are merged', async () => {
    const dup = (
      await d.call('POST', '/api/v1/candidates', d.rita, {
        name: 'Sam Seeker',
        ownerId: d.rita.id,
        source: 'sourced',
      })
    ).json().candidate.id as number;
    const m = await newMock(d.rita, dup);
    const merged = await d.call('POST', `/api/v1/candidates/${d.ritas.candidateId}/merge`, d.rita, {
      otherId: dup,
    });
    expect(merged.statusCode, merged.body).toBeLessThan(300);
    const got = (await d.call('GET', `/api/v1/mock-interviews/${m.id}`, d.rita)).json();
    expect(got.candidate.id).toBe(d.ritas.candidateId);
  });
});
