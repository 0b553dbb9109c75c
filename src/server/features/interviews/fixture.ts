import { expect } from 'vitest';
import type { TestUser } from '../../testing/harness.ts';
import { request } from '../../testing/harness.ts';
import type { Board } from '../openings/fixture.ts';

// What the interview and calendar tests share: times ahead, an applicant in an opening's
// pipeline, and the details of an ordinary video interview.

export const DAY = 86_400_000;

/** A whole hour some days ahead, as an ISO instant. */
export function future(days: number, hour = 14): string {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
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
