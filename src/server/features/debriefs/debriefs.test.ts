import { beforeAll, describe, expect, it } from 'vitest';
import type { DebriefOut } from '../../../shared/debriefs.ts';
import { createUser, type TestUser } from '../../testing/harness.ts';
import { timesInThePast } from '../interviews/fixture.ts';
import type { Board } from '../openings/fixture.ts';
import { debriefBoard, FULL_DEBRIEF as full } from './fixture.ts';

// Debriefs over HTTP on each database: writing and editing one after the interview, the bank
// learning its questions once, and who reads which part. The request mail, the outcome and
// merges are in debrief-requests.test.ts.

const { board, as, ok, sitting } = debriefBoard();
let b: Board;
let stranger: TestUser;
beforeAll(() => {
  ({ b, stranger } = board());
});

describe('a seeker writes a debrief', () => {
  it('refuses before the interview ended and lists it as due after', async () => {
    const s = await sitting();
    const early = await as(s.seeker, 'PUT', `/api/v1/me/interviews/${s.interviewId}/debrief`, full);
    expect(early.statusCode, early.body).toBe(409);
    expect((await ok(s.seeker, 'GET', '/api/v1/me/debriefs/due')) as unknown[]).toEqual([]);
    await timesInThePast(b, s.interviewId);
    expect(await ok(s.seeker, 'GET', '/api/v1/me/debriefs/due')).toEqual([
      expect.objectContaining({
        interviewId: s.interviewId,
        openingTitle: 'Ledger Analyst',
        debriefId: null,
      }),
    ]);
    expect((await as(s.seeker, 'GET', `/api/v1/me/interviews/${s.interviewId}/debrief`)).statusCode).toBe(
      404,
    );
  });

  it('saves, reads and edits; a new question joins the bank and is counted once', async () => {
    const s = await sitting({ past: true });
    const url = `/api/v1/me/interviews/${s.interviewId}/debrief`;
    const saved = (await ok(s.seeker, 'PUT', url, full)) as DebriefOut;
    expect(saved).toMatchObject({
      interviewId: s.interviewId,
      candidateId: s.candidateId,
      authorRole: 'candidate',
      openingTitle: 'Ledger Analyst',
      companyName: 'Harbour Bank',
      difficulty: 4,
      experience: 'positive',
      surprises: ['writing-test', 'more-rounds'],
      outcome: 'pending',
      team: { text: 'Friendly team of five.', visibility: 'agency' },
      skillsVisibility: 'shared',
    });
    expect(saved.questions[0]).toMatchObject({ position: 1, visibility: 'shared', note: { text: '' } });
    expect(saved.skills).toEqual(
      expect.arrayContaining([
        { name: 'SQL', known: true },
        { name: 'Stakeholder management', known: true },
        expect.objectContaining({ known: false }),
      ]),
    );
    expect(await ok(s.seeker, 'GET', url)).toEqual(saved);
    const due = await ok(s.seeker, 'GET', '/api/v1/me/debriefs/due');
    expect(due[0]).toMatchObject({ interviewId: s.interviewId, debriefId: saved.id });

    const qid = saved.questions[0]?.questionId as number;
    const question = async () =>
      b.t.ctx.db
        .selectFrom('question')
        .select(['source', 'times_asked', 'company_id'])
        .where('id', '=', qid)
        .executeTakeFirstOrThrow();
    expect(await question()).toMatchObject({ source: 'debrief', times_asked: 1, company_id: null });
    const fields = await b.t.ctx.db
      .selectFrom('question_field')
      .select('field')
      .where('question_id', '=', qid)
      .execute();
    expect(fields.map((f) => f.field)).toEqual(['Finance']);

    // Edited twice with the question picked from the bank: still one sighting.
    const edit = { ...full, questions: [{ questionId: qid, note: { text: 'Went well' } }], difficulty: 2 };
    const edited = (await ok(s.seeker, 'PUT', url, edit)) as DebriefOut;
    await ok(s.seeker, 'PUT', url, edit);
    expect(edited.id).toBe(saved.id);
    expect(edited.difficulty).toBe(2);
    expect(edited.questions[0]).toMatchObject({
      questionId: qid,
      note: { text: 'Went well', visibility: 'agency' },
    });
    expect((await question()).times_asked).toBe(1);
    // The same words typed again are the same question, not a new one.
    const retyped = (await ok(s.seeker, 'PUT', url, full)) as DebriefOut;
    expect(retyped.questions[0]?.questionId).toBe(qid);
    // Dropped from the debrief: forgotten.
    await ok(s.seeker, 'PUT', url, { ...full, questions: [] });
    expect((await question()).times_asked).toBe(0);
  });

  it('refuses bad input with the field named', async () => {
    const s = await sitting({ past: true });
    const url = `/api/v1/me/interviews/${s.interviewId}/debrief`;
    const cases: [unknown, string][] = [
      [{ difficulty: 0 }, 'difficulty'],
      [{ difficulty: 6 }, 'difficulty'],
      [{ interestAfter: 6 }, 'interestAfter'],
      [{ surprises: ['karaoke'] }, 'surprises.0'],
      [{ experience: 'meh' }, 'experience'],
      [{ team: { text: 'x', visibility: 'everyone' } }, 'team.visibility'],
      [
        { questions: [{ questionId: 1, text: 'Both a picked and a typed question here' }] },
        'questions.0.text',
      ],
      [{ questions: [{ questionId: 99_999_999 }] }, 'questions.0.questionId'],
    ];
    for (const [body, field] of cases) {
      const res = await as(s.seeker, 'PUT', url, body);
      expect(res.statusCode, `${JSON.stringify(body)}: ${res.body}`).toBe(400);
      expect(Object.keys(res.json().error.fields), JSON.stringify(body)).toContain(field);
    }
    expect((await as(s.seeker, 'GET', url)).statusCode).toBe(404);
  });
});

