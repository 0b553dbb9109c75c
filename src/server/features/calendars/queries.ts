import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Availability } from '../../../shared/availability.ts';
import type { Role } from '../../../shared/vocabulary.ts';
import type { Tables } from '../../db/tables.ts';
import type { FeedEvent } from '../interviews/ics.ts';
import type { Interval } from '../interviews/slots.ts';

// Database reads and writes for calendar feeds and availability. Which interviews are "a
// person's" is decided here once, and used both for their feed and for their busy times:
//   - a job seeker: interviews booked (state 'booked') on their own candidate record(s);
//   - staff: interviews they set up (interview.created_by) or on openings they own.

const iso = (v: Date | string) => new Date(v).toISOString();

// ---- calendar tokens --------------------------------------------------------------------

export async function saveFeedToken(db: Kysely<Tables>, userId: string, tokenHash: string, at: string) {
  await db
    .insertInto('calendar_token')
    .values({ user_id: userId, token_hash: tokenHash, created_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: at }))
    .execute();
}

export async function deleteFeedToken(db: Kysely<Tables>, userId: string): Promise<boolean> {
  const r = await db.deleteFrom('calendar_token').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function feedTokenOf(db: Kysely<Tables>, userId: string) {
  const row = await db
    .selectFrom('calendar_token')
    .select('created_at')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? { createdAt: iso(row.created_at) } : null;
}

/** The user a feed token (by hash) belongs to. */
export async function userOfFeed(db: Kysely<Tables>, tokenHash: string) {
  return db
    .selectFrom('calendar_token as t')
    .innerJoin('user as u', 'u.id', 't.user_id')
    .select(['u.id', 'u.name', 'u.role'])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

// ---- whose interviews -------------------------------------------------------------------

interface Held {
  interviewId: number;
  slotId: number;
  startsAt: string;
  endsAt: string;
}

/** Booked slots of a seeker's own, not cancelled, interviews. */
async function seekerSlots(db: Kysely<Tables>, userId: string, from?: string, to?: string): Promise<Held[]> {
  let q = db
    .selectFrom('interview_booking as b')
    .innerJoin('candidate as c', 'c.id', 'b.candidate_id')
    .innerJoin('interview_slot as s', 's.id', 'b.slot_id')
    .innerJoin('interview as i', 'i.id', 'b.interview_id')
    .select(['i.id as interviewId', 's.id as slotId', 's.starts_at', 's.ends_at'])
    .where('c.user_id', '=', userId)
    .where('b.state', '=', 'booked')
    .where('i.state', '!=', 'cancelled');
  if (from && to) q = q.where('s.starts_at', '<', to).where('s.ends_at', '>', from);
  const rows = await q.execute();
  return rows.map((r) => ({
    interviewId: r.interviewId,
    slotId: r.slotId,
    startsAt: iso(r.starts_at),
    endsAt: iso(r.ends_at),
  }));
}

/**
 * Slots that hold a time in a not-cancelled interview: those with a booking, and while the
 * interview is still 'proposed', every time offered (the candidate may yet pick any of them).
 */
function heldSlots(db: Kysely<Tables>, from?: string, to?: string) {
  let q = db
    .selectFrom('interview_slot as s')
    .innerJoin('interview as i', 'i.id', 's.interview_id')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .select(['i.id as interviewId', 's.id as slotId', 's.starts_at', 's.ends_at'])
    .where('i.state', '!=', 'cancelled')
    .where((eb) =>
      eb.or([
        eb('i.state', '=', 'proposed'),
        eb.exists(
          eb
            .selectFrom('interview_booking as b')
            .select('b.id')
            .whereRef('b.slot_id', '=', 's.id')
            .where('b.state', '=', 'booked'),
        ),
      ]),
    );
  if (from && to) q = q.where('s.starts_at', '<', to).where('s.ends_at', '>', from);
  return q;
}

async function staffSlots(db: Kysely<Tables>, userId: string, from?: string, to?: string): Promise<Held[]> {
  const rows = await heldSlots(db, from, to)
    .where((eb) => eb.or([eb('i.created_by', '=', userId), eb('o.owner_id', '=', userId)]))
    .execute();
  return rows.map((r) => ({
    interviewId: r.interviewId,
    slotId: r.slotId,
    startsAt: iso(r.starts_at),
    endsAt: iso(r.ends_at),
  }));
}

// ---- feed -------------------------------------------------------------------------------

/**
 * The events in a user's feed. A seeker's events carry only what their portal shows: the
 * opening, company, place, link and instructions, never another candidate of a group session.
 * Staff events also name the candidates booked. Proposed times are left out of staff feeds
 * (nothing is fixed yet), so staff see only booked times.
 */
export async function feedEvents(
  db: Kysely<Tables>,
  user: { id: string; role: Role | string },
  publicUrl: string,
): Promise<FeedEvent[]> {
  // Anyone who is not staff gets the narrower, seeker's view.
  const seeker = user.role !== 'recruiter' && user.role !== 'admin';
  const held = seeker ? await seekerSlots(db, user.id) : await staffSlots(db, user.id);
  const ids = [...new Set(held.map((h) => h.interviewId))];
  if (ids.length === 0) return [];
  const interviews = await db
    .selectFrom('interview as i')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .select([
      'i.id',
      'i.uid',
      'i.sequence',
      'i.state',
      'i.round',
      'i.format',
      'i.zone',
      'i.location',
      'i.video_url',
      'i.instructions',
      'o.title',
      'co.name as company',
    ])
    .where('i.id', 'in', ids)
    .execute();
  const byId = new Map(interviews.map((i) => [i.id, i]));

  // Staff: who is booked in each slot. Not read at all for a seeker's feed.
  const booked = new Map<number, string[]>();
  if (!seeker) {
    const rows = await db
      .selectFrom('interview_booking as b')
      .innerJoin('candidate as c', 'c.id', 'b.candidate_id')
      .select(['b.slot_id', 'c.name'])
      .where('b.interview_id', 'in', ids)
      .where('b.state', '=', 'booked')
      .orderBy('c.name')
      .execute();
    for (const r of rows) booked.set(r.slot_id, [...(booked.get(r.slot_id) ?? []), r.name]);
  }

  const events: FeedEvent[] = [];
  for (const h of held) {
    const i = byId.get(h.interviewId);
    if (!i) continue;
    const names = booked.get(h.slotId) ?? [];
    if (!seeker && names.length === 0) continue; // a proposed time nobody has taken
    const slotsOfInterview = held.filter((x) => x.interviewId === h.interviewId).length;
    const lines = [
      `${i.round} interview (${i.format}) for ${i.title} at ${i.company}.`,
      ...(names.length ? [`Candidates: ${names.join(', ')}`] : []),
      ...(i.instructions ? ['', i.instructions] : []),
    ];
    events.push({
      // One event per interview keeps the interview's UID; a group session with several booked
      // times (rare) gets one event per time, each with its own UID.
      uid: slotsOfInterview > 1 ? `slot-${h.slotId}-${i.uid}` : i.uid,
      sequence: i.sequence,
      status: 'CONFIRMED',
      start: new Date(h.startsAt),
      end: new Date(h.endsAt),
      zone: i.zone,
      summary: `Interview: ${i.title} at ${i.company}`,
      description: lines.join('\n'),
      location: i.location || i.video_url,
      url: `${publicUrl}/app/interviews/${i.id}`,
    });
  }
  return events.sort((a, b) => a.start.getTime() - b.start.getTime());
}

// ---- availability -----------------------------------------------------------------------

export type OwnerType = 'user' | 'contact';

export async function readAvailability(
  db: Kysely<Tables>,
  ownerType: OwnerType,
  ownerId: string,
): Promise<(Availability & { updatedAt: string }) | null> {
  const row = await db
    .selectFrom('availability')
    .selectAll()
    .where('owner_type', '=', ownerType)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    zone: row.zone,
    weekly: JSON.parse(row.weekly),
    exceptions: JSON.parse(row.exceptions),
    updatedAt: iso(row.updated_at),
  };
}

export async function writeAvailability(
  db: Kysely<Tables>,
  ownerType: OwnerType,
  ownerId: string,
  value: Availability,
): Promise<void> {
  const row = {
    zone: value.zone,
    weekly: JSON.stringify(value.weekly),
    exceptions: JSON.stringify(value.exceptions),
    updated_at: new Date().toISOString(),
  };
  await db
    .insertInto('availability')
    .values({ owner_type: ownerType, owner_id: ownerId, ...row })
    .onConflict((oc) => oc.columns(['owner_type', 'owner_id']).doUpdateSet(row))
    .execute();
}

const toInterval = (h: { startsAt: string; endsAt: string }): Interval => ({
  start: Temporal.Instant.from(h.startsAt),
  end: Temporal.Instant.from(h.endsAt),
});

/** A staff member's busy times: the held times of the interviews in their feed. */
export async function userBusy(db: Kysely<Tables>, userId: string, from: string, to: string) {
  return (await staffSlots(db, userId, from, to)).map(toInterval);
}

/** A client contact's busy times: held times of interviews they sit on. */
export async function contactBusy(db: Kysely<Tables>, contactId: number, from: string, to: string) {
  const rows = await heldSlots(db, from, to)
    .innerJoin('interview_interviewer as ii', 'ii.interview_id', 'i.id')
    .where('ii.contact_id', '=', contactId)
    .execute();
  return rows.map((r) => toInterval({ startsAt: iso(r.starts_at), endsAt: iso(r.ends_at) }));
}
