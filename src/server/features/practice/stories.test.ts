import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';
import { storySkills } from './stories.ts';

// The story bank over HTTP: a seeker's stories are theirs alone, their skills read as the
// vocabulary names them, and they link only to questions the seeker can see in the bank.

let t: TestApp;
let sam: TestUser;
let nia: TestUser;
let recruiter: TestUser;
let q1: number;
let q2: number;
let retired: number;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });

const story = {
  title: 'The release we nearly missed',
  body: 'Two days before launch the payment provider changed its API, and I rewrote our integration.',
  skills: ['team player', 'communication skills', 'Teamwork', '  Calming   angry llamas '],
};

beforeAll(async () => {
  t = await testApp();
  sam = await createUser(t, 'candidate', 'Sam Seeker');
  nia = await createUser(t, 'candidate', 'Nia Other');
  recruiter = await createUser(t, 'recruiter', 'Rae Recruiter');
  const admin = await createUser(t, 'admin', 'Ada Admin');
  const bank = (await as(sam, 'GET', '/api/v1/questions?category=behavioural')).json();
  [q1, q2] = bank.items.map((q: { id: number }) => q.id);
  const added = await as(admin, 'POST', '/api/v1/questions', {
    text: 'Tell us about a time you calmed an upset customer at our counter.',
    category: 'behavioural',
    difficulty: 'easy',
  });
  retired = added.json().id;
  expect((await as(admin, 'POST', `/api/v1/questions/${retired}/retire`)).statusCode).toBe(200);
});
afterAll(async () => t?.close());

describe('story skills', () => {
  it('uses the vocabulary names, keeps unknown skills as typed and drops repeats', () => {
    expect(storySkills(story.skills)).toEqual(['Teamwork', 'Communication', 'Calming angry llamas']);
    expect(storySkills(['', '  ', '!!'])).toEqual([]);
  });
});

