import { expect } from 'vitest';
import { DAY, future } from '../../src/server/features/interviews/fixture.ts';
import { createUser, request, type TestApp, type TestUser } from '../../src/server/testing/harness.ts';
import type { Field } from '../../src/shared/vocabulary.ts';
import { seedOpening } from './support.ts';

// Enough insight for a job seeker to see it: five different seekers in one field, each with an
// interview at one company that took place two days ago and a debrief naming the same two bank
// questions and skills. Two of them leave a note on the workplace (one for the agency, one
// shared). A sixth seeker, the viewer, applied to the same company but has not interviewed yet.
// Everything goes through the API as people would, except linking a portal account to its
// candidate record (the seeker would claim it) and moving an interview into the past.

export interface Author {
  name: string;
  user: TestUser;
  candidateId: number;
}

export interface InsightWorld {
  recruiter: TestUser;
  companyId: number;
  companyName: string;
  field: Field;
  opening: { id: number; slug: string; title: string };
  questions: { id: number; text: string }[];
  skills: string[];
  authors: Author[];
  notes: { agency: string; shared: string };
  viewer: Author;
}

async function ok(t: TestApp, cookie: string, method: string, url: string, payload?: unknown) {
  const res = await request(t, { method, url, cookie, payload: payload as Record<string, unknown> });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json();
}

/** A portal account and its candidate record in `field`, applied to the opening. */
async function applicant(t: TestApp, w: Pick<InsightWorld, 'recruiter' | 'field' | 'opening'>, name: string) {
  const user = await createUser(t, 'candidate', name);
  const cand = await ok(t, w.recruiter.cookie, 'POST', '/api/v1/candidates', {
    name,
    email: user.email,
    ownerId: w.recruiter.id,
    field: w.field,
    skills: ['Cash handling'],
  });
  const candidateId = cand.candidate.id as number;
  await t.ctx.db.updateTable('candidate').set({ user_id: user.id }).where('id', '=', candidateId).execute();
  const app = await ok(t, w.recruiter.cookie, 'POST', '/api/v1/applications', {
    candidateId,
    openingId: w.opening.id,
  });
  return { name, user, candidateId, applicationId: app.id as number };
}

/** An interview for the application, booked on one time and then moved `hoursAgo` into the past. */
async function pastInterview(t: TestApp, recruiter: TestUser, applicationId: number, hoursAgo: number) {
  const iv = await ok(t, recruiter.cookie, 'POST', `/api/v1/applications/${applicationId}/interviews`, {
    round: 'first',
    format: 'video',
    durationMinutes: 45,
    videoUrl: 'https://meet.example/insight',
    zone: 'America/Halifax',
    times: [{ startsAt: future(3) }],
  });
  const startsAt = Date.now() - 2 * DAY - hoursAgo * 3_600_000;
  await t.ctx.db
    .updateTable('interview_slot')
    .set({
      starts_at: new Date(startsAt).toISOString(),
      ends_at: new Date(startsAt + 45 * 60_000).toISOString(),
    })
    .where('interview_id', '=', iv.id)
    .execute();
  return iv.id as number;
}

export async function insightWorld(t: TestApp): Promise<InsightWorld> {
  const recruiter = await createUser(t, 'recruiter', 'Rita Recruiter');
  const field: Field = 'Hospitality';
  const title = 'Front Desk Agent';
  const companyName = 'Northwind Hotels';
  const seeded = await seedOpening(t, recruiter.cookie, { company: companyName, title, field });
  const row = await t.ctx.db
    .selectFrom('opening')
    .select('company_id')
    .where('id', '=', seeded.id)
    .executeTakeFirstOrThrow();
  const w = { recruiter, field, opening: { ...seeded, title } };

  const questions = [];
  for (const text of [
    'Tell us about a time you calmed an angry guest at check-in.',
    'How would you handle two guests arriving for the same room?',
  ]) {
    const q = await ok(t, recruiter.cookie, 'POST', '/api/v1/questions', {
      text,
      category: 'behavioural',
      difficulty: 'medium',
      fields: [field],
    });
    questions.push({ id: q.id as number, text });
  }
  const skills = ['Conflict resolution', 'Upselling'];
  const notes = {
    agency: 'The night manager asked about overbooking policy twice.',
    shared: 'Lobby was being renovated; interview was held in the breakfast room.',
  };

  const names = ['Ana Author', 'Ben Booker', 'Cleo Concierge', 'Dev Doorman', 'Eli Evening'];
  const authors: Author[] = [];
  for (const [i, name] of names.entries()) {
    const a = await applicant(t, w, name);
    const interviewId = await pastInterview(t, recruiter, a.applicationId, i);
    await ok(t, a.user.cookie, 'PUT', `/api/v1/me/interviews/${interviewId}/debrief`, {
      questions: questions.map((q) => ({ questionId: q.id })),
      skills,
      surprises: ['writing-test'],
      difficulty: 3 + (i % 2),
      experience: i === 4 ? 'neutral' : 'positive',
      interestBefore: 2,
      interestAfter: 4,
      workplace:
        i === 0
          ? { text: notes.agency, visibility: 'agency' }
          : i === 1
            ? { text: notes.shared, visibility: 'shared' }
            : { text: '', visibility: 'agency' },
    });
    authors.push(a);
  }
  const viewer = await applicant(t, w, 'Val Viewer');
  return {
    recruiter,
    companyId: row.company_id,
    companyName,
    field,
    opening: w.opening,
    questions,
    skills,
    authors,
    notes,
    viewer,
  };
}
