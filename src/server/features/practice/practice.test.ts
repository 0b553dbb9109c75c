import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONS_PER_PAGE } from '../../../shared/practice-api.ts';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { addApplicant, future, INTERVIEW_BASICS } from '../interviews/fixture.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';
import { recordSighting, sightingsByCompany } from './bank-queries.ts';
import { seedQuestionBank } from './bank-seed.ts';
import { BANK } from './content/index.ts';

// The question bank, prepared answers and practice sessions over HTTP: what a seeker can see
// and change is their own; staff curate the bank and read only what seekers share.

let b: Board;
let sam: TestUser;
let nia: TestUser;
let admin: TestUser;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });

async function firstQuestion(query: string, who = sam) {
  const res = await as(who, 'GET', `/api/v1/questions?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const item = res.json().items[0];
  if (!item) throw new Error(`no question for ${query}`);
  return item as { id: number; text: string; category: string };
}

beforeAll(async () => {
  b = await setupBoard();
  sam = b.candidate;
  nia = await createUser(b.t, 'candidate', 'Nia Other');
  admin = await createUser(b.t, 'admin', 'Ada Admin');
});
afterAll(async () => b?.t.close());

describe('the question bank', () => {
  it('ships at least 200 questions, 8 or more for every field, seeded once', async () => {
    const all = await as(sam, 'GET', '/api/v1/questions');
    expect(all.json().total).toBe(BANK.length);
    expect(BANK.length).toBeGreaterThanOrEqual(200);
    expect(new Set(BANK.map((q) => q.key)).size).toBe(BANK.length);
    for (const field of ['Software', 'Hospitality', 'Skilled trades']) {
      const res = await as(
        sam,
        'GET',
        `/api/v1/questions?field=${encodeURIComponent(field)}&category=field-specific`,
      );
      expect(res.json().total, field).toBeGreaterThanOrEqual(8);
    }
    expect(await seedQuestionBank(b.t.ctx.db)).toBe(0);
    expect(all.json().items).toHaveLength(QUESTIONS_PER_PAGE);
  });

  it('searches words anywhere in the text, and filters by category and difficulty', async () => {
    const res = await as(sam, 'GET', '/api/v1/questions?q=SALARY%20expect&category=salary-notice');
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBeGreaterThan(0);
    for (const q of res.json().items) {
      expect(q.text.toLowerCase()).toContain('salary');
      expect(q.category).toBe('salary-notice');
    }
    // LIKE's wildcards are taken literally: "a%b" would otherwise match most of the bank.
    const literal = await as(sam, 'GET', '/api/v1/questions?q=a%25b');
    expect(literal.json().total).toBe(0);
    const hard = await as(sam, 'GET', '/api/v1/questions?difficulty=hard');
    expect(hard.json().items.every((q: { difficulty: string }) => q.difficulty === 'hard')).toBe(true);
    const bad = await as(sam, 'GET', '/api/v1/questions?category=gossip&page=0');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['category', 'page']);
  });

  it('lets staff add a company question, edit and retire it; seekers never see retired ones', async () => {
    const body = {
      text: 'How would you handle a queue of forty customers at our branch on a Monday morning?',
      category: 'situational',
      difficulty: 'medium',
      fields: ['Customer service'],
      lookingFor: 'Calm prioritising.',
      guide: 'Say what you would do first.',
      companyId: b.companyId,
    };
    expect((await as(sam, 'POST', '/api/v1/questions', body)).statusCode).toBe(403);
    const bad = await as(b.recruiter, 'POST', '/api/v1/questions', {
      ...body,
      text: 'Why?',
      companyId: 999_999,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('text');
    const noCompany = await as(b.recruiter, 'POST', '/api/v1/questions', { ...body, companyId: 999_999 });
    expect(noCompany.json().error.fields).toEqual({ companyId: 'Choose a client company' });
    const made = await as(b.recruiter, 'POST', '/api/v1/questions', body);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      source: 'agency',
      company: { id: b.companyId },
      fields: ['Customer service'],
    });
    const id = made.json().id as number;
    const byCompany = await as(sam, 'GET', `/api/v1/questions?companyId=${b.companyId}`);
    expect(byCompany.json().items.map((q: { id: number }) => q.id)).toEqual([id]);

    const edited = await as(b.recruiter, 'PUT', `/api/v1/questions/${id}`, {
      ...body,
      difficulty: 'hard',
      fields: [],
    });
    expect(edited.json()).toMatchObject({ difficulty: 'hard', fields: [] });
    await as(b.recruiter, 'POST', `/api/v1/questions/${id}/retire`);
    expect((await as(sam, 'GET', `/api/v1/questions/${id}`)).statusCode).toBe(404);
    expect(
      (await as(sam, 'GET', `/api/v1/questions?companyId=${b.companyId}&retired=true`)).json().total,
    ).toBe(0);
    const staffView = await as(b.recruiter, 'GET', `/api/v1/questions?companyId=${b.companyId}&retired=true`);
    expect(staffView.json().items[0]).toMatchObject({ id, retired: true });
    await as(admin, 'POST', `/api/v1/questions/${id}/restore`);
    expect((await as(sam, 'GET', `/api/v1/questions/${id}`)).statusCode).toBe(200);
  });
});

describe('questions met in interviews', () => {
  it('counts where and when a question was asked, and ranks the most asked first', async () => {
    // The last of its category, so being ranked first can only come from being asked.
    const q = (await as(sam, 'GET', '/api/v1/questions?category=career-story')).json().items.at(-1);
    const other = await as(b.recruiter, 'POST', '/api/v1/companies', { name: 'Quay Logistics' });
    const t0 = Date.now();
    const at = (days: number) => new Date(t0 - days * 86_400_000).toISOString();
    await recordSighting(b.t.ctx.db, {
      questionId: q.id,
      companyId: b.companyId,
      field: 'Finance',
      interviewId: null,
      askedAt: at(3),
    });
    await recordSighting(b.t.ctx.db, {
      questionId: q.id,
      companyId: b.companyId,
      field: 'Finance',
      interviewId: null,
      askedAt: at(1),
    });
    await recordSighting(b.t.ctx.db, {
      questionId: q.id,
      companyId: other.json().id,
      field: null,
      interviewId: null,
      askedAt: at(9),
    });
    const found = (await as(sam, 'GET', `/api/v1/questions/${q.id}`)).json();
    expect(found.timesAsked).toBe(3);
    expect(Date.parse(found.lastAskedAt)).toBe(Date.parse(at(1)));
    expect((await as(sam, 'GET', '/api/v1/questions?category=career-story')).json().items[0].id).toBe(q.id);
    expect(await sightingsByCompany(b.t.ctx.db, q.id)).toEqual([
      { companyId: b.companyId, name: 'Harbour Bank', times: 2 },
      { companyId: other.json().id, name: 'Quay Logistics', times: 1 },
    ]);
  });
});

describe('prepared answers', () => {
  it('keeps each save, with earlier versions, word count and speaking time', async () => {
    const q = await firstQuestion('category=behavioural');
    expect((await as(sam, 'GET', `/api/v1/me/answers/${q.id}`)).statusCode).toBe(404);
    const star = {
      situation: 'Our team lost two people before the busiest month.',
      task: 'I had to keep deliveries on time.',
      action: 'I re-planned the rota and trained a temporary colleague.',
      result: 'We delivered every order on time and kept the temporary colleague on.',
    };
    const first = await as(sam, 'PUT', `/api/v1/me/answers/${q.id}`, { star });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ star, shared: false, versions: [] });
    expect(first.json().words).toBe(37); // "re-planned" is one word
    expect(first.json().speakingSeconds).toBe(17); // at 130 words a minute
    const second = await as(sam, 'PUT', `/api/v1/me/answers/${q.id}`, {
      star: { ...star, result: 'Every order went out on time.' },
    });
    expect(second.json().versions).toHaveLength(1);
    expect(second.json().versions[0].star.result).toBe(star.result);
    // Saving the same text again adds no version.
    const same = await as(sam, 'PUT', `/api/v1/me/answers/${q.id}`, {
      star: { ...star, result: 'Every order went out on time.' },
    });
    expect(same.json().versions).toHaveLength(1);
    const list = await as(sam, 'GET', '/api/v1/me/answers');
    expect(list.json().map((a: { questionId: number }) => a.questionId)).toContain(q.id);
    const bank = await as(sam, 'GET', `/api/v1/questions/${q.id}`);
    expect(bank.json().answered).toBe(true);
  });

  it('never shows one seeker’s answer to another, and shows staff only what is shared', async () => {
    const q = await firstQuestion('category=motivation-fit');
    await as(sam, 'PUT', `/api/v1/me/answers/${q.id}`, { body: 'I like helping people find their feet.' });
    expect((await as(nia, 'GET', `/api/v1/me/answers/${q.id}`)).statusCode).toBe(404);
    expect((await as(nia, 'GET', '/api/v1/me/answers')).json()).toEqual([]);
    expect((await as(nia, 'GET', `/api/v1/questions/${q.id}`)).json().answered).toBe(false);
    expect((await as(b.recruiter, 'GET', `/api/v1/me/answers/${q.id}`)).statusCode).toBe(403);

    const { candidateId } = await addApplicant(
      b,
      (await b.createOpening({ title: 'Clerk' })).id,
      'Sam Seeker',
      {
        seeker: sam,
      },
    );
    const shared = async () =>
      (await as(b.recruiter, 'GET', `/api/v1/candidates/${candidateId}/answers`)).json();
    expect(await shared()).toEqual([]);
    await as(sam, 'PUT', `/api/v1/me/answers/${q.id}`, {
      body: 'I like helping people find their feet.',
      shared: true,
    });
    expect((await shared()).map((a: { questionId: number }) => a.questionId)).toEqual([q.id]);
    expect((await as(sam, 'GET', `/api/v1/candidates/${candidateId}/answers`)).statusCode).toBe(403);
  });

  it('refuses bad input and unknown questions, and changes nothing', async () => {
    const q = await firstQuestion('category=career-story');
    const cases: [string, unknown, number][] = [
      [`/api/v1/me/answers/${q.id}`, { body: 'x'.repeat(10_001) }, 400],
      [`/api/v1/me/answers/${q.id}`, { star: { situation: 'only one part' } }, 400],
      [`/api/v1/me/answers/${q.id}`, { body: 'fine', owner: 'someone' }, 400],
      ['/api/v1/me/answers/999999', { body: 'fine' }, 404],
      ['/api/v1/me/answers/abc', { body: 'fine' }, 400],
    ];
    for (const [url, payload, status] of cases)
      expect((await as(nia, 'PUT', url, payload)).statusCode, url).toBe(status);
    expect((await as(nia, 'GET', '/api/v1/me/answers')).json()).toEqual([]);
  });
});

describe('practice sessions', () => {
  it('practises for an upcoming interview: its company’s and field’s questions first', async () => {
    const pia = await createUser(b.t, 'candidate', 'Pia Prepares');
    const opening = await b.createOpening({ title: 'Junior Developer', field: 'Software' });
    const { applicationId } = await addApplicant(b, opening.id, 'Pia Prepares', { seeker: pia });
    const iv = await as(b.recruiter, 'POST', `/api/v1/applications/${applicationId}/interviews`, {
      ...INTERVIEW_BASICS,
      times: [{ startsAt: future(4) }],
    });
    const company = await as(b.recruiter, 'POST', '/api/v1/questions', {
      text: 'What would you change first about our online banking app?',
      category: 'motivation-fit',
      difficulty: 'medium',
      companyId: b.companyId,
    });
    const res = await as(pia, 'POST', '/api/v1/me/practice?tz=America/Halifax', {
      source: 'interview',
      interviewId: iv.json().id,
      count: 6,
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    expect(s.title).toBe('First interview at Harbour Bank');
    expect(s.items).toHaveLength(6);
    // The company's own questions first (one from the bank test above, and this one).
    const companyQs = s.items.filter(
      (i: { question: { company: { id: number } | null } }) => i.question.company,
    );
    expect(companyQs.map((i: { position: number }) => i.position)).toEqual([1, 2]);
    expect(companyQs.map((i: { question: { id: number } }) => i.question.id)).toContain(company.json().id);
    const fields = s.items.flatMap((i: { question: { fields: string[] } }) => i.question.fields);
    expect(fields.every((f: string) => f === 'Software')).toBe(true);
    expect(fields).toContain('Software');
    expect(s.items.every((i: { targetSeconds: number }) => i.targetSeconds > 0)).toBe(true);

    // Nia is not invited to that interview.
    const theirs = await as(nia, 'POST', '/api/v1/me/practice', {
      source: 'interview',
      interviewId: iv.json().id,
    });
    expect(theirs.statusCode).toBe(400);
    expect(theirs.json().error.fields).toHaveProperty('interviewId');
    expect((await as(nia, 'GET', `/api/v1/me/practice/${s.id}`)).statusCode).toBe(404);
  });

  it('schedules rated questions: "again" comes back today, "easy" does not', async () => {
    const home = async () => (await as(nia, 'GET', '/api/v1/me/practice?tz=Asia/Kolkata')).json();
    expect((await home()).dueToday).toBe(0);
    const none = await as(nia, 'POST', '/api/v1/me/practice', { source: 'due' });
    expect(none.statusCode).toBe(409);
    const s = (
      await as(nia, 'POST', '/api/v1/me/practice', { source: 'field', field: 'Marketing', count: 2 })
    ).json();
    expect(s.title).toBe('Marketing questions');
    const [again, easy] = s.items as { position: number; question: { id: number } }[];
    if (!again || !easy) throw new Error('two questions expected');
    const rate = (position: number, rating: string) =>
      as(nia, 'PUT', `/api/v1/me/practice/${s.id}/items/${position}`, {
        seconds: 95,
        typed: '',
        rating,
        note: 'ok',
      });
    expect((await rate(again.position, 'again')).statusCode).toBe(200);
    expect((await rate(easy.position, 'easy')).statusCode).toBe(200);
    expect((await rate(easy.position, 'hard')).statusCode).toBe(409);
    expect((await rate(easy.position, 'meh')).statusCode).toBe(400);
    expect(
      (await as(sam, 'PUT', `/api/v1/me/practice/${s.id}/items/1`, { seconds: 1, rating: 'good' }))
        .statusCode,
    ).toBe(404);

    const after = await home();
    expect(after).toMatchObject({ dueToday: 1, practised: 2 });
    expect(after.sessions[0]).toMatchObject({ id: s.id, questions: 2, rated: 2 });
    const due = (await as(nia, 'POST', '/api/v1/me/practice?tz=Asia/Kolkata', { source: 'due' })).json();
    expect(due.items.map((i: { question: { id: number } }) => i.question.id)).toEqual([again.question.id]);

    const done = await as(nia, 'POST', `/api/v1/me/practice/${s.id}/finish`);
    expect(done.json().finishedAt).toEqual(expect.any(String));
    expect(
      (await as(nia, 'PUT', `/api/v1/me/practice/${s.id}/items/1`, { seconds: 1, rating: 'good' }))
        .statusCode,
    ).toBe(409);
  });

  it('charts progress from the seeker’s own practice only', async () => {
    const mine = await as(nia, 'GET', '/api/v1/me/practice/progress?tz=Asia/Kolkata');
    expect(mine.statusCode, mine.body).toBe(200);
    const p = mine.json();
    expect(p.totals.answers).toBe(2);
    expect(p.weeks).toHaveLength(12);
    expect(p.weeks.at(-1).answers).toBe(2);
    expect(
      p.ratings
        .map((r: { points: { answers: number }[] }) => r.points[0]?.answers)
        .reduce((x: number, y: number) => x + y, 0),
    ).toBe(2);
    const stranger = await createUser(b.t, 'candidate', 'Zed New');
    expect((await as(stranger, 'GET', '/api/v1/me/practice/progress')).json().totals).toEqual({
      sessions: 0,
      answers: 0,
      writing: 0,
    });
    expect((await as(nia, 'GET', '/api/v1/me/practice/progress?tz=Nowhere')).statusCode).toBe(400);
  });

  it('refuses what does not make sense', async () => {
    const cases: [unknown, string][] = [
      [{ source: 'interview' }, 'interviewId'],
      [{ source: 'field' }, 'field'],
      [{ source: 'field', field: 'Astrology' }, 'field'],
      [{ source: 'due', count: 50 }, 'count'],
      [{ source: 'vibes' }, 'source'],
    ];
    for (const [payload, field] of cases) {
      const res = await as(nia, 'POST', '/api/v1/me/practice', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.fields, JSON.stringify(payload)).toHaveProperty([field]);
    }
    expect((await as(nia, 'GET', '/api/v1/me/practice?tz=Mars/Base')).statusCode).toBe(400);
    expect((await as(b.recruiter, 'GET', '/api/v1/me/practice')).statusCode).toBe(403);
  });
});
