import { describe, expect, it } from 'vitest';
import { BY_CANDIDATE_LIMIT } from '../../../shared/follow-through.ts';
import { followThrough, verdict } from './follow-through.ts';
import { type BookingRow, followThroughRecords, latestBookings, toRecord } from './follow-through-records.ts';
import {
  buildReport,
  type CandidateRow,
  candidateFollowThrough,
  type ReportRow,
} from './follow-through-report.ts';

let nextId = 1;
/** A live booking on a scheduled interview, made on May 1 for May 12, unless told otherwise. */
function row(over: Partial<BookingRow> = {}): BookingRow {
  return {
    bookingId: nextId++,
    interviewId: 1,
    candidateId: 1,
    candidateOwner: 'r1',
    openingOwner: 'r2',
    startsAt: '2026-05-12T14:00:00.000Z',
    bookingState: 'booked',
    bookingCreatedAt: '2026-05-01T10:00:00.000Z',
    bookingUpdatedAt: '2026-05-01T10:00:00.000Z',
    cancelReason: null,
    attendance: null,
    interviewState: 'scheduled',
    interviewCancelledBy: null,
    ...over,
  };
}
/** What a candidate's own cancellation leaves on a booking and its one-person interview. */
const byCandidate: Partial<BookingRow> = {
  bookingState: 'cancelled',
  cancelReason: 'schedule-conflict',
  interviewState: 'cancelled',
  interviewCancelledBy: 'candidate',
};
/** What a staff cancellation leaves: no reason on the booking, who on the interview. */
const byStaff = (by: 'agency' | 'client'): Partial<BookingRow> => ({
  bookingState: 'cancelled',
  interviewState: 'cancelled',
  interviewCancelledBy: by,
});
const cancelledByCandidate = (over: Partial<BookingRow> = {}) => row({ ...byCandidate, ...over });
const cancelledByStaff = (by: 'agency' | 'client', over: Partial<BookingRow> = {}) =>
  row({ ...byStaff(by), ...over });

describe('toRecord', () => {
  it('maps a booking to a record keyed by the booking, owned by the candidate’s recruiter', () => {
    const r = row({ bookingId: 77, interviewId: 5, attendance: 'attended', interviewState: 'completed' });
    expect(toRecord(r)).toEqual({
      interviewId: 77,
      candidateId: 1,
      recruiterId: 'r1',
      scheduledAt: '2026-05-12T14:00:00.000Z',
      committedAt: '2026-05-01T10:00:00.000Z',
      state: 'completed',
      cancelledBy: null,
      outcome: 'attended',
    });
    expect(verdict(toRecord(r))).toBe('kept');
  });

  it('falls back to the opening’s recruiter, then to no one', () => {
    expect(toRecord(row({ candidateOwner: null })).recruiterId).toBe('r2');
    expect(toRecord(row({ candidateOwner: null, openingOwner: null })).recruiterId).toBeNull();
  });

  it('counts outcomes by the definitions', () => {
    const v = (over: Partial<BookingRow>) => verdict(toRecord(row(over)));
    expect(v({ attendance: 'no-show', interviewState: 'completed' })).toBe('not-kept');
    expect(v({ attendance: 'cancelled-late', interviewState: 'completed' })).toBe('not-kept');
    expect(v({ attendance: 'rescheduled' })).toBe('pending');
    expect(v({})).toBe('pending');
  });

  it('holds a candidate’s own cancellation against them, and no one else’s', () => {
    expect(toRecord(cancelledByCandidate())).toMatchObject({ state: 'cancelled', cancelledBy: 'candidate' });
    expect(verdict(toRecord(cancelledByCandidate()))).toBe('not-kept');
    expect(toRecord(cancelledByStaff('agency')).cancelledBy).toBe('agency');
    expect(verdict(toRecord(cancelledByStaff('agency')))).toBe('excluded');
    expect(verdict(toRecord(cancelledByStaff('client')))).toBe('excluded');
  });

  it('reads a seat given up in a group session that goes on as the candidate’s cancellation', () => {
    // The interview stays scheduled; the booking alone is cancelled, with the candidate's reason.
    const gaveUp = row({ bookingState: 'cancelled', cancelReason: 'not-interested' });
    expect(toRecord(gaveUp)).toMatchObject({ state: 'cancelled', cancelledBy: 'candidate' });
    // A candidate who cancelled before staff called the whole session off still counts against.
    const before = cancelledByCandidate({ interviewCancelledBy: 'client' });
    expect(toRecord(before).cancelledBy).toBe('candidate');
  });

  it('excludes a cancelled booking that names no one', () => {
    const nobody = row({ bookingState: 'cancelled' });
    expect(toRecord(nobody)).toMatchObject({ state: 'cancelled', cancelledBy: null });
    expect(verdict(toRecord(nobody))).toBe('excluded');
  });
});

