import { beforeAll, describe, expect, it } from 'vitest';
import type { DebriefOut } from '../../../shared/debriefs.ts';
import { iso } from '../../db/tables.ts';
import { future, timesInThePast } from '../interviews/fixture.ts';
import type { Board } from '../openings/fixture.ts';
import { debriefBoard } from './fixture.ts';
import { DEBRIEF_REQUEST } from './requests.ts';

// Debriefs over HTTP on each database, after the writing: the mail asking for one once the
// interview has passed, the outcome following the pipeline, and a candidate merge carrying
// debriefs along.

const { board, ok, sitting } = debriefBoard();
let b: Board;
beforeAll(() => {
  b = board().b;
});
let seen = 0;

describe('the request to write one', () => {
  const requests = async (interviewId: number) =>
    (
      await b.t.ctx.db
        .selectFrom('outbox')
        .select(['id', 'status', 'payload', 'run_after'])
        .where('kind', '=', DEBRIEF_REQUEST)
        .orderBy('id')
        .execute()
    ).filter((r) => JSON.parse(r.payload).interviewId === interviewId);
  const makeDue = async () =>
    b.t.ctx.db
      .updateTable('outbox')
      .set({ run_after: new Date(Date.now() - 1000).toISOString() })
      .where('kind', '=', DEBRIEF_REQUEST)
      .where('status', '=', 'pending')
      .execute();
  const asked = async (email: string | null) => {
    const all = await b.t.deliverMail();
    const fresh = all.slice(seen);
    seen = all.length;
    return fresh.filter(
      (m) => (email === null || m.to === email) && m.subject.startsWith('How did your interview'),
    );
  };

  it('asks once when the booked time has ended', async () => {
    const s = await sitting();
    const rows = await requests(s.interviewId);
    expect(rows).toHaveLength(1);
    const slot = await b.t.ctx.db
      .selectFrom('interview_slot')
      .select('ends_at')
      .where('interview_id', '=', s.interviewId)
      .executeTakeFirstOrThrow();
    expect(new Date(rows[0]?.run_after as string).getTime()).toBe(new Date(slot.ends_at as string).getTime());
    expect(await asked(s.email)).toHaveLength(0); // not yet
    await makeDue();
    const mails = await asked(s.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(`/app/interviews/${s.interviewId}/debrief`);
    // A twin row (queued again somehow) does not ask twice.
    await b.t.ctx.db
      .insertInto('outbox')
      .values({
        kind: DEBRIEF_REQUEST,
        payload: rows[0]?.payload as string,
        run_after: new Date(Date.now() - 1000).toISOString(),
      })
      .execute();
    expect(await asked(s.email)).toHaveLength(0);
    const recorded = await b.t.ctx.db.selectFrom('debrief_request').selectAll().execute();
    expect(recorded.length).toBeGreaterThanOrEqual(1);
  });

  it('does not ask for a cancelled or moved booking, nor once a debrief is written', async () => {
    const cancelled = await sitting();
    await ok(b.recruiter, 'POST', `/api/v1/interviews/${cancelled.interviewId}/cancel`, {
      by: 'client',
      reason: 'Role filled',
    });
    const moved = await sitting();
    await ok(b.recruiter, 'PUT', `/api/v1/interviews/${moved.interviewId}/time`, { startsAt: future(6) });
    expect(await requests(moved.interviewId)).toHaveLength(2); // the old time's and the new time's
    const written = await sitting();
    // Written while the time is briefly in the past, then put back: only the debrief differs.
    const slot = () =>
      b.t.ctx.db.updateTable('interview_slot').where('interview_id', '=', written.interviewId);
    const original = await b.t.ctx.db
      .selectFrom('interview_slot')
      .select(['starts_at', 'ends_at'])
      .where('interview_id', '=', written.interviewId)
      .executeTakeFirstOrThrow();
    await timesInThePast(b, written.interviewId);
    await ok(written.seeker, 'PUT', `/api/v1/me/interviews/${written.interviewId}/debrief`, {});
    await slot()
      .set({ starts_at: iso(original.starts_at), ends_at: iso(original.ends_at) })
      .execute();
    await makeDue();
    const mails = await asked(null);
    expect(mails.filter((m) => m.to === cancelled.email)).toHaveLength(0);
    // Only the new time's request goes out (made due early here): the old one retires.
    expect(mails.filter((m) => m.to === moved.email)).toHaveLength(1);
    expect(mails.filter((m) => m.to === written.email)).toHaveLength(0);
  });
});

describe('the outcome and merges', () => {
  it('follows the pipeline', async () => {
    const s = await sitting({ past: true });
    await ok(s.seeker, 'PUT', `/api/v1/me/interviews/${s.interviewId}/debrief`, {});
    const stages = (await ok(b.recruiter, 'GET', '/api/v1/stages')) as { id: number; name: string }[];
    const stage = (name: string) => stages.find((x) => x.name === name)?.id;
    const outcome = async () =>
      (await ok(s.seeker, 'GET', `/api/v1/me/interviews/${s.interviewId}/debrief`)).outcome;
    await ok(b.recruiter, 'POST', `/api/v1/applications/${s.applicationId}/moves`, {
      stageId: stage('Offer'),
    });
    expect(await outcome()).toBe('offer');
    await ok(b.recruiter, 'POST', `/api/v1/applications/${s.applicationId}/moves`, {
      stageId: stage('Withdrawn by candidate'),
    });
    expect(await outcome()).toBe('withdrawn');
  });

  it('moves debriefs to the kept record, keeping the kept one’s on a clash', async () => {
    const s = await sitting({ past: true });
    await ok(s.seeker, 'PUT', `/api/v1/me/interviews/${s.interviewId}/debrief`, {
      team: { text: 'From the dup' },
    });
    const kept = await ok(b.recruiter, 'POST', '/api/v1/candidates', {
      name: 'Kept Record',
      source: 'sourced',
      ownerId: b.recruiter.id,
    });
    const keptId = kept.candidate.id as number;
    // Both records have a staff debrief of the same interview: the kept record's stays.
    await ok(b.recruiter, 'PUT', `/api/v1/interviews/${s.interviewId}/debriefs/${s.candidateId}`, {
      insider: { text: 'Dup staff note' },
    });
    await b.t.ctx.db
      .insertInto('debrief')
      .values({
        interview_id: s.interviewId,
        candidate_id: keptId,
        author_id: b.recruiter.id,
        author_role: 'staff',
        interview_at: new Date().toISOString(),
        insider: 'Kept staff note',
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      })
      .execute();
    await ok(b.recruiter, 'POST', `/api/v1/candidates/${keptId}/merge`, { otherId: s.candidateId });
    const list = (await ok(b.recruiter, 'GET', `/api/v1/candidates/${keptId}/debriefs`)) as DebriefOut[];
    expect(list).toHaveLength(2);
    expect(list.every((d) => d.candidateId === keptId)).toBe(true);
    expect(list.find((d) => d.authorRole === 'candidate')?.team.text).toBe('From the dup');
    expect(list.find((d) => d.authorRole === 'staff')?.insider.text).toBe('Kept staff note');
  });
});
