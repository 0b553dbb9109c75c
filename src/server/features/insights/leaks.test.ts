import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { addApplicant, future, INTERVIEW_BASICS, timesInThePast } from '../interviews/fixture.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';

// Nothing a debrief's author kept to themselves or to the agency leaks through any endpoint: a
// sweep of every endpoint that reads debriefs, insight, suggestions or the question bank, as
// another seeker who applied there, a seeker who did not, a recruiter and the author, looking
// for marked words in each response body.

let b: Board;
let openingId: number;
let author: { seeker: TestUser; candidateId: number; interviewId: number };
let colleague: TestUser;
let stranger: TestUser;

const as = (user: TestUser, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user.cookie, payload: payload as Record<string, unknown> });

/** Words that only the author may read. */
const PRIVATE = [
  'Zebra crossing question about quarterly ledgers',
  'PRIVNOTE-Q1',
  'Quokkaskill',
  'PRIV-TEAM',
  'PRIV-ROLES',
];
/** Words the author and staff may read, never another seeker. */
const AGENCY = ['Yak shaving question about month end close', 'AGNOTE-Q2', 'AGENCY-WORK', 'AGENCY-FORMAT'];
/** Shared anonymously: feeds figures, never shown to another seeker as anyone's words. */
const SHARED_WORDS = ['SHARED-INSIDER'];

let n = 0;
async function debriefed(seeker: TestUser, body: Record<string, unknown>) {
  n += 1;
  const { candidateId, applicationId } = await addApplicant(b, openingId, `Leak Test ${n}`, {
    email: `leak${n}@example.test`,
    seeker,
  });
  const res = await as(b.recruiter, 'POST', `/api/v1/applications/${applicationId}/interviews`, {
    ...INTERVIEW_BASICS,
    times: [{ startsAt: future(3) }],
  });
  expect(res.statusCode, res.body).toBe(201);
  const interviewId = res.json().id as number;
  await timesInThePast(b, interviewId);
  const saved = await as(seeker, 'PUT', `/api/v1/me/interviews/${interviewId}/debrief`, body);
  expect(saved.statusCode, saved.body).toBe(200);
  return { seeker, candidateId, interviewId };
}

const everyday = {
  questions: [{ text: 'Walrus question about audits, asked of everyone here?' }],
  skills: ['SQL'],
  difficulty: 3,
  interestBefore: 2,
  interestAfter: 4,
};

beforeAll(async () => {
  b = await setupBoard();
  openingId = (await b.createOpening({ title: 'Audit Associate' })).id;
  stranger = await createUser(b.t, 'candidate', 'Stranger Seeker');
  colleague = await createUser(b.t, 'candidate', 'Colleague Seeker');
  await debriefed(colleague, everyday);
  for (let i = 0; i < 4; i++) await debriefed(await createUser(b.t, 'candidate', `Other ${i}`), everyday);
  author = await debriefed(await createUser(b.t, 'candidate', 'Author Seeker'), {
    ...everyday,
    questions: [
      { text: `${PRIVATE[0]}?`, visibility: 'private', note: { text: 'PRIVNOTE-Q1', visibility: 'private' } },
      { text: `${AGENCY[0]}?`, visibility: 'agency', note: { text: 'AGNOTE-Q2', visibility: 'agency' } },
      { text: 'Walrus question about audits, asked of everyone here?' },
    ],
    skills: ['Quokkaskill'],
    skillsVisibility: 'private',
    team: { text: 'PRIV-TEAM', visibility: 'private' },
    workplace: { text: 'AGENCY-WORK', visibility: 'agency' },
    insider: { text: 'SHARED-INSIDER', visibility: 'shared' },
    otherRoles: { text: 'PRIV-ROLES', visibility: 'private' },
    formatNote: { text: 'AGENCY-FORMAT', visibility: 'agency' },
  });
});
afterAll(async () => {
  await b.t.close();
});

/** Every body the user can read from the endpoints that carry debrief words. */
async function sweep(user: TestUser, staff: boolean): Promise<string> {
  const urls = [
    '/api/v1/insights/fields/Finance',
    `/api/v1/insights/companies/${b.companyId}`,
    '/api/v1/questions?q=question',
    '/api/v1/questions?q=Zebra',
    '/api/v1/questions?q=Yak&retired=true',
    ...(staff
      ? [
          `/api/v1/candidates/${author.candidateId}/debriefs`,
          `/api/v1/interviews/${author.interviewId}/debriefs`,
          `/api/v1/candidates/${author.candidateId}/suggestions`,
          `/api/v1/candidates/${author.candidateId}/activity`,
        ]
      : ['/api/v1/me/insights/gaps', '/api/v1/me/suggestions', '/api/v1/me/debriefs/due']),
  ];
  const bodies: string[] = [];
  for (const url of urls) {
    const res = await as(user, 'GET', url);
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(500);
    bodies.push(res.body);
  }
  return bodies.join('\n');
}

describe('what each reader can learn from a debrief', () => {
  it('gives another seeker, applied there or not, none of the author’s words', async () => {
    for (const seeker of [colleague, stranger]) {
      const text = await sweep(seeker, false);
      for (const words of [...PRIVATE, ...AGENCY, ...SHARED_WORDS, 'Author Seeker', 'Leak Test'])
        expect(text, words).not.toContain(words);
    }
    // The shared question is the bank's now, for everyone to practise.
    expect(await sweep(stranger, false)).toContain('Walrus question about audits');
  });

  it('gives staff the agency and shared words with the author, and nothing private', async () => {
    const text = await sweep(b.recruiter, true);
    for (const words of PRIVATE) expect(text, words).not.toContain(words);
    for (const words of [...AGENCY, ...SHARED_WORDS]) expect(text, words).toContain(words);
  });

  it('refuses a kept question picked by id by anyone but its author', async () => {
    const kept = await b.t.ctx.db
      .selectFrom('question')
      .select('id')
      .where('source', '=', 'kept')
      .executeTakeFirstOrThrow();
    const other = await debriefed(await createUser(b.t, 'candidate', 'Prober'), everyday);
    const res = await as(other.seeker, 'PUT', `/api/v1/me/interviews/${other.interviewId}/debrief`, {
      questions: [{ questionId: kept.id }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty(['questions.0.questionId']);
  });

  it('keeps everything for the author, and lets them share a kept question with the bank later', async () => {
    const url = `/api/v1/me/interviews/${author.interviewId}/debrief`;
    const own = await as(author.seeker, 'GET', url);
    for (const words of [...PRIVATE, ...AGENCY]) expect(own.body).toContain(words);

    const mine = own.json() as { questions: Array<{ questionId: number; visibility: string }> };
    const questions = mine.questions.map((q) => ({ questionId: q.questionId, visibility: 'shared' }));
    const shared = await as(author.seeker, 'PUT', url, { ...everyday, questions });
    expect(shared.statusCode, shared.body).toBe(200);
    expect(await sweep(stranger, false)).toContain(PRIVATE[0]);
  });
});
