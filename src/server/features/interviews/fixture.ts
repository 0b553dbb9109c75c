import { expect } from 'vitest';
import type { TestUser } from '../../testing/harness.ts';
import { request } from '../../testing/harness.ts';
import type { Board } from '../openings/fixture.ts';

// What the interview and calendar tests share: times ahead, an applicant in an opening's
// pipeline, and the details of an ordinary video interview.

export const DAY = 86_400_000;

const handedOut = new Set<string>();

/**
 * A whole hour some days ahead, as an ISO instant. Each call in a test file gets an hour no
 * earlier call got (the next free hour after the one asked for), because one recruiter sets up
 * every interview in a file and the server refuses times that clash with their other interviews.
 */
export function future(days: number, hour = 14): string {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  while (handedOut.has(d.toISOString())) d.setTime(d.getTime() + 3_600_000);
  handedOut.add(d.toISOString());
  return d.toISOString();
}

/** A candidate record in the opening's pipeline, optionally the portal record of a seeker. */
export async function addApplicant(
  b: Board,
  openingId: number,
  name: string,
  opts: { email?: string; seeker?: TestUser } = {},
) {
  const as = (method: string, url: string, payload: Record<string, unknown>) =>
    request(b.t, { method, url, cookie: b.recruiter.cookie, payload });
  const c = await as('POST', '/api/v1/candidates', {
    name,
    ...(opts.email ? { email: opts.email } : {}),
    source: 'sourced',
    ownerId: b.recruiter.id,
  });
  expect(c.statusCode, c.body).toBe(201);
  const candidateId = c.json().candidate.id as number;
  const a = await as('POST', '/api/v1/applications', { candidateId, openingId });
  expect(a.statusCode, a.body).toBe(201);
  if (opts.seeker)
    await b.t.ctx.db
      .updateTable('candidate')
      .set({ user_id: opts.seeker.id })
      .where('id', '=', candidateId)
      .execute();
  return { candidateId, applicationId: a.json().id as number };
}

export const INTERVIEW_BASICS = {
  round: 'first',
  format: 'video',
  durationMinutes: 45,
  videoUrl: 'https://meet.example/abc',
  instructions: 'Ask for Dana at reception.',
  zone: 'America/Halifax',
};

/** Moves every time of an interview two days into the past, as if it had happened. */
export async function timesInThePast(b: Board, interviewId: number): Promise<void> {
  await b.t.ctx.db
    .updateTable('interview_slot')
    .set({
      starts_at: new Date(Date.now() - 2 * DAY).toISOString(),
      ends_at: new Date(Date.now() - 2 * DAY + 3_600_000).toISOString(),
    })
    .where('interview_id', '=', interviewId)
    .execute();
}
