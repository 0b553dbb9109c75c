import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompanyInsight, FieldInsight, MyGaps } from '../../../shared/insights.ts';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { addApplicant, future, INTERVIEW_BASICS, timesInThePast } from '../interviews/fixture.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';
import { normalizeSkill } from '../skills/index.ts';
import { rebuildInsights } from './rebuild.ts';

// Insight over HTTP on each database: the rollups follow debriefs as they are written and
// edited, a job seeker sees a figure only when five different people stand behind it, nothing
// private or agency-only reaches an aggregate or a seeker, and a rebuild from the debriefs
// gives the same figures as the writes did.

let b: Board;
let openingId: number;
let stranger: TestUser;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });

async function ok<T = unknown>(user: TestUser | null, method: string, url: string, payload?: unknown) {
  const res = await as(user, method, url, payload);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json() as T;
}

const ASKED = 'Walk us through how you would close the books at month end.';
const RARE = 'How would you explain a variance to a non-finance manager?';
const SECRET = 'What would you do if your manager asked you to hide a loss?';

let n = 0;
/** A seeker who applied, had an interview that has taken place, and wrote this debrief. */
async function debriefed(body: Record<string, unknown>) {
  n += 1;
  const seeker = await createUser(b.t, 'candidate', `Insight Seeker ${n}`);
  const { candidateId, applicationId } = await addApplicant(b, openingId, `Ina Sight ${n}`, {
    email: `ina${n}@example.test`,
    seeker,
  });
  const iv = await ok<{ id: number }>(
    b.recruiter,
    'POST',
    `/api/v1/applications/${applicationId}/interviews`,
    {
      ...INTERVIEW_BASICS,
      times: [{ startsAt: future(3) }],
    },
  );
  await timesInThePast(b, iv.id);
  const url = `/api/v1/me/interviews/${iv.id}/debrief`;
  await ok(seeker, 'PUT', url, body);
  return { seeker, candidateId, interviewId: iv.id, url };
}

const shared = (extra: Record<string, unknown> = {}) => ({
  questions: [{ text: ASKED }],
  skills: ['SQL', 'Excel'],
  surprises: ['writing-test'],
  difficulty: 3,
  experience: 'positive',
  interestBefore: 2,
  interestAfter: 4,
  team: { text: 'A calm team that explains things.', visibility: 'agency' },
  workplace: { text: 'Quiet floor near the harbour.', visibility: 'private' },
  insider: { text: 'They promote from within.', visibility: 'shared' },
  ...extra,
});

const field = (user: TestUser) => ok<FieldInsight>(user, 'GET', '/api/v1/insights/fields/Finance');
const company = (user: TestUser) =>
  ok<CompanyInsight>(user, 'GET', `/api/v1/insights/companies/${b.companyId}`);

let first: Awaited<ReturnType<typeof debriefed>>;

beforeAll(async () => {
  b = await setupBoard();
  openingId = (await b.createOpening({ title: 'Ledger Analyst' })).id;
  stranger = await createUser(b.t, 'candidate', 'Stranger Seeker');
  first = await debriefed(
    shared({
      questions: [{ text: ASKED }, { text: RARE }, { text: SECRET, visibility: 'private' }],
      skills: ['SQL', 'Excel', 'Cobol'],
      skillsVisibility: 'shared',
    }),
  );
  for (let i = 0; i < 3; i++) await debriefed(shared({ questions: [{ text: ASKED }, { text: RARE }] }));
});
afterAll(async () => {
  await b.t.close();
});

