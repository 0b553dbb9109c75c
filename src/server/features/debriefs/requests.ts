import type { Kysely } from 'kysely';
import { z } from 'zod';
import { iso, type Tables } from '../../db/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import type { MailMessage } from '../../platform/mail.ts';
import { enqueue } from '../../platform/outbox.ts';
import type { InterviewFacts } from '../interviews/notify.ts';
import { countOutbox } from '../tasks/queries.ts';
import { bookedSittings } from './facts.ts';

// The request to write a debrief: one outbox row per booked candidate, queued when the time is
// booked or moved, due when the booked time ends. When it runs, the booking is read again: the
// mail goes out only if the seat is still booked, the interview still on, the time unchanged,
// no debrief written yet and no request sent for this booking before (debrief_request). So a
// cancelled or moved booking's old request retires silently, and a candidate is asked once.
// The portal's prompt (GET /api/v1/me/debriefs/due) does not depend on the mail.

export const DEBRIEF_REQUEST = 'debrief.request';

const payloadSchema = z.object({
  interviewId: z.number().int(),
  bookingId: z.number().int(),
  candidateId: z.number().int(),
  endsAt: z.string(),
  email: z.string(),
  name: z.string(),
});
type RequestPayload = z.infer<typeof payloadSchema>;

/** One fixed text per request, so an equal one already queued or sent is found by payload. */
const payloadText = (p: RequestPayload) =>
  JSON.stringify({
    interviewId: p.interviewId,
    bookingId: p.bookingId,
    candidateId: p.candidateId,
    endsAt: p.endsAt,
    email: p.email,
    name: p.name,
  });

/** Pure: a request per booked candidate with an email address, due when their time ends. */
export function requestPayloads(f: InterviewFacts): { payload: RequestPayload; runAfter: Date }[] {
  return f.candidates
    .filter((c) => c.email)
    .map((c) => ({
      payload: {
        interviewId: f.id,
        bookingId: c.bookingId,
        candidateId: c.candidateId,
        endsAt: c.endsAt,
        email: c.email,
        name: c.name,
      },
      runAfter: new Date(c.endsAt),
    }));
}

/** Queues the debrief requests in the caller's transaction, skipping any already queued or sent. */
export async function scheduleDebriefRequests(tx: Kysely<Tables>, f: InterviewFacts): Promise<void> {
  for (const r of requestPayloads(f)) {
    const text = payloadText(r.payload);
    if ((await countOutbox(tx, DEBRIEF_REQUEST, text, ['pending', 'sent'])) > 0) continue;
    await enqueue(tx, DEBRIEF_REQUEST, JSON.parse(text), r.runAfter);
  }
}

/** The sitting the request was queued for, if it still stands as it was and is not debriefed. */
async function stillDue(db: Kysely<Tables>, p: RequestPayload) {
  const row = await bookedSittings(db)
    .leftJoin('debrief_request as r', 'r.booking_id', 'b.id')
    .select(['s.ends_at', 'o.title', 'co.name', 'r.booking_id as requested', 'd.id as debrief_id'])
    .where('b.id', '=', p.bookingId)
    .where('b.interview_id', '=', p.interviewId)
    .where('b.state', '=', 'booked')
    .where('i.state', '!=', 'cancelled')
    .executeTakeFirst();
  if (!row || iso(row.ends_at) !== p.endsAt || row.requested !== null || row.debrief_id !== null) return null;
  return row;
}

export function requestMail(
  p: RequestPayload,
  title: string,
  company: string,
  agency: string,
  url: string,
): MailMessage {
  return {
    to: p.email,
    subject: `How did your interview at ${company} go?`,
    text: `Hello ${p.name},\n\nYour interview for ${title} at ${company} is over. While it is fresh, write a short debrief: the questions you were asked, what surprised you, how you found the team. You choose who reads each part, and it helps you and others prepare for the next one.\n\n${url}/app/interviews/${p.interviewId}/debrief\n\n${agency}`,
  };
}

/** Teaches the dispatcher what a queued debrief request does when the interview is over. */
export function registerDebriefRequests(ctx: AppContext): void {
  ctx.dispatcher.register(DEBRIEF_REQUEST, async (raw) => {
    const parsed = payloadSchema.safeParse(raw);
    if (!parsed.success) return null;
    const p = parsed.data;
    const due = await stillDue(ctx.db, p);
    if (!due) return null;
    // Recorded before the mail goes, so a booking is asked at most once; should delivery fail
    // for good, the portal's prompt still asks.
    const added = await ctx.db
      .insertInto('debrief_request')
      .values({ booking_id: p.bookingId, requested_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('booking_id').doNothing())
      .executeTakeFirst();
    if (Number(added.numInsertedOrUpdatedRows ?? 0) === 0) return null;
    return requestMail(p, due.title, due.name, ctx.config.agency.name, ctx.config.publicUrl);
  });
}