describe('who reads what', () => {
  it('shows each part to its author, staff only what is not private, nobody else anything', async () => {
    const s = await sitting({ past: true });
    const url = `/api/v1/me/interviews/${s.interviewId}/debrief`;
    for (const v of ['private', 'agency', 'shared'] as const) {
      const mark = (part: string) => `MARK-${part}-${v}`;
      const body = {
        questions: [
          {
            text: `What is your view on ${mark('question')} today?`,
            visibility: v,
            note: { text: mark('qnote'), visibility: v },
          },
        ],
        skills: [mark('skill')],
        skillsVisibility: v,
        formatNote: { text: mark('format'), visibility: v },
        team: { text: mark('team'), visibility: v },
        workplace: { text: mark('workplace'), visibility: v },
        otherRoles: { text: mark('roles'), visibility: v },
        insider: { text: mark('insider'), visibility: v },
      };
      await ok(s.seeker, 'PUT', url, body);
      const parts = ['question', 'qnote', 'skill', 'format', 'team', 'workplace', 'roles', 'insider'];

      const own = await as(s.seeker, 'GET', url);
      for (const p of parts) expect(own.body, `author, ${p}, ${v}`).toContain(mark(p));
      expect(own.json().authorName).toBe(s.seekerName);

      for (const staffUrl of [
        `/api/v1/candidates/${s.candidateId}/debriefs`,
        `/api/v1/interviews/${s.interviewId}/debriefs`,
      ]) {
        const res = await as(b.recruiter, 'GET', staffUrl);
        expect(res.statusCode, res.body).toBe(200);
        for (const p of parts)
          if (v === 'private') expect(res.body, `staff, ${p}, ${v}`).not.toContain(mark(p));
          else expect(res.body, `staff, ${p}, ${v}`).toContain(mark(p));
        const d = res.json()[0] as DebriefOut;
        expect(d.authorName).toBe(s.seekerName);
        if (v === 'private') {
          expect(d.team).toEqual({ text: '', visibility: 'private' });
          expect(d.questions[0]).toMatchObject({ questionId: 0, text: '', visibility: 'private' });
          expect(d.skills).toEqual([]);
        } else expect(d.team.visibility).toBe(v);
      }

      // Another seeker: nothing, and the same 404 as for an interview that does not exist.
      for (const [method, u, payload] of [
        ['GET', url],
        ['PUT', url, body],
        ['GET', '/api/v1/me/interviews/99999999/debrief'],
      ] as const) {
        const res = await as(stranger, method, u, payload);
        expect(res.statusCode, `${method} ${u}`).toBe(404);
        expect(res.body).not.toContain('MARK');
      }
      expect((await as(stranger, 'GET', '/api/v1/me/debriefs/due')).body).not.toContain('MARK');
      for (const u of [
        `/api/v1/candidates/${s.candidateId}/debriefs`,
        `/api/v1/interviews/${s.interviewId}/debriefs`,
      ]) {
        const res = await as(stranger, 'GET', u);
        expect(res.statusCode).toBe(403);
        expect(res.body).not.toContain('MARK');
      }
      // Signed out: nothing.
      for (const u of [
        url,
        '/api/v1/me/debriefs/due',
        `/api/v1/candidates/${s.candidateId}/debriefs`,
        `/api/v1/interviews/${s.interviewId}/debriefs`,
      ]) {
        const res = await as(null, 'GET', u);
        expect(res.statusCode).toBe(401);
        expect(res.body).not.toContain('MARK');
      }
      expect((await as(null, 'PUT', url, body)).statusCode).toBe(401);
    }
  });

  it('lets the recruiter add their own debrief from the client, apart from the seeker’s', async () => {
    const s = await sitting({ past: true });
    await ok(s.seeker, 'PUT', `/api/v1/me/interviews/${s.interviewId}/debrief`, {
      team: { text: 'Seeker view' },
    });
    const staffUrl = `/api/v1/interviews/${s.interviewId}/debriefs/${s.candidateId}`;
    const mine = (await ok(b.recruiter, 'PUT', staffUrl, {
      insider: { text: 'Client says: strong on SQL, private to me', visibility: 'private' },
      difficulty: 3,
    })) as DebriefOut;
    expect(mine).toMatchObject({ authorRole: 'staff', authorName: 'Test recruiter', difficulty: 3 });
    expect(mine.insider.text).toContain('strong on SQL');
    const list = (await ok(
      b.recruiter,
      'GET',
      `/api/v1/interviews/${s.interviewId}/debriefs`,
    )) as DebriefOut[];
    expect(list.map((d) => d.authorRole).sort()).toEqual(['candidate', 'staff']);
    // The recruiter reads their own private note; another member of staff does not.
    expect(JSON.stringify(list)).toContain('strong on SQL');
    const admin = await createUser(b.t, 'admin', 'Other Admin');
    expect((await as(admin, 'GET', `/api/v1/candidates/${s.candidateId}/debriefs`)).body).not.toContain(
      'strong on SQL',
    );
    // The seeker still reads only their own.
    const own = (await ok(s.seeker, 'GET', `/api/v1/me/interviews/${s.interviewId}/debrief`)) as DebriefOut;
    expect(own).toMatchObject({ authorRole: 'candidate', team: { text: 'Seeker view' } });
    expect(JSON.stringify(own)).not.toContain('strong on SQL');
    // Not for a candidate who was not booked there, nor before the time.
    const other = await sitting();
    expect(
      (await as(b.recruiter, 'PUT', `/api/v1/interviews/${s.interviewId}/debriefs/${other.candidateId}`, {}))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await as(
          b.recruiter,
          'PUT',
          `/api/v1/interviews/${other.interviewId}/debriefs/${other.candidateId}`,
          {},
        )
      ).statusCode,
    ).toBe(409);
    expect((await as(stranger, 'PUT', staffUrl, {})).statusCode).toBe(403);
  });
});
