import type { Kysely } from 'kysely';
import { iso, type Tables } from '../../db/tables.ts';
import { HttpError } from '../../platform/errors.ts';
import type { SlotTimes } from './plan.ts';

// Times a recruiter types never double-book anyone: not the recruiter, not an interviewer. A
// time clashes when it overlaps another interview's held time (a booked time, or a time still
// offered for choosing) that the same person sits on. Written tests are windows taken alone, so
// they neither clash nor make anyone busy.

interface Busy {
  name: string;
  times: SlotTimes[];
}

/** Pure: for each time that overlaps someone's busy time, who is busy then (touching is fine). */
export function clashesOf(times: readonly SlotTimes[], busy: readonly Busy[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  times.forEach((t, index) => {
    const start = Date.parse(t.startsAt);
    const end = Date.parse(t.endsAt);
    const names = busy
      .filter((p) => p.times.some((b) => Date.parse(b.startsAt) < end && start < Date.parse(b.endsAt)))
      .map((p) => p.name);
    if (names.length > 0) out.set(index, names);
  });
  return out;
}

function heldBetween(db: Kysely<Tables>, from: string, to: string, except: number | null) {
  let q = db
    .selectFrom('interview_slot as s')
    .innerJoin('interview as i', 'i.id', 's.interview_id')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .select(['s.starts_at', 's.ends_at'])
    .where('i.state', 'in', ['proposed', 'scheduled'])
    .where('i.format', '!=', 'written-test')
    .where('s.starts_at', '<', to)
    .where('s.ends_at', '>', from)
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
  if (except !== null) q = q.where('i.id', '!=', except);
  return q;
}

const slotTimes = (rows: { starts_at: Date | string; ends_at: Date | string }[]) =>
  rows.map((r) => ({ startsAt: iso(r.starts_at), endsAt: iso(r.ends_at) }));

/**
 * Refuses times that clash with the staff member's or the interviewers' other interviews, with
 * the clash named on each time's field (`field(index)`). `except` is the interview being moved.
 */
export async function assertNoClash(
  db: Kysely<Tables>,
  people: { userId: string; contactIds: number[] },
  times: readonly SlotTimes[],
  field: (index: number) => string,
  except: number | null = null,
): Promise<void> {
  if (times.length === 0) return;
  const from = times.map((t) => t.startsAt).sort()[0] as string;
  const to = times
    .map((t) => t.endsAt)
    .sort()
    .at(-1) as string;
  const busy: Busy[] = [];
  const user = await db.selectFrom('user').select('name').where('id', '=', people.userId).executeTakeFirst();
  const mine = await heldBetween(db, from, to, except)
    .where((eb) => eb.or([eb('i.created_by', '=', people.userId), eb('o.owner_id', '=', people.userId)]))
    .execute();
  busy.push({ name: user ? `${user.name} (you)` : 'You', times: slotTimes(mine) });
  const contacts = people.contactIds.length
    ? await db.selectFrom('contact').select(['id', 'name']).where('id', 'in', people.contactIds).execute()
    : [];
  for (const c of contacts) {
    const theirs = await heldBetween(db, from, to, except)
      .innerJoin('interview_interviewer as x', 'x.interview_id', 'i.id')
      .where('x.contact_id', '=', c.id)
      .execute();
    busy.push({ name: c.name, times: slotTimes(theirs) });
  }
  const found = clashesOf(times, busy);
  if (found.size === 0) return;
  const fields: Record<string, string> = {};
  for (const [index, names] of found)
    fields[field(index)] =
      `${names.join(' and ')} ${names.length === 1 ? 'has' : 'have'} another interview then`;
  throw new HttpError(409, 'time_clash', 'Some times clash with other interviews.', fields);
}
