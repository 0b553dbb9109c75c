import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { InterviewFormat } from '../../../shared/interviews.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { invalid, notFound, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { assertCanSee, hidesOthers, scopeOf } from '../access/index.ts';
import { CHECKLIST_KEYS, checklistFor, type Place, progress } from './checklist.ts';
import { interviewOwners, seekerCandidateId } from './queries.ts';

// Preparation over HTTP: the candidate ticks checklist items off for their own booking, the
// recruiter sees each booked candidate's progress, and the recruiter's workspace lists the
// interviews in the next day that nobody has confirmed yet, so someone can call.

const item = z.object({ key: z.string(), label: z.string(), hint: z.string() });
const progressOut = z.object({
  done: z.number(),
  total: z.number(),
  percent: z.number(),
  next: item.nullable(),
});
const checklistOut = z.object({
  items: z.array(item.extend({ ticked: z.boolean() })),
  progress: progressOut,
});
const staffChecklistOut = z.array(
  z.object({
    bookingId: z.number(),
    candidateId: z.number(),
    candidateName: z.string(),
    progress: progressOut,
  }),
);
const unconfirmedOut = z.array(
  z.object({
    interviewId: z.number(),
    bookingId: z.number(),
    candidateId: z.number(),
    candidateName: z.string(),
    openingTitle: z.string(),
    startsAt: z.string(),
  }),
);
const keyParams = idParams.extend({ key: z.string().max(100) });
const tickInput = z.object({ ticked: z.boolean() });

const DAY_MS = 86_400_000;

/** Written tests and assessments may be online or at a centre: a link and no address means online. */
function placeOf(i: { location: string; video_url: string }): Place {
  return i.video_url.trim() !== '' && i.location.trim() === '' ? 'remote' : 'in-person';
}

async function itemsOf(db: Kysely<Tables>, interviewId: number) {
  const i = orNotFound(
    await db
      .selectFrom('interview')
      .select(['format', 'location', 'video_url'])
      .where('id', '=', interviewId)
      .executeTakeFirst(),
    'That interview',
  );
  return checklistFor(i.format as InterviewFormat, placeOf(i));
}

async function ticksOf(db: Kysely<Tables>, bookingIds: number[]) {
  if (bookingIds.length === 0) return new Map<number, string[]>();
  const rows = await db
    .selectFrom('interview_checklist_tick')
    .select(['booking_id', 'item_key'])
    .where('booking_id', 'in', bookingIds)
    .execute();
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.booking_id, [...(out.get(r.booking_id) ?? []), r.item_key]);
  return out;
}