describe('the story bank', () => {
  it('adds, lists, edits and deletes a story with its skills and questions', async () => {
    const created = await as(sam, 'POST', '/api/v1/me/stories', { ...story, questionIds: [q1, q1] });
    expect(created.statusCode, created.body).toBe(201);
    const s = created.json();
    expect(s).toMatchObject({
      title: story.title,
      skills: ['Teamwork', 'Communication', 'Calming angry llamas'],
      questionIds: [q1],
      words: 15,
    });
    expect(s.questions[0].id).toBe(q1);
    expect(s.questions[0].text.length).toBeGreaterThan(10);

    const edited = await as(sam, 'PUT', `/api/v1/me/stories/${s.id}`, {
      title: 'The launch we saved',
      body: 'Short now.',
      skills: ['javascript'],
      questionIds: [q2],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      title: 'The launch we saved',
      skills: ['JavaScript'],
      questionIds: [q2],
      words: 2,
    });

    const list = await as(sam, 'GET', '/api/v1/me/stories');
    expect(list.json().map((x: { id: number }) => x.id)).toContain(s.id);
    const forQ2 = await as(sam, 'GET', `/api/v1/me/stories?questionId=${q2}`);
    expect(forQ2.json().map((x: { id: number }) => x.id)).toEqual([s.id]);
    const forQ1 = await as(sam, 'GET', `/api/v1/me/stories?questionId=${q1}`);
    expect(forQ1.json()).toEqual([]);

    expect((await as(sam, 'DELETE', `/api/v1/me/stories/${s.id}`)).statusCode).toBe(204);
    expect((await as(sam, 'DELETE', `/api/v1/me/stories/${s.id}`)).statusCode).toBe(404);
    expect((await as(sam, 'GET', `/api/v1/me/stories?questionId=${q2}`)).json()).toEqual([]);
  });

  it("never shows or changes another seeker's story", async () => {
    const mine = (await as(sam, 'POST', '/api/v1/me/stories', { ...story, questionIds: [q1] })).json();
    expect((await as(nia, 'GET', '/api/v1/me/stories')).json()).toEqual([]);
    expect((await as(nia, 'GET', `/api/v1/me/stories?questionId=${q1}`)).json()).toEqual([]);
    const put = await as(nia, 'PUT', `/api/v1/me/stories/${mine.id}`, { title: 'Mine now' });
    expect(put.statusCode).toBe(404);
    expect(put.json().error.code).toBe('not_found');
    // Even with a body that would fail validation further in, the answer is the same 404.
    expect(
      (await as(nia, 'PUT', `/api/v1/me/stories/${mine.id}`, { title: 'x', questionIds: [retired] }))
        .statusCode,
    ).toBe(404);
    expect((await as(nia, 'DELETE', `/api/v1/me/stories/${mine.id}`)).statusCode).toBe(404);
    const still = (await as(sam, 'GET', '/api/v1/me/stories')).json();
    expect(still.find((x: { id: number }) => x.id === mine.id)).toMatchObject({ title: story.title });
  });

  it('is for job seekers only', async () => {
    expect((await as(null, 'GET', '/api/v1/me/stories')).statusCode).toBe(401);
    expect((await as(recruiter, 'GET', '/api/v1/me/stories')).statusCode).toBe(403);
    expect((await as(recruiter, 'POST', '/api/v1/me/stories', story)).statusCode).toBe(403);
  });

  it('rejects bad input with field errors and changes nothing', async () => {
    const before = (await as(sam, 'GET', '/api/v1/me/stories')).json();
    const cases: [unknown, string[]][] = [
      [{}, ['title']],
      [{ title: '   ' }, ['title']],
      [{ title: 7, body: ['x'] }, ['body', 'title']],
      [{ title: 'x'.repeat(201) }, ['title']],
      [{ title: 'ok', body: 'x'.repeat(10_001) }, ['body']],
      [{ title: 'ok', skills: 'Teamwork' }, ['skills']],
      [{ title: 'ok', skills: Array.from({ length: 31 }, (_, i) => `skill ${i}`) }, ['skills']],
      [{ title: 'ok', skills: ['x'.repeat(81)] }, ['skills.0']],
      [{ title: 'ok', questionIds: ['1'] }, ['questionIds.0']],
      [{ title: 'ok', questionIds: [-1, 2 ** 31] }, ['questionIds.0', 'questionIds.1']],
      [{ title: 'ok', owner: 'someone' }, ['_']],
    ];
    for (const [body, fields] of cases) {
      const res = await as(sam, 'POST', '/api/v1/me/stories', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {}).sort(), JSON.stringify(body)).toEqual(fields);
    }
    for (const ids of [[retired], [q1, 2 ** 31 - 1]]) {
      const res = await as(sam, 'POST', '/api/v1/me/stories', { title: 'Linked', questionIds: ids });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.questionIds).toContain(`#${ids[ids.length - 1]}`);
    }
    expect((await as(sam, 'GET', '/api/v1/me/stories')).json()).toEqual(before);
    expect((await as(sam, 'PUT', '/api/v1/me/stories/abc', story)).statusCode).toBe(400);
    expect((await as(sam, 'PUT', `/api/v1/me/stories/${2 ** 31 - 1}`, story)).statusCode).toBe(404);
    expect((await as(sam, 'GET', '/api/v1/me/stories?questionId=zero')).statusCode).toBe(400);
    expect((await as(sam, 'GET', `/api/v1/me/stories?questionId=${retired}`)).statusCode).toBe(404);
  });

  it('stores hostile text as text', async () => {
    const title = `<script>alert(1)</script> '; DROP TABLE story; -- "NEAR" (*`;
    const res = await as(sam, 'POST', '/api/v1/me/stories', { title, skills: ['<b>bold</b>', "O'Brien ™"] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().title).toBe(title);
    expect(res.json().skills).toEqual(['<b>bold</b>', "O'Brien ™"]);
  });
});
