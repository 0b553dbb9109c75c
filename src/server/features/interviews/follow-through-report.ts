import {
  BY_CANDIDATE_LIMIT,
  type CandidateFollowThrough,
  type CommittedInterview,
  type FollowThroughReport,
} from '../../../shared/follow-through.ts';
import type { InterviewFormat, InterviewRound } from '../../../shared/interviews.ts';
import type { ReportGroup } from '../../../shared/reports.ts';
import { type Period, periodBounds } from '../reports/periods.ts';
import { byGroup, followThrough, overTime, verdict } from './follow-through.ts';
import { type BookingRow, latestBookings, toRecord } from './follow-through-records.ts';

// The follow-through report and a candidate's own figures, assembled from booking rows. No I/O:
// the rows come from follow-through-queries.ts.

export type ReportRow = BookingRow & { candidateName: string };

/** The report's figures for commitments whose (latest) time falls in the period. */
export function buildReport(input: {
  rows: readonly ReportRow[];
  recruiterNames: ReadonlyMap<string, string>;
  period: Period;
  bucket: ReportGroup;
  zone: string;
}): Omit<FollowThroughReport, 'period' | 'bucket'> {
  const { start, end } = periodBounds(input.period, input.zone);
  // The latest booking is chosen before the period is applied: a candidate who cancelled a time
  // in the period and booked one after it has committed to the later time, not the earlier one.
  const inPeriod = latestBookings(input.rows).filter(
    (r) => Date.parse(r.startsAt) >= Date.parse(start) && Date.parse(r.startsAt) < Date.parse(end),
  );
  const records = inPeriod.map(toRecord);
  const candidateNames = new Map(inPeriod.map((r) => [r.candidateId, r.candidateName]));
  const byRecruiter = byGroup(records, 'recruiterId')
    .map(({ key, ...figure }) => ({
      recruiterId: key,
      name: key === null ? 'No recruiter' : (input.recruiterNames.get(key) ?? 'Former staff member'),
      ...figure,
    }))
    // Alphabetical, with "No recruiter" last: a list to find oneself in, not a ranking.
    .sort(
      (a, b) =>
        Number(a.recruiterId === null) - Number(b.recruiterId === null) || a.name.localeCompare(b.name),
    );
  const committed = byGroup(records, 'candidateId')
    .filter((c) => c.committed > 0)
    .map(({ key, ...figure }) => ({ candidateId: key, name: candidateNames.get(key) ?? '', ...figure }))
    .sort(
      (a, b) => (a.rate ?? 1) - (b.rate ?? 1) || b.committed - a.committed || a.name.localeCompare(b.name),
    );
  return {
    agency: followThrough(records),
    overTime: overTime(records, {
      bucket: input.bucket,
      zone: input.zone,
      from: input.period.from,
      to: input.period.to,
    }),
    byRecruiter,
    byCandidate: committed.slice(0, BY_CANDIDATE_LIMIT),
    candidatesWithCommitments: committed.length,
  };
}

/** A booking row with the interview's opening, for the candidate's own list. */
export type CandidateRow = BookingRow & {
  applicationId: number;
  openingId: number;
  openingTitle: string;
  companyName: string;
  round: InterviewRound;
  format: InterviewFormat;
};

/** One candidate's follow-through and every interview they booked, latest time first. */
export function candidateFollowThrough(rows: readonly CandidateRow[]): CandidateFollowThrough {
  const latest = latestBookings(rows).sort(
    (a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt) || b.bookingId - a.bookingId,
  );
  const interviews = latest.map((r): CommittedInterview => {
    const record = toRecord(r);
    return {
      bookingId: r.bookingId,
      interviewId: r.interviewId,
      applicationId: r.applicationId,
      openingId: r.openingId,
      openingTitle: r.openingTitle,
      companyName: r.companyName,
      round: r.round,
      format: r.format,
      scheduledAt: r.startsAt,
      state: record.state,
      cancelledBy: record.cancelledBy,
      outcome: record.outcome,
      verdict: verdict(record),
    };
  });
  return { ...followThrough(latest.map(toRecord)), interviews };
}