export function registerInterviewPrep(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const candidate = { preHandler: requireRole('candidate') };
  const tags = ['interviews'];
  const db = ctx.db;

  /** The signed-in seeker's latest booking for this interview; anything else is a 404. */
  const myBooking = async (req: Parameters<typeof mustUser>[0], interviewId: number) => {
    const user = await mustUser(req);
    const candidateId = orNotFound(await seekerCandidateId(db, interviewId, user.id), 'That interview');
    const booking = await db
      .selectFrom('interview_booking')
      .select('id')
      .where('interview_id', '=', interviewId)
      .where('candidate_id', '=', candidateId)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return orNotFound(booking, 'Your booking for that interview').id;
  };

  const seekerView = async (interviewId: number, bookingId: number) => {
    const items = await itemsOf(db, interviewId);
    const ticked = new Set((await ticksOf(db, [bookingId])).get(bookingId) ?? []);
    return {
      items: items.map((i) => ({ ...i, ticked: ticked.has(i.key) })),
      progress: progress(items, ticked),
    };
  };

  app.get(
    '/api/v1/me/interviews/:id/checklist',
    { ...candidate, schema: { tags, params: idParams, response: { 200: checklistOut } } },
    async (req) => seekerView(req.params.id, await myBooking(req, req.params.id)),
  );

  app.put(
    '/api/v1/me/interviews/:id/checklist/:key',
    { ...candidate, schema: { tags, params: keyParams, body: tickInput, response: { 200: checklistOut } } },
    async (req) => {
      const { id, key } = req.params;
      const bookingId = await myBooking(req, id);
      const items = await itemsOf(db, id);
      if (!CHECKLIST_KEYS.includes(key) || !items.some((i) => i.key === key))
        throw invalid('That is not an item on this checklist.', {
          key: 'Choose an item from this checklist',
        });
      if (req.body.ticked)
        await db
          .insertInto('interview_checklist_tick')
          .values({ booking_id: bookingId, item_key: key, ticked_at: new Date().toISOString() })
          .onConflict((oc) => oc.columns(['booking_id', 'item_key']).doNothing())
          .execute();
      else
        await db
          .deleteFrom('interview_checklist_tick')
          .where('booking_id', '=', bookingId)
          .where('item_key', '=', key)
          .execute();
      return seekerView(id, bookingId);
    },
  );

  app.get(
    '/api/v1/interviews/:id/checklist',
    { ...staff, schema: { tags, params: idParams, response: { 200: staffChecklistOut } } },
    async (req) => {
      const user = await mustUser(req);
      const owners = await interviewOwners(db, req.params.id);
      if (!owners) throw notFound('That interview');
      assertCanSee(await scopeOf(db, user), [owners.opening_owner, owners.candidate_owner], 'That interview');
      const items = await itemsOf(db, req.params.id);
      const bookings = await db
        .selectFrom('interview_booking as b')
        .innerJoin('candidate as c', 'c.id', 'b.candidate_id')
        .select(['b.id', 'b.candidate_id', 'c.name'])
        .where('b.interview_id', '=', req.params.id)
        .where('b.state', '=', 'booked')
        .orderBy('b.id')
        .execute();
      const ticks = await ticksOf(
        db,
        bookings.map((b) => b.id),
      );
      return bookings.map((b) => ({
        bookingId: b.id,
        candidateId: b.candidate_id,
        candidateName: b.name,
        progress: progress(items, ticks.get(b.id) ?? []),
      }));
    },
  );

  app.get(
    '/api/v1/interviews/unconfirmed',
    { ...staff, schema: { tags, response: { 200: unconfirmedOut } } },
    async (req) => {
      const user = await mustUser(req);
      const s = await scopeOf(db, user);
      const from = new Date();
      const to = new Date(from.getTime() + DAY_MS);
      let q = db
        .selectFrom('interview_booking as b')
        .innerJoin('interview as i', 'i.id', 'b.interview_id')
        .innerJoin('interview_slot as sl', 'sl.id', 'b.slot_id')
        .innerJoin('application as a', 'a.id', 'i.application_id')
        .innerJoin('opening as o', 'o.id', 'a.opening_id')
        .innerJoin('candidate as c', 'c.id', 'b.candidate_id')
        .select([
          'i.id as interview_id',
          'b.id as booking_id',
          'b.candidate_id',
          'c.name',
          'o.title',
          'sl.starts_at',
        ])
        .where('b.state', '=', 'booked')
        .where('b.confirmed_at', 'is', null)
        .where('i.state', '!=', 'cancelled')
        .where('sl.starts_at', '>=', from.toISOString())
        .where('sl.starts_at', '<', to.toISOString());
      // Under 'own-only' a recruiter follows up only on their own openings' or candidates' interviews.
      if (hidesOthers(s))
        q = q.where((eb) => eb.or([eb('o.owner_id', '=', user.id), eb('c.owner_id', '=', user.id)]));
      const rows = await q.orderBy('sl.starts_at').execute();
      return rows.map((r) => ({
        interviewId: r.interview_id,
        bookingId: r.booking_id,
        candidateId: r.candidate_id,
        candidateName: r.name,
        openingTitle: r.title,
        startsAt: iso(r.starts_at),
      }));
    },
  );
}
