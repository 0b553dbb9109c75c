import type { Kysely } from 'kysely';
import {
  CANCEL_REASON_LABELS,
  CANCELLED_BY_LABELS,
  INTERVIEW_ROUND_LABELS,
} from '../../../shared/interviews.ts';
import { zonedText } from '../../../shared/zoned-time.ts';
import { iso, type Tables } from '../../db/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import type { MailMessage } from '../../platform/mail.ts';
import { enqueueMail } from '../../platform/outbox.ts';
import { scheduleDebriefRequests } from '../debriefs/index.ts';
import { type IcsAttendee, interviewIcs } from './ics.ts';
import { scheduleInterviewReminders } from './reminders.ts';
import { LINK_LIFETIME_MS, signInterviewLink } from './tokens.ts';

// Mails for an interview change: an iCalendar REQUEST (invitation or change) or CANCEL to the
// candidate, the interviewers and the recruiter; proposed times go to the candidate as plain
// text with a signed link. They are queued in the caller's transaction, so a change that rolls
// back sends nothing. A candidate's mail names only them, never others in a group session.

/**
 * What happened. 'seat-cancelled' is one candidate leaving a group session that goes on: the
 * calendar event stands, so only the recruiter hears of it.
 */
export type InterviewChange = 'proposed' | 'booked' | 'rescheduled' | 'cancelled' | 'seat-cancelled';

export interface MailSettings {
  agency: { name: string; email: string };
  publicUrl: string;
  secret: string;
}

/** Queues the mails (and reminders) for one change; `candidateId` limits candidate mail to one. */
export type InterviewNotifier = (
  tx: Kysely<Tables>,
  interviewId: number,
  change: InterviewChange,
  candidateId?: number,
) => Promise<void>;

interface Person {
  name: string;
  email: string;
}
interface Booked extends Person {
  candidateId: number;
  bookingId: number;
  startsAt: string;
  endsAt: string;
}

export interface InterviewFacts {
  id: number;
  uid: string;
  sequence: number;
  zone: string;
  round: string;
  format: string;
  location: string;
  videoUrl: string;
  instructions: string;
  /** Candidates the change concerns (booked, or just cancelled), with their time. */
  candidates: Booked[];
  /** When set, only this candidate is mailed (the one who just booked); the rest already were. */
  onlyCandidateId?: number;
  /** For proposed times: who may choose, and the times. */
  invitees: (Person & { candidateId: number })[];
  times: { startsAt: string; endsAt: string }[];
  interviewers: Person[];
  recruiter: Person | null;
  /** For a cancellation: who called it off and why, in words (the recruiter's mail says so). */
  cancellation?: { by: string; why: string };
}

const roundName = (round: string) => (INTERVIEW_ROUND_LABELS as Record<string, string>)[round] ?? 'Interview';