describe('a field page', () => {
  it('shows staff every figure, and a seeker nothing until five people wrote debriefs', async () => {
    const staff = await field(b.recruiter);
    expect(staff).toMatchObject({ field: 'Finance', interviews: 4, people: 4, enough: true });
    expect(staff.questions.find((q) => q.text === ASKED)).toMatchObject({ mentions: 4, people: 4, share: 1 });
    expect(staff.skills.map((s) => s.name)).toEqual(
      expect.arrayContaining(['SQL', 'Microsoft Excel', 'Cobol']),
    );
    expect(staff.formats.find((f) => f.surprise === 'writing-test')).toMatchObject({ count: 4, share: 1 });
    expect(staff.difficulty).toEqual({ average: 3, ratings: 4, levels: [0, 0, 4, 0, 0] });
    expect(staff.betterThanExpected).toMatchObject({ share: 1, rated: 4, people: 4 });

    const seeker = await field(first.seeker);
    expect(seeker).toMatchObject({ interviews: 4, people: 4, enough: false, questions: [], skills: [] });
    expect(seeker.difficulty).toBeNull();
    expect(seeker.betterThanExpected).toBeNull();
  });

  it('never counts a private question or a skill list kept from others', async () => {
    const staff = await field(b.recruiter);
    expect(staff.questions.map((q) => q.text)).not.toContain(SECRET);
    const agencyOnly = await debriefed(
      shared({ questions: [{ text: ASKED }], skills: ['Cobol', 'Fortran'], skillsVisibility: 'agency' }),
    );
    const after = await field(b.recruiter);
    expect(after.skills.find((s) => s.name === 'Fortran')).toBeUndefined();
    expect(after.skills.find((s) => s.key === 'cobol')?.mentions).toBe(1);
    expect(after.people).toBe(5);
    expect(agencyOnly.candidateId).toBeGreaterThan(0);
  });

  it('shows a seeker, once five people wrote, only the rows five people stand behind', async () => {
    const seeker = await field(first.seeker);
    expect(seeker.enough).toBe(true);
    expect(seeker.questions.map((q) => q.text)).toEqual([ASKED]);
    expect(seeker.questions[0]).toMatchObject({ mentions: 5, people: 5 });
    // RARE was reported by four people; Cobol by one with its skills shared.
    expect(JSON.stringify(seeker)).not.toContain(RARE);
    expect(seeker.skills.map((s) => s.name)).not.toContain('Cobol');
    expect(seeker.difficulty).toMatchObject({ ratings: 5 });
  });

  it('follows an edit, and a rebuild from the debriefs gives the same figures', async () => {
    // The same question twice in one debrief counts once, as the rebuild must agree.
    await ok(
      first.seeker,
      'PUT',
      first.url,
      shared({ questions: [{ text: RARE }, { text: RARE }], difficulty: 5 }),
    );
    const edited = await field(b.recruiter);
    expect(edited.questions.find((q) => q.text === ASKED)?.mentions).toBe(4);
    expect(edited.difficulty?.levels).toEqual([0, 0, 4, 0, 1]);
    await rebuildInsights(b.t.ctx.db);
    expect(await field(b.recruiter)).toEqual(edited);
  });

  it('leaves a recruiter’s own debrief out of the counts', async () => {
    const before = await field(b.recruiter);
    const res = await as(
      b.recruiter,
      'PUT',
      `/api/v1/interviews/${first.interviewId}/debriefs/${first.candidateId}`,
      shared({ questions: [{ text: SECRET }] }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(await field(b.recruiter)).toEqual(before);
  });

  it('follows a candidate merge: the people move with the debriefs, and nothing is counted twice', async () => {
    const before = await field(b.recruiter);
    const c = await as(b.recruiter, 'POST', '/api/v1/candidates', {
      name: 'Ina Duplicate',
      source: 'sourced',
    });
    const keptId = c.json().candidate.id as number;
    await ok(b.recruiter, 'POST', `/api/v1/candidates/${keptId}/merge`, { otherId: first.candidateId });
    first.candidateId = keptId;
    const merged = await field(b.recruiter);
    expect(merged).toEqual(before);
    const people = await b.t.ctx.db
      .selectFrom('insight_person')
      .select('candidate_id')
      .distinct()
      .where('candidate_id', '=', keptId)
      .execute();
    expect(people).toHaveLength(1);
    await rebuildInsights(b.t.ctx.db);
    expect(await field(b.recruiter)).toEqual(merged);
  });

  it('refuses an unknown field and anyone signed out', async () => {
    expect((await as(b.recruiter, 'GET', '/api/v1/insights/fields/Astrology')).statusCode).toBe(400);
    expect((await as(null, 'GET', '/api/v1/insights/fields/Finance')).statusCode).toBe(401);
  });
});

describe('a company page', () => {
  it('gives staff the process, the notes with their authors, and no private part', async () => {
    const page = await company(b.recruiter);
    expect(page.company.name).toBe('Harbour Bank');
    expect(page.interviews).toBe(5);
    expect(page.process?.formats[0]).toMatchObject({ format: 'video' });
    expect(page.notes.map((x) => x.text)).toEqual(
      expect.arrayContaining(['A calm team that explains things.', 'They promote from within.']),
    );
    expect(page.notes.some((x) => x.candidateName.startsWith('Ina Sight'))).toBe(true);
    expect(JSON.stringify(page)).not.toContain('Quiet floor');
    expect(page.openings.map((o) => o.title)).toContain('Ledger Analyst');
  });

  it('gives a seeker who applied there the figures but no one’s words or names', async () => {
    const page = await company(first.seeker);
    expect(page.enough).toBe(true);
    expect(page.notes).toEqual([]);
    const text = JSON.stringify(page);
    for (const words of ['A calm team', 'promote from within', 'Quiet floor', 'Ina Sight', SECRET])
      expect(text).not.toContain(words);
    expect(await ok(first.seeker, 'GET', '/api/v1/me/insights/companies')).toEqual([
      { id: b.companyId, name: 'Harbour Bank' },
    ]);
  });

  it('is a 404 to a seeker who never applied there, and for an unknown company', async () => {
    expect((await as(stranger, 'GET', `/api/v1/insights/companies/${b.companyId}`)).statusCode).toBe(404);
    expect((await as(b.recruiter, 'GET', '/api/v1/insights/companies/999999')).statusCode).toBe(404);
    expect((await as(b.recruiter, 'GET', '/api/v1/insights/companies/abc')).statusCode).toBe(400);
    expect(await ok(stranger, 'GET', '/api/v1/me/insights/companies')).toEqual([]);
  });
});

describe('a seeker’s gaps', () => {
  it('names skills their field asks for that their profile lacks, and questions to practise', async () => {
    // A fifth person shares SQL (the agency-only list above does not count towards it).
    await debriefed(shared());
    const db = b.t.ctx.db;
    await db.updateTable('candidate').set({ field: 'Finance' }).where('id', '=', first.candidateId).execute();
    const excel = normalizeSkill('Excel');
    if (!excel) throw new Error('Excel is in the vocabulary');
    await db
      .insertInto('candidate_skill')
      .values({
        candidate_id: first.candidateId,
        skill_key: excel.key,
        name: excel.name,
        known: 1,
        position: 0,
      })
      .execute();
    const gaps = await ok<MyGaps>(first.seeker, 'GET', '/api/v1/me/insights/gaps');
    expect(gaps.field).toBe('Finance');
    expect(gaps.missingSkills.map((s) => s.name)).toEqual(['SQL']);
    expect(gaps.unpractised.map((q) => q.text)).toEqual([ASKED]);

    const questionId = gaps.unpractised[0]?.questionId as number;
    const session = await ok<{ id: number; items: Array<{ question: { id: number } }> }>(
      first.seeker,
      'POST',
      '/api/v1/me/practice',
      { source: 'questions', questionIds: [questionId] },
    );
    expect(session.items.map((i) => i.question.id)).toEqual([questionId]);
    const bad = await as(first.seeker, 'POST', '/api/v1/me/practice', {
      source: 'questions',
      questionIds: [999999],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('questionIds');
    const none = await as(first.seeker, 'POST', '/api/v1/me/practice', { source: 'questions' });
    expect(none.statusCode).toBe(400);
  });

  it('is empty for a seeker with no field, and staff cannot ask', async () => {
    expect(await ok(stranger, 'GET', '/api/v1/me/insights/gaps')).toMatchObject({
      field: null,
      missingSkills: [],
      unpractised: [],
    });
    expect((await as(b.recruiter, 'GET', '/api/v1/me/insights/gaps')).statusCode).toBe(403);
  });
});