describe('latestBookings', () => {
  it('keeps the live booking over a cancelled one, whatever the order', () => {
    const old = cancelledByCandidate({
      interviewState: 'scheduled',
      bookingUpdatedAt: '2026-05-02T00:00:00.000Z',
    });
    const live = row({
      bookingCreatedAt: '2026-05-03T00:00:00.000Z',
      bookingUpdatedAt: '2026-05-03T00:00:00.000Z',
    });
    expect(latestBookings([old, live])).toEqual([live]);
    expect(latestBookings([live, old])).toEqual([live]);
  });

  it('among cancelled bookings keeps the one changed last, then the newest row', () => {
    const first = cancelledByCandidate({ bookingUpdatedAt: '2026-05-04T00:00:00.000Z' });
    const second = cancelledByCandidate({ bookingUpdatedAt: '2026-05-02T00:00:00.000Z' });
    expect(latestBookings([first, second])).toEqual([first]);
    const tieA = cancelledByCandidate({ bookingId: 500 });
    const tieB = cancelledByCandidate({ bookingId: 501 });
    expect(latestBookings([tieB, tieA])).toEqual([tieB]);
  });

  it('keeps one booking per candidate and interview, so each group member counts', () => {
    const rows = [
      row({ interviewId: 9, candidateId: 1, attendance: 'attended' }),
      row({ interviewId: 9, candidateId: 2, attendance: 'no-show' }),
      row({ interviewId: 10, candidateId: 1 }),
    ];
    expect(latestBookings(rows)).toHaveLength(3);
    expect(followThrough(followThroughRecords(rows))).toEqual({
      committed: 2,
      kept: 1,
      rate: 0.5,
      pending: 1,
    });
  });
});

describe('buildReport', () => {
  const period = { from: '2026-05-01', to: '2026-06-30' };
  const named = (
    over: Partial<BookingRow>,
    candidateName = `Candidate ${over.candidateId ?? 1}`,
  ): ReportRow => ({
    ...row(over),
    candidateName,
  });
  const report = (rows: ReportRow[]) =>
    buildReport({
      rows,
      recruiterNames: new Map([
        ['r1', 'Rita'],
        ['r2', 'Al'],
      ]),
      period,
      bucket: 'month',
      zone: 'UTC',
    });

  it('figures the agency, months, recruiters and candidates, lowest rate first', () => {
    const r = report([
      named({ candidateId: 1, attendance: 'attended', interviewId: 1 }),
      named({ candidateId: 1, attendance: 'attended', interviewId: 2, startsAt: '2026-06-03T09:00:00.000Z' }),
      named({ candidateId: 2, attendance: 'no-show', interviewId: 3, candidateOwner: null }),
      named({ candidateId: 3, interviewId: 4, candidateOwner: null, openingOwner: null }),
      named({ ...byStaff('client'), candidateId: 4, interviewId: 5 }),
    ]);
    expect(r.agency).toEqual({ committed: 3, kept: 2, rate: 2 / 3, pending: 1 });
    expect(r.overTime).toEqual([
      { start: '2026-05-01', committed: 2, kept: 1, rate: 0.5, pending: 1 },
      { start: '2026-06-01', committed: 1, kept: 1, rate: 1, pending: 0 },
    ]);
    expect(r.byRecruiter.map((x) => [x.name, x.committed, x.kept])).toEqual([
      ['Al', 1, 0],
      ['Rita', 2, 2],
      ['No recruiter', 0, 0],
    ]);
    expect(r.byCandidate.map((c) => [c.name, c.rate])).toEqual([
      ['Candidate 2', 0],
      ['Candidate 1', 1],
    ]);
    expect(r.candidatesWithCommitments).toBe(2);
  });

  it('leaves out commitments whose latest time is outside the period', () => {
    const r = report([
      named({ ...byCandidate, interviewState: 'scheduled', bookingId: 1000 }),
      named({
        bookingId: 1001,
        startsAt: '2026-07-02T09:00:00.000Z',
        bookingUpdatedAt: '2026-05-05T00:00:00.000Z',
      }),
      named({ candidateId: 2, startsAt: '2026-04-30T23:59:00.000Z', attendance: 'attended' }),
    ]);
    expect(r.agency).toEqual({ committed: 0, kept: 0, rate: null, pending: 0 });
    expect(r.byCandidate).toEqual([]);
  });

  it('lists at most the limit of candidates, and counts them all', () => {
    const rows = Array.from({ length: BY_CANDIDATE_LIMIT + 5 }, (_, n) =>
      named({ candidateId: n + 1, interviewId: n + 1, attendance: n % 2 ? 'attended' : 'no-show' }),
    );
    const r = report(rows);
    expect(r.byCandidate).toHaveLength(BY_CANDIDATE_LIMIT);
    expect(r.candidatesWithCommitments).toBe(BY_CANDIDATE_LIMIT + 5);
    expect(r.byCandidate[0]?.rate).toBe(0);
  });
});

describe('candidateFollowThrough', () => {
  const withOpening = (over: Partial<BookingRow>): CandidateRow => ({
    ...row(over),
    applicationId: 3,
    openingId: 4,
    openingTitle: 'Teller',
    companyName: 'Harbour Bank',
    round: 'first',
    format: 'video',
  });

  it('gives the figures and each interview’s verdict, latest time first', () => {
    const r = candidateFollowThrough([
      withOpening({ interviewId: 1, attendance: 'attended', startsAt: '2026-05-01T10:00:00.000Z' }),
      withOpening({ ...byCandidate, interviewId: 2, startsAt: '2026-05-03T10:00:00.000Z' }),
      withOpening({ ...byStaff('agency'), interviewId: 3, startsAt: '2026-05-02T10:00:00.000Z' }),
    ]);
    expect(r).toMatchObject({ committed: 2, kept: 1, rate: 0.5, pending: 0 });
    expect(r.interviews.map((i) => [i.interviewId, i.verdict])).toEqual([
      [2, 'not-kept'],
      [3, 'excluded'],
      [1, 'kept'],
    ]);
    expect(r.interviews[1]).toMatchObject({
      openingTitle: 'Teller',
      cancelledBy: 'agency',
      state: 'cancelled',
    });
  });

  it('says nothing is committed when there are no bookings', () => {
    expect(candidateFollowThrough([])).toEqual({
      committed: 0,
      kept: 0,
      rate: null,
      pending: 0,
      interviews: [],
    });
  });
});