/** Pure: the mails for one change, one per recipient. */
export function interviewMails(
  f: InterviewFacts,
  change: InterviewChange,
  s: MailSettings,
  stamp = new Date(),
): MailMessage[] {
  const title = roundName(f.round);
  if (change === 'proposed') {
    return f.invitees
      .filter((c) => c.email)
      .map((c) => {
        const token = signInterviewLink(s.secret, {
          interviewId: f.id,
          candidateId: c.candidateId,
          expiresAt: stamp.getTime() + LINK_LIFETIME_MS,
        });
        const times = f.times.map((t) => `- ${zonedText(t.startsAt, f.zone)}`).join('\n');
        return {
          to: c.email,
          subject: `Choose a time for your ${title.toLowerCase()}`,
          text: `Hello ${c.name},\n\nPlease choose one of these times:\n\n${times}\n\nChoose in the portal:\n${s.publicUrl}/app/interviews/${f.id}\n\nor without signing in:\n${s.publicUrl}/app/interview-link/${token}\n\n${s.agency.name}`,
        };
      });
  }
  const why = f.cancellation ? `\n\n${f.cancellation.by}: ${f.cancellation.why}` : '';
  if (change === 'seat-cancelled') {
    const who = f.candidates[0];
    if (!who || !f.recruiter?.email) return [];
    return [
      {
        to: f.recruiter.email,
        subject: `${who.name} cancelled their place: ${title}, ${zonedText(who.startsAt, f.zone)}`,
        text: `Hello ${f.recruiter.name},\n\n${who.name} has cancelled their place in the group ${title.toLowerCase()} on ${zonedText(who.startsAt, f.zone)}. The session goes on for the others.${why}\n\n${s.agency.name}`,
      },
    ];
  }
  const first = f.candidates.find(
    (c) => f.onlyCandidateId === undefined || c.candidateId === f.onlyCandidateId,
  );
  // Called off before anyone chose a time: no event was sent, so a plain word to those asked.
  if (!first && change === 'cancelled')
    return f.invitees
      .filter((c) => c.email)
      .map((c) => ({
        to: c.email,
        subject: `Cancelled: ${title} for which you were asked to choose a time`,
        text: `Hello ${c.name},\n\nThe ${title.toLowerCase()} you were asked to choose a time for has been cancelled, so there is no need to choose one. Your recruiter will be in touch about what comes next.\n\n${s.agency.name}`,
      }));
  if (!first) return [];
  const method = change === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const verb = { booked: 'Invitation', rescheduled: 'Moved', cancelled: 'Cancelled' }[change];
  const interviewers: IcsAttendee[] = f.interviewers.filter((p) => p.email);
  const ics = (slot: Booked, attendees: IcsAttendee[]) =>
    interviewIcs({
      method,
      uid: f.uid,
      sequence: f.sequence,
      status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
      start: new Date(slot.startsAt),
      end: new Date(slot.endsAt),
      zone: f.zone,
      summary: title,
      description: f.instructions,
      location: f.location || f.videoUrl,
      ...(f.videoUrl ? { url: f.videoUrl } : {}),
      organizer: s.agency,
      attendees,
      stamp,
    });
  const mail = (to: Person, slot: Booked, attendees: IcsAttendee[], extra = ''): MailMessage => {
    const content = ics(slot, attendees);
    const when = zonedText(slot.startsAt, f.zone);
    const what =
      change === 'cancelled' ? 'has been cancelled' : change === 'rescheduled' ? 'has moved to' : 'is';
    return {
      to: to.email,
      subject: `${verb}: ${title}, ${when}`,
      text: `Hello ${to.name},\n\nThe ${title.toLowerCase()} ${what}${change === 'cancelled' ? ` (it was ${when})` : ` ${when}`}.${extra}\n\n${f.instructions}\n\n${s.agency.name}`,
      calendar: { method, content },
    };
  };
  const out: MailMessage[] = [];
  // Each candidate sees only themselves among the attendees.
  for (const c of f.candidates)
    if (c.email && (f.onlyCandidateId === undefined || c.candidateId === f.onlyCandidateId))
      out.push(mail(c, c, [c, ...interviewers]));
  // Staff see everyone booked at that time.
  const together = f.candidates.filter((c) => c.email && c.startsAt === first.startsAt);
  const everyone: IcsAttendee[] = [...together, ...interviewers];
  for (const p of interviewers) out.push(mail(p, first, everyone));
  if (f.recruiter?.email) out.push(mail(f.recruiter, first, everyone, change === 'cancelled' ? why : ''));
  return out;
}

