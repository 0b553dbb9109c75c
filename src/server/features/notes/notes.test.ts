import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../testing/harness.ts';
import { type Desk, setupDesk } from './fixture.ts';

let d: Desk;
beforeAll(async () => {
  d = await setupDesk();
});
afterAll(async () => d?.t.close());
afterEach(async () => d.setAccess('all'));

const post = (who: TestUser, payload: Record<string, unknown>) =>
  d.call('POST', '/api/v1/notes', who, payload);
const list = (who: TestUser, type: string, id: number | string) =>
  d.call('GET', `/api/v1/notes?subjectType=${type}&subjectId=${id}`, who);
const addNote = async (who: TestUser, payload: Record<string, unknown>) => {
  const res = await post(who, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; body: string; visibility: string; canChange: boolean };
};
const noteCount = async () =>
  Number(
    (
      await d.t.ctx.db
        .selectFrom('note')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const timeline = async (who: TestUser, path: string) =>
  (await d.call('GET', `/api/v1/${path}/activity`, who)).json().entries as {
    kind: string;
    summary: string;
  }[];

describe('notes', () => {
  it('adds notes to each kind of subject and lists them newest first', async () => {
    const { candidateId, openingId, applicationId } = d.ritas;
    const first = await addNote(d.rita, {
      subjectType: 'candidate',
      subjectId: candidateId,
      body: '  Called about the Halifax role; keen, available from March and prefers mornings for interviews.  ',
    });
    expect(first).toMatchObject({
      subjectType: 'candidate',
      subjectId: candidateId,
      body: 'Called about the Halifax role; keen, available from March and prefers mornings for interviews.',
      visibility: 'internal',
      author: { id: d.rita.id, name: 'Rita Recruiter' },
      canChange: true,
    });
    const second = await addNote(d.rita, {
      subjectType: 'candidate',
      subjectId: candidateId,
      body: 'Your CV looks great.',
      visibility: 'shared',
    });
    const res = await list(d.rita, 'candidate', candidateId);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().map((n: { id: number }) => n.id)).toEqual([second.id, first.id]);

    await addNote(d.rita, {
      subjectType: 'application',
      subjectId: applicationId,
      body: 'Client liked the CV.',
    });
    await addNote(d.rita, { subjectType: 'opening', subjectId: openingId, body: 'Budget may rise.' });
    await addNote(d.ben, { subjectType: 'company', subjectId: d.companyId, body: 'Pays invoices late.' });
    // Candidate and application notes carry the candidate, so a person's notes are found together.
    const rows = await d.t.ctx.db
      .selectFrom('note')
      .select(['subject_type', 'candidate_id'])
      .where('body', 'in', ['Client liked the CV.', 'Budget may rise.', 'Pays invoices late.'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { subject_type: 'application', candidate_id: candidateId },
      { subject_type: 'opening', candidate_id: null },
      { subject_type: 'company', candidate_id: null },
    ]);
    expect((await list(d.admin, 'company', d.companyId)).json()).toEqual([
      expect.objectContaining({
        body: 'Pays invoices late.',
        author: { id: d.ben.id, name: 'Ben Recruiter' },
      }),
    ]);
  });

  it('puts candidate, application and opening notes on the timelines, trimmed to a line', async () => {
    const { candidateId, openingId, applicationId } = d.ritas;
    const long = `Long note ${'word '.repeat(40)}`;
    await addNote(d.rita, { subjectType: 'candidate', subjectId: candidateId, body: long });
    await addNote(d.rita, {
      subjectType: 'application',
      subjectId: applicationId,
      body: 'Second interview\nbooked',
    });
    const forCandidate = await timeline(d.rita, `candidates/${candidateId}`);
    const notes = forCandidate.filter((e) => e.kind === 'note').map((e) => e.summary);
    expect(notes[0]).toBe('Note: Second interview booked');
    expect(notes[1]?.startsWith('Note: Long note word word')).toBe(true);
    expect(notes[1]?.length).toBeLessThanOrEqual(6 + 80);
    expect(notes[1]?.endsWith('…')).toBe(true);
    expect(notes).toContain('Shared note: Your CV looks great.');
    const forOpening = await timeline(d.rita, `openings/${openingId}`);
    expect(forOpening.filter((e) => e.kind === 'note').map((e) => e.summary)).toEqual(
      expect.arrayContaining(['Note: Second interview booked', 'Note: Budget may rise.']),
    );
  });

  it('refuses bad input with a field error and stores nothing', async () => {
    const before = await noteCount();
    const id = d.ritas.candidateId;
    const cases: [Record<string, unknown>, string][] = [
      [{ subjectType: 'candidate', subjectId: id }, 'body'],
      [{ subjectType: 'candidate', subjectId: id, body: '   ' }, 'body'],
      [{ subjectType: 'candidate', subjectId: id, body: 'x'.repeat(10_001) }, 'body'],
      [{ subjectType: 'candidate', subjectId: id, body: 'a\u0000b' }, 'body'],
      [{ subjectType: 'candidate', subjectId: id, body: 42 }, 'body'],
      [{ subjectType: 'person', subjectId: id, body: 'x' }, 'subjectType'],
      [{ subjectType: 'candidate', subjectId: 'abc', body: 'x' }, 'subjectId'],
      [{ subjectType: 'candidate', subjectId: -1, body: 'x' }, 'subjectId'],
      [{ subjectType: 'candidate', subjectId: 999_999, body: 'x' }, 'subjectId'],
      [{ subjectType: 'application', subjectId: 999_999, body: 'x' }, 'subjectId'],
      [{ subjectType: 'company', subjectId: 999_999, body: 'x' }, 'subjectId'],
      [{ subjectType: 'candidate', subjectId: id, body: 'x', visibility: 'public' }, 'visibility'],
      [
        { subjectType: 'opening', subjectId: d.ritas.openingId, body: 'x', visibility: 'shared' },
        'visibility',
      ],
      [{ subjectType: 'company', subjectId: d.companyId, body: 'x', visibility: 'shared' }, 'visibility'],
      [{ subjectType: 'candidate', subjectId: id, body: 'x', authorId: d.ben.id }, ''],
    ];
    for (const [payload, field] of cases) {
      const res = await post(d.rita, payload);
      expect(res.statusCode, `${JSON.stringify(payload).slice(0, 80)}: ${res.body}`).toBe(400);
      if (field) expect(Object.keys(res.json().error.fields ?? {}), res.body).toContain(field);
    }
    const q = await d.call('GET', '/api/v1/notes?subjectType=candidate&subjectId=999999', d.rita);
    expect(q.statusCode).toBe(400);
    expect(q.json().error.fields).toHaveProperty('subjectId');
    expect((await d.call('GET', '/api/v1/notes?subjectType=candidate', d.rita)).statusCode).toBe(400);
    expect(await noteCount()).toBe(before);
  });

  it('keeps hostile text as typed', async () => {
    const body = `<script>alert(1)</script> '; DROP TABLE note; -- "NEAR(a*)" 工作`;
    const n = await addNote(d.rita, { subjectType: 'candidate', subjectId: d.ritas.candidateId, body });
    expect(n.body).toBe(body);
  });

  it('lets the author or an admin edit and delete, nobody else', async () => {
    const n = await addNote(d.rita, { subjectType: 'opening', subjectId: d.ritas.openingId, body: 'Draft' });
    expect(
      (await list(d.ben, 'opening', d.ritas.openingId)).json().find((x: { id: number }) => x.id === n.id),
    ).toMatchObject({ canChange: false });
    const edit = (who: TestUser, payload: Record<string, unknown>) =>
      d.call('PUT', `/api/v1/notes/${n.id}`, who, payload);
    expect((await edit(d.ben, { body: 'Hijacked', visibility: 'internal' })).statusCode).toBe(403);
    expect((await d.call('DELETE', `/api/v1/notes/${n.id}`, d.ben)).statusCode).toBe(403);
    const bad = await edit(d.rita, { body: '', visibility: 'internal' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('body');
    expect((await edit(d.rita, { body: 'x', visibility: 'shared' })).json().error.fields).toHaveProperty(
      'visibility',
    );
    const mine = await edit(d.rita, { body: 'Final', visibility: 'internal' });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ body: 'Final', author: { id: d.rita.id } });
    expect((await edit(d.admin, { body: 'Checked by admin', visibility: 'internal' })).statusCode).toBe(200);
    expect((await d.call('DELETE', `/api/v1/notes/${n.id}`, d.admin)).statusCode).toBe(204);
    expect((await d.call('DELETE', `/api/v1/notes/${n.id}`, d.rita)).statusCode).toBe(404);
    expect((await edit(d.rita, { body: 'Gone', visibility: 'internal' })).statusCode).toBe(404);
    expect(
      (await d.call('PUT', '/api/v1/notes/abc', d.rita, { body: 'x', visibility: 'internal' })).statusCode,
    ).toBe(400);
  });
});

describe('what job seekers see', () => {
  it('shows a seeker only the notes shared on their own record, never internal ones', async () => {
    const { candidateId, applicationId } = d.ritas;
    await addNote(d.rita, {
      subjectType: 'candidate',
      subjectId: candidateId,
      body: 'SECRET internal remark',
    });
    await addNote(d.rita, {
      subjectType: 'candidate',
      subjectId: candidateId,
      body: 'Bring your certificates on Monday.',
      visibility: 'shared',
    });
    await addNote(d.rita, {
      subjectType: 'application',
      subjectId: applicationId,
      body: 'SECRET app remark',
    });
    await addNote(d.rita, {
      subjectType: 'application',
      subjectId: applicationId,
      body: 'The client will call you.',
      visibility: 'shared',
    });
    await addNote(d.ben, {
      subjectType: 'candidate',
      subjectId: d.bens.candidateId,
      body: 'For Olive only.',
      visibility: 'shared',
    });

    const mine = await d.call('GET', '/api/v1/me/notes', d.seeker);
    expect(mine.statusCode, mine.body).toBe(200);
    const bodies = mine.json().map((n: { body: string }) => n.body);
    expect(bodies).toContain('Bring your certificates on Monday.');
    expect(bodies).toContain('Your CV looks great.');
    expect(mine.json()[0]).toEqual({
      id: expect.any(Number),
      body: 'Bring your certificates on Monday.',
      author: 'Rita Recruiter',
      at: expect.any(String),
    });
    expect(bodies).not.toContain('For Olive only.');
    expect(mine.body).not.toContain('SECRET');
    expect(mine.body).not.toContain('The client will call you.'); // on the application, shown there

    const theirs = await d.call('GET', '/api/v1/me/notes', d.otherSeeker);
    expect(theirs.json().map((n: { body: string }) => n.body)).toEqual(['For Olive only.']);

    // The application view shows shared application notes only.
    const apps = await d.call('GET', '/api/v1/me/applications', d.seeker);
    expect(apps.statusCode).toBe(200);
    expect(apps.body).toContain('The client will call you.');
    expect(apps.body).not.toContain('SECRET');
    expect((await d.call('GET', '/api/v1/me/applications', d.otherSeeker)).body).not.toContain('The client');
  });

  it('closes every staff notes endpoint to job seekers', async () => {
    const { candidateId } = d.ritas;
    const n = await addNote(d.rita, {
      subjectType: 'candidate',
      subjectId: candidateId,
      body: 'SECRET again',
    });
    for (const [method, url, payload] of [
      ['GET', `/api/v1/notes?subjectType=candidate&subjectId=${candidateId}`, undefined],
      ['GET', `/api/v1/notes?subjectType=application&subjectId=${d.ritas.applicationId}`, undefined],
      ['POST', '/api/v1/notes', { subjectType: 'candidate', subjectId: candidateId, body: 'hi' }],
      ['PUT', `/api/v1/notes/${n.id}`, { body: 'mine now', visibility: 'shared' }],
      ['DELETE', `/api/v1/notes/${n.id}`, undefined],
      ['GET', `/api/v1/candidates/${candidateId}/activity`, undefined],
      ['GET', `/api/v1/openings/${d.ritas.openingId}/activity`, undefined],
    ] as const) {
      const res = await d.call(method, url, d.seeker, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.body).not.toContain('SECRET');
    }
    expect((await d.call('GET', '/api/v1/me/notes', d.rita)).statusCode).toBe(403);
    expect((await d.t.app.inject({ method: 'GET', url: '/api/v1/me/notes' })).statusCode).toBe(401);
  });
});

describe('recruiter access settings', () => {
  it('own-only hides other recruiters’ candidates, applications and openings behind 404', async () => {
    const n = await addNote(d.rita, {
      subjectType: 'candidate',
      subjectId: d.ritas.candidateId,
      body: 'Rita’s',
    });
    await d.setAccess('own-only');
    for (const [type, id] of [
      ['candidate', d.ritas.candidateId],
      ['application', d.ritas.applicationId],
      ['opening', d.ritas.openingId],
    ] as const) {
      const read = await list(d.ben, type, id);
      expect(read.statusCode, `${type}: ${read.body}`).toBe(404);
      expect(read.body).not.toContain('Rita’s');
      expect((await post(d.ben, { subjectType: type, subjectId: id, body: 'x' })).statusCode).toBe(404);
      expect((await list(d.rita, type, id)).statusCode).toBe(200);
      expect((await list(d.admin, type, id)).statusCode).toBe(200);
    }
    expect(
      (await d.call('PUT', `/api/v1/notes/${n.id}`, d.ben, { body: 'x', visibility: 'internal' })).statusCode,
    ).toBe(404);
    expect((await d.call('DELETE', `/api/v1/notes/${n.id}`, d.ben)).statusCode).toBe(404);
    // Companies have no owner: every recruiter keeps them.
    expect((await list(d.ben, 'company', d.companyId)).statusCode).toBe(200);
    await addNote(d.ben, { subjectType: 'company', subjectId: d.companyId, body: 'Met the CFO.' });
  });

  it('own-read-only lets others read notes but not add or change them', async () => {
    const n = await addNote(d.ben, {
      subjectType: 'candidate',
      subjectId: d.ritas.candidateId,
      body: 'Ben was here',
    });
    await d.setAccess('own-read-only');
    const read = await list(d.ben, 'candidate', d.ritas.candidateId);
    expect(read.statusCode).toBe(200);
    expect(read.json().find((x: { id: number }) => x.id === n.id)).toMatchObject({ canChange: false });
    const before = await noteCount();
    expect(
      (await post(d.ben, { subjectType: 'application', subjectId: d.ritas.applicationId, body: 'x' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await d.call('PUT', `/api/v1/notes/${n.id}`, d.ben, { body: 'changed', visibility: 'internal' }))
        .statusCode,
    ).toBe(403);
    expect(await noteCount()).toBe(before);
    await addNote(d.ben, {
      subjectType: 'candidate',
      subjectId: d.bens.candidateId,
      body: 'My own candidate',
    });
    await addNote(d.admin, { subjectType: 'candidate', subjectId: d.ritas.candidateId, body: 'Admin may' });
  });
});
