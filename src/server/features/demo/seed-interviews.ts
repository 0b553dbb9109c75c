// Interviews for the demo, so every interview screen has something real to show: upcoming ones
// (confirmed, one not confirmed within the next day for My day, one with checklist ticks, times
// proposed, a group session, a written test with a window) and past ones dated inside each
// card's own pipeline history (attended, no-shows, a late cancellation, cancellations by the
// candidate and by the client, one moved time), which feed the follow-through report.
//
// Interviewers are the client companies' contacts (added here through the contacts API); the
// recruiter is the opening's owner. Interviews go through the interview functions themselves
// (createInterview, reschedule, bookSlot, confirmBooking, cancelByCandidate, cancelByStaff,
// recordAttendance), so states, seat counts, history and activity entries agree.
//
// Mail: no notifier is passed, so no invitation, change or reminder mail is queued. The rest of
// the demo's mail (task reminders) is addressed to demo staff, but interview mail would go to the
// candidates and the employers' contacts, and `seed --demo` drains the outbox through whatever
// SMTP_URL is set: a real mail server would then try to deliver dozens of invitations to the
// demo's reserved addresses, and to interviews that "happened" before anyone was invited. The
// admin's Mail page shows real interview mail as soon as someone sets up or changes one.
import type { Kysely } from 'kysely';
import { contact } from '../../../shared/candidates.ts';
import type { InterviewState } from '../../../shared/interviews.ts';
import type { Tables } from '../../db/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import { bookSlot, confirmBooking } from '../interviews/booking.ts';
import { createInterview } from '../interviews/changes.ts';
import { checklistFor } from '../interviews/checklist.ts';
import type { ApplicationFacts } from '../interviews/queries.ts';
import type { Api } from './api.ts';
import { COMPANIES, type CompanyKey } from './content/companies.ts';
import { CONTACTS } from './content/contacts.ts';
import { addPastInterview, type Details, inputOf, type PastEnd, type Writer } from './interview-history.ts';
import {
  DAY,
  DEMO_ZONE,
  HOUR,
  isoAt,
  localAt,
  nextBusinessHour,
  pastTimeBetween,
} from './interview-times.ts';
import { demoEmail } from './people.ts';
import { type Staff, staffOf } from './seed-pipeline.ts';

export interface InterviewSeedInput {
  api: Api;
  ctx: AppContext;
  now: number;
  recruiters: readonly Staff[];
  companies: ReadonlyMap<CompanyKey, number>;
}

export interface InterviewCounts {
  contacts: number;
  interviews: number;
  upcoming: number;
  past: number;
  byState: Record<InterviewState, number>;
}

/** An application with what the interview functions and the planning here need. */
interface Card extends ApplicationFacts {
  stage: string;
  city: string;
  seekerId: string | null;
  /** When the card entered Interviewing, and when it next moved (or now); epoch ms. */
  interviewingAt: number | null;
  nextMoveAt: number;
}

/** Adds the companies' contacts and the demo's interviews; returns counts for the summary. */
export async function seedInterviews(p: InterviewSeedInput): Promise<InterviewCounts> {
  const contacts = await seedContacts(p);
  const w: Writer = { db: p.ctx.db, dialect: p.ctx.dialect, now: p.now };
  const cards = await loadCards(p.ctx.db, p.now);
  const people = (c: Card, panel = false) => (contacts.get(c.company_id) ?? []).slice(0, panel ? 2 : 1);
  const recruiter = (c: Card) => c.opening_owner ?? c.candidate_owner ?? staffOf(p.recruiters, 0).id;
  const past = await seedPast(w, cards, people, recruiter);
  const upcoming = await seedUpcoming(w, cards, people, recruiter, past.ends);
  const rows = await p.ctx.db.selectFrom('interview').select('state').execute();
  const byState: Record<InterviewState, number> = { proposed: 0, scheduled: 0, cancelled: 0, completed: 0 };
  for (const r of rows) byState[r.state as InterviewState]++;
  return {
    contacts: [...contacts.values()].flat().length,
    interviews: rows.length,
    upcoming,
    past: past.count,
    byState,
  };
}

async function seedContacts(p: InterviewSeedInput): Promise<Map<number, number[]>> {
  const byCompany = new Map<number, number[]>();
  for (const c of COMPANIES) {
    const companyId = p.companies.get(c.key);
    if (companyId === undefined) throw new Error(`Demo contacts name unknown company ${c.key}`);
    const cookie = staffOf(p.recruiters, c.recruiter).cookie;
    const ids: number[] = [];
    for (const person of CONTACTS[c.key]) {
      const body = {
        name: person.name,
        title: person.title,
        email: demoEmail(`${person.mailbox}.${c.key}`),
        phone: person.phone,
        notes: '',
      };
      ids.push((await p.api.post(`/api/v1/companies/${companyId}/contacts`, cookie, body, contact)).id);
    }
    byCompany.set(companyId, ids);
  }
  return byCompany;
}