/** Reads what the mails need, inside the change's transaction. */
export async function interviewFacts(
  tx: Kysely<Tables>,
  interviewId: number,
  change: InterviewChange,
  candidateId?: number,
): Promise<InterviewFacts> {
  const i = await tx
    .selectFrom('interview as i')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .select([
      'i.id',
      'i.uid',
      'i.sequence',
      'i.zone',
      'i.round',
      'i.format',
      'i.location',
      'i.video_url',
      'i.instructions',
      'i.created_by',
      'i.cancelled_by',
      'i.cancel_reason',
      'i.cancel_note',
      'o.owner_id',
    ])
    .where('i.id', '=', interviewId)
    .executeTakeFirstOrThrow();
  const bq = tx
    .selectFrom('interview_booking as b')
    .innerJoin('interview as bi', 'bi.id', 'b.interview_id')
    .innerJoin('interview_slot as s', 's.id', 'b.slot_id')
    .innerJoin('candidate as c', 'c.id', 'b.candidate_id')
    .select([
      'b.id as booking_id',
      'b.candidate_id',
      'b.cancel_reason',
      'b.cancel_note',
      'c.name',
      'c.email',
      's.starts_at',
      's.ends_at',
    ])
    .where('b.interview_id', '=', interviewId)
    // A cancellation concerns the bookings cancelled by this very change (same timestamp); a
    // seat given up in a group session, that candidate's latest cancelled booking.
    .where((eb) =>
      change === 'cancelled'
        ? eb.and([eb('b.state', '=', 'cancelled'), eb('b.updated_at', '=', eb.ref('bi.updated_at'))])
        : change === 'seat-cancelled'
          ? eb.and([eb('b.state', '=', 'cancelled'), eb('b.candidate_id', '=', candidateId ?? -1)])
          : eb('b.state', '=', 'booked'),
    );
  const rows = await bq.orderBy('b.id').execute();
  const booked = change === 'seat-cancelled' ? rows.slice(-1) : rows;
  const invitees =
    change === 'proposed' || change === 'cancelled'
      ? await tx
          .selectFrom('interview_invitee as v')
          .innerJoin('application as a', 'a.id', 'v.application_id')
          .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
          .select(['c.id', 'c.name', 'c.email'])
          .where('v.interview_id', '=', interviewId)
          .execute()
      : [];
  const times = await tx
    .selectFrom('interview_slot')
    .select(['starts_at', 'ends_at'])
    .where('interview_id', '=', interviewId)
    .orderBy('starts_at')
    .execute();
  const interviewers = await tx
    .selectFrom('interview_interviewer as x')
    .innerJoin('contact as p', 'p.id', 'x.contact_id')
    .select(['p.name', 'p.email'])
    .where('x.interview_id', '=', interviewId)
    .orderBy('p.id')
    .execute();
  const recruiterId = i.owner_id ?? i.created_by;
  const recruiter = recruiterId
    ? await tx.selectFrom('user').select(['name', 'email']).where('id', '=', recruiterId).executeTakeFirst()
    : undefined;
  return {
    id: i.id,
    uid: i.uid,
    sequence: Number(i.sequence),
    zone: i.zone,
    round: i.round,
    format: i.format,
    location: i.location ?? '',
    videoUrl: i.video_url ?? '',
    instructions: i.instructions ?? '',
    candidates: booked.map((b) => ({
      candidateId: b.candidate_id,
      bookingId: b.booking_id,
      name: b.name,
      email: b.email,
      startsAt: iso(b.starts_at),
      endsAt: iso(b.ends_at),
    })),
    ...(candidateId !== undefined ? { onlyCandidateId: candidateId } : {}),
    invitees: invitees.map((c) => ({ candidateId: c.id, name: c.name, email: c.email })),
    times: times.map((t) => ({ startsAt: iso(t.starts_at), endsAt: iso(t.ends_at) })),
    interviewers,
    recruiter: recruiter ?? null,
    ...cancellationOf(change, i, booked[0]),
  };
}

/** Who called it off and why, in the words the recruiter's mail uses. */
function cancellationOf(
  change: InterviewChange,
  i: { cancelled_by: string | null; cancel_reason: string | null; cancel_note: string },
  booking: { name: string; cancel_reason: string | null; cancel_note: string } | undefined,
): Pick<InterviewFacts, 'cancellation'> {
  const byCandidate = (reason: string, note: string) => ({
    cancellation: {
      by: `${booking?.name ?? 'The candidate'} gave this reason`,
      why: `${(CANCEL_REASON_LABELS as Record<string, string>)[reason] ?? reason}${note ? ` (${note})` : ''}`,
    },
  });
  if (change === 'seat-cancelled' && booking?.cancel_reason)
    return byCandidate(booking.cancel_reason, booking.cancel_note);
  if (change !== 'cancelled') return {};
  if (i.cancelled_by === 'candidate' && i.cancel_reason) return byCandidate(i.cancel_reason, i.cancel_note);
  if (i.cancelled_by === 'agency' || i.cancelled_by === 'client')
    return { cancellation: { by: CANCELLED_BY_LABELS[i.cancelled_by], why: i.cancel_note } };
  return {};
}

/** The notifier the routes hand to the writes in changes.ts and booking.ts. */
export function interviewNotifier(ctx: AppContext): InterviewNotifier {
  const settings: MailSettings = {
    agency: ctx.config.agency,
    publicUrl: ctx.config.publicUrl,
    secret: ctx.config.secret,
  };
  return async (tx, interviewId, change, candidateId) => {
    const facts = await interviewFacts(tx, interviewId, change, candidateId);
    for (const m of interviewMails(facts, change, settings)) await enqueueMail(tx, m);
    if (change === 'booked' || change === 'rescheduled') await scheduleInterviewReminders(tx, facts);
    if (change === 'booked' || change === 'rescheduled') await scheduleDebriefRequests(tx, facts);
  };
}
