import { afterAll, beforeAll, expect } from 'vitest';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { addApplicant, future, INTERVIEW_BASICS, timesInThePast } from '../interviews/fixture.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';

// What the debrief HTTP tests share: a board with one opening, a seeker who applied nowhere,
// request helpers, and interviews booked for fresh applicants (in the past when asked).

export interface DebriefBoard {
  b: Board;
  openingId: number;
  /** A signed-in seeker with no application and no interview. */
  stranger: TestUser;
}

export interface Sitting {
  seeker: TestUser;
  /** The seeker's name, when the sitting made the seeker. */
  seekerName: string;
  candidateId: number;
  applicationId: number;
  interviewId: number;
  email: string;
}

/** Sets up the board before the file's tests and closes it after; read `board()` inside tests. */
export function debriefBoard() {
  let state: DebriefBoard | null = null;
  let n = 0;
  beforeAll(async () => {
    const b = await setupBoard();
    const openingId = (await b.createOpening({ title: 'Ledger Analyst' })).id;
    state = { b, openingId, stranger: await createUser(b.t, 'candidate', 'Stranger Seeker') };
  });
  afterAll(async () => {
    await state?.b.t.close();
  });

  const board = (): DebriefBoard => {
    if (!state) throw new Error('The debrief board is used before it was set up');
    return state;
  };
  const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
    request(board().b.t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });
  async function ok(user: TestUser | null, method: string, url: string, payload?: unknown) {
    const res = await as(user, method, url, payload);
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res.json();
  }
  /** A seeker booked at one time ahead; `past` moves it two days back, as if it took place. */
  async function sitting(opts: { past?: boolean; seeker?: TestUser } = {}): Promise<Sitting> {
    const { b, openingId } = board();
    n += 1;
    const email = `dee${n}@example.test`;
    const seekerName = opts.seeker ? '' : `Seeker ${n}`;
    const seeker = opts.seeker ?? (await createUser(b.t, 'candidate', seekerName));
    const { candidateId, applicationId } = await addApplicant(b, openingId, `Dee Brief ${n}`, {
      email,
      seeker,
    });
    const iv = await ok(b.recruiter, 'POST', `/api/v1/applications/${applicationId}/interviews`, {
      ...INTERVIEW_BASICS,
      times: [{ startsAt: future(3) }],
    });
    if (opts.past) await timesInThePast(b, iv.id);
    return { seeker, seekerName, candidateId, applicationId, interviewId: iv.id as number, email };
  }
  return { board, as, ok, sitting };
}

/** A debrief with every part filled in, as a thorough seeker writes it. */
export const FULL_DEBRIEF = {
  questions: [{ text: 'Tell us about a time you reconciled two ledgers that disagreed.' }],
  skills: ['sql', 'Stakeholder management', 'Abacus juggling'],
  surprises: ['writing-test', 'more-rounds'],
  formatNote: { text: 'A 30-minute written case first.' },
  difficulty: 4,
  experience: 'positive',
  team: { text: 'Friendly team of five.' },
  workplace: { text: 'Open plan, quiet.' },
  interestBefore: 3,
  interestAfter: 5,
  otherRoles: { text: 'They also hire a junior analyst.' },
  insider: { text: 'Budget season is hectic.' },
};