const ms = (v: Date | string) => new Date(v).getTime();

async function loadCards(db: Kysely<Tables>, now: number): Promise<Card[]> {
  const rows = await db
    .selectFrom('application as a')
    .innerJoin('pipeline_stage as s', 's.id', 'a.stage_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
    .select([
      'a.id',
      'a.candidate_id',
      'a.opening_id',
      'o.company_id',
      'o.title as opening_title',
      'o.city',
      'co.name as company_name',
      'o.owner_id as opening_owner',
      'c.owner_id as candidate_owner',
      'c.user_id',
      's.name as stage',
    ])
    .orderBy('a.id')
    .execute();
  const moves = await db
    .selectFrom('stage_move as m')
    .innerJoin('pipeline_stage as s', 's.id', 'm.to_stage_id')
    .select(['m.application_id', 's.name', 'm.created_at'])
    .orderBy('m.id')
    .execute();
  return rows.map(({ user_id, ...r }) => {
    const mine = moves.filter((m) => m.application_id === r.id).map((m) => ({ ...m, at: ms(m.created_at) }));
    const entered = mine.find((m) => m.name === 'Interviewing')?.at ?? null;
    const next = entered === null ? undefined : mine.find((m) => m.at > entered);
    return { ...r, seekerId: user_id, interviewingAt: entered, nextMoveAt: next?.at ?? now };
  });
}

type People = (c: Card, panel?: boolean) => number[];

/** Local start hours for past interviews, tried in turn from a card's own starting point. */
const HOURS = [14, 10, 11, 15, 9, 13, 16] as const;
type Recruiter = (c: Card) => string;

const video = (c: Card, d: Omit<Details, 'format' | 'zone' | 'interviewerIds'>, ids: number[]): Details => ({
  ...d,
  format: 'video',
  zone: DEMO_ZONE,
  interviewerIds: ids,
  videoUrl: `https://meet.followthrough.example/demo-${c.id}`,
  instructions:
    d.instructions ?? 'Join five minutes early to check your camera and sound. Keep your resume at hand.',
});

const onSite = (c: Card, round: Details['round'], ids: number[], panel: boolean): Details => ({
  round,
  format: panel ? 'panel' : 'on-site',
  durationMinutes: panel ? 75 : 60,
  zone: DEMO_ZONE,
  interviewerIds: ids,
  location: `${c.company_name}, ${c.city || 'head'} office: ask at reception`,
  instructions: panel
    ? 'You will meet two people from the team. Bring a copy of your resume and one example of your work to talk through.'
    : 'Bring photo ID for the visitor badge. The meeting ends with a short tour of the workplace.',
});

/**
 * Past interviews on cards that went through Interviewing, each dated between the move into
 * Interviewing and the card's next move. Returns how many, and how each card's one ended.
 */
async function seedPast(
  w: Writer,
  cards: Card[],
  people: People,
  recruiter: Recruiter,
): Promise<{ count: number; ends: Map<number, PastEnd> }> {
  const settled = cards.filter((c) => c.interviewingAt !== null && c.stage !== 'Interviewing');
  const current = cards.filter(
    (c) => c.stage === 'Interviewing' && c.interviewingAt !== null && c.interviewingAt < w.now - DAY,
  );
  const plan: { card: Card; end: PastEnd; moved?: boolean }[] = [];
  let noShowInSettled = false;
  let moved = false;
  for (const card of settled) {
    if (card.stage === 'Withdrawn by candidate')
      plan.push({
        card,
        end: {
          cancelledBy: 'candidate',
          reason: 'chose-another-offer',
          details: 'I accepted a permanent offer from my current employer. Thank you for the chance.',
        },
      });
    else if (card.stage === 'Not selected' && !noShowInSettled) {
      noShowInSettled = true;
      plan.push({ card, end: { attendance: 'no-show' } });
    } else if (card.stage === 'Offer' && !moved) {
      moved = true;
      plan.push({ card, end: { attendance: 'attended' }, moved: true });
    } else plan.push({ card, end: { attendance: 'attended' } });
  }
  // Cards still in Interviewing: a few kept their first interview, others did not.
  const currentEnds: PastEnd[] = [
    { attendance: 'no-show' },
    { attendance: 'cancelled-late' },
    {
      cancelledBy: 'candidate',
      reason: 'schedule-conflict',
      details: 'My shift was changed at short notice and I could not get cover.',
    },
    { cancelledBy: 'client', reason: 'The hiring manager is off sick this week; they will rebook.' },
    { attendance: 'attended' },
    { attendance: 'attended' },
    { attendance: 'attended' },
  ];
  for (const [n, card] of current.filter((c) => c.seekerId === null).entries()) {
    const end = currentEnds[n];
    if (end) plan.push({ card, end });
  }

  const ends = new Map<number, PastEnd>();
  for (const { card, end, moved: wasMoved } of plan) {
    const from = card.interviewingAt ?? w.now;
    const to = Math.min(card.nextMoveAt, w.now - 3 * HOUR);
    if (to - from < 3 * HOUR) continue;
    // Spread over the working day and the window, by card, so the list does not look generated.
    const start = card.id % HOURS.length;
    const hours = [...HOURS.slice(start), ...HOURS.slice(0, start)];
    const at = pastTimeBetween(from, to, 0.4 + (card.id % 5) * 0.1, hours);
    const movedFrom = wasMoved ? at - 2 * DAY : undefined;
    const setUpAt = from + (Math.min(at, movedFrom ?? at) - from) * 0.3;
    await addPastInterview(w, {
      app: card,
      seekerId: card.seekerId,
      recruiterId: recruiter(card),
      details: video(card, { round: 'first', durationMinutes: 45 }, people(card)),
      at,
      setUpAt,
      ...(movedFrom !== undefined ? { movedFrom } : {}),
      end,
    });
    ends.set(card.id, end);
  }
  return { count: ends.size, ends };
}

/** Books the one time of a fresh interview; returns its id. No notifier: see the top of the file. */
async function upcoming(w: Writer, card: Card, recruiterId: string, d: Details, at: number, endAt?: number) {
  return createInterview(w.db, {
    app: card,
    input: inputOf(d, at),
    slots: [{ startsAt: isoAt(at), endsAt: isoAt(endAt ?? at + d.durationMinutes * 60_000) }],
    invitees: [{ applicationId: card.id }],
    userId: recruiterId,
  });
}

const confirm = (w: Writer, id: number, c: Card) =>
  confirmBooking(w.db, id, { candidateId: c.candidate_id, userId: c.seekerId });

/** Upcoming interviews in the next ten days; returns how many. */
async function seedUpcoming(
  w: Writer,
  cards: Card[],
  people: People,
  recruiter: Recruiter,
  ends: ReadonlyMap<number, PastEnd>,
): Promise<number> {
  const interviewing = cards.filter((c) => c.stage === 'Interviewing');
  // A job seeker's own card first, so the portal shows a booked interview and its checklist.
  const seeker = interviewing.find((c) => c.seekerId !== null);
  const attended = (c: Card) => {
    const end = ends.get(c.id);
    return end !== undefined && 'attendance' in end && end.attendance === 'attended';
  };
  // Second rounds for those who attended their first, then a new time for the one the client
  // called off, then first rounds. No-shows and those who cancelled are not booked again.
  const rebooked = (c: Card) => {
    const end = ends.get(c.id);
    return end !== undefined && 'cancelledBy' in end && end.cancelledBy === 'client';
  };
  const rest = interviewing.filter((c) => c !== seeker);
  const others = [...rest.filter(attended), ...rest.filter(rebooked), ...rest.filter((c) => !ends.has(c.id))];
  const take = () => {
    const c = others.shift();
    if (!c) throw new Error('The demo pipeline has too few cards in Interviewing for the demo interviews');
    return c;
  };
  const round = (c: Card) => (attended(c) ? 'second' : 'first');
  let count = 0;

  // Within the next day and not confirmed yet: My day asks the recruiter to chase it.
  const soon = take();
  await upcoming(
    w,
    soon,
    recruiter(soon),
    video(soon, { round: round(soon), durationMinutes: 30 }, people(soon)),
    nextBusinessHour(w.now, 2 * HOUR),
  );
  count++;

  if (seeker) {
    const d = video(seeker, { round: 'first', durationMinutes: 45 }, people(seeker));
    const id = await upcoming(w, seeker, recruiter(seeker), d, localAt(w.now, 2, 11));
    await confirm(w, id, seeker);
    const booking = await w.db
      .selectFrom('interview_booking')
      .select('id')
      .where('interview_id', '=', id)
      .executeTakeFirstOrThrow();
    // The candidate has started preparing: the first three items, ticked over the last day.
    const ticks = checklistFor(d.format).slice(0, 3);
    await w.db
      .insertInto('interview_checklist_tick')
      .values(
        ticks.map((t, n) => ({
          booking_id: booking.id,
          item_key: t.key,
          ticked_at: isoAt(w.now - (n + 1) * 5 * HOUR),
        })),
      )
      .execute();
    count++;
  }

  const panel = take();
  const panelId = await upcoming(
    w,
    panel,
    recruiter(panel),
    onSite(panel, round(panel), people(panel, true), true),
    localAt(w.now, 4, 10),
  );
  await confirm(w, panelId, panel);
  const visit = take();
  const visitId = await upcoming(
    w,
    visit,
    recruiter(visit),
    onSite(visit, round(visit), people(visit), false),
    localAt(w.now, 9, 14),
  );
  await confirm(w, visitId, visit);
  count += 2;

  const phone = take();
  const phoneDetails: Details = {
    round: round(phone),
    format: 'phone',
    durationMinutes: 30,
    zone: DEMO_ZONE,
    interviewerIds: people(phone),
    instructions:
      'The interviewer calls the mobile number on your profile. Find a quiet spot a few minutes before.',
  };
  await confirm(
    w,
    await upcoming(w, phone, recruiter(phone), phoneDetails, localAt(w.now, 3, 15, 30)),
    phone,
  );
  count++;

  // Three times to choose from; the candidate has not picked one yet.
  const choose = take();
  const times = [localAt(w.now, 3, 10), localAt(w.now, 5, 14), localAt(w.now, 6, 9, 30)];
  const proposed = video(choose, { round: round(choose), durationMinutes: 45 }, people(choose));
  await createInterview(w.db, {
    app: choose,
    input: { ...inputOf(proposed, times[0] ?? w.now), times: times.map((t) => ({ startsAt: isoAt(t) })) },
    slots: times.map((t) => ({ startsAt: isoAt(t), endsAt: isoAt(t + proposed.durationMinutes * 60_000) })),
    invitees: [{ applicationId: choose.id }],
    userId: recruiter(choose),
  });
  count++;

  // A written test taken online any time in a one-day window.
  const test = take();
  const testDetails: Details = {
    round: 'other',
    format: 'written-test',
    durationMinutes: 60,
    zone: DEMO_ZONE,
    interviewerIds: [],
    videoUrl: `https://tests.followthrough.example/demo-${test.id}`,
    instructions:
      'Start any time in the window; once started, the test runs for 60 minutes. A calculator is allowed.',
  };
  await upcoming(w, test, recruiter(test), testDetails, localAt(w.now, 5, 9), localAt(w.now, 5, 20));
  count++;

  if (await groupSession(w, cards, people, recruiter)) count++;
  return count;
}

/**
 * A group session with room for four on the opening with the most open cards: everyone there
 * is invited, the first is booked when it is set up, and one more picks the time.
 */
async function groupSession(
  w: Writer,
  cards: Card[],
  people: People,
  recruiter: Recruiter,
): Promise<boolean> {
  const open = new Set(['Applied', 'Screening', 'Submitted to client', 'Interviewing']);
  const byOpening = new Map<number, Card[]>();
  for (const c of cards.filter((x) => open.has(x.stage)))
    byOpening.set(c.opening_id, [...(byOpening.get(c.opening_id) ?? []), c]);
  const invited = [...byOpening.values()].sort((a, b) => b.length - a.length)[0]?.slice(0, 4) ?? [];
  const [first, second] = invited;
  if (!first || !second) return false;
  const at = localAt(w.now, 6, 13);
  const d: Details = {
    round: 'first',
    format: 'group',
    durationMinutes: 90,
    zone: DEMO_ZONE,
    interviewerIds: people(first, true),
    location: `${first.company_name}, ${first.city || 'head'} office: training room on the ground floor`,
    instructions:
      'An introduction to the company, a short group exercise and a one-to-one chat with each person. Plan for 90 minutes.',
  };
  const id = await createInterview(w.db, {
    app: first,
    input: { ...inputOf(d, at, 4), alsoInvite: invited.slice(1).map((c) => c.id) },
    slots: [{ startsAt: isoAt(at), endsAt: isoAt(at + d.durationMinutes * 60_000) }],
    invitees: invited.map((c) => ({ applicationId: c.id })),
    userId: recruiter(first),
  });
  const slot = await w.db
    .selectFrom('interview_slot')
    .select('id')
    .where('interview_id', '=', id)
    .executeTakeFirstOrThrow();
  await bookSlot(w.db, w.dialect, id, slot.id, { candidateId: second.candidate_id, userId: second.seekerId });
  return true;
}
