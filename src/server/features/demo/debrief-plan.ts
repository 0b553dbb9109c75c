// Pure logic for the demo's debriefs: who sat which interview when, and what each person
// reported. Items come up in exactly the share of each period's interviews the content asks for
// (spread over the people, not drawn at random), so the insight trends are the same on every run
// and the five-people thresholds hold by construction. No I/O, so the demo test can check it.
import type { DebriefInput, FormatSurprise, Visibility } from '../../../shared/debriefs.ts';
import type { FieldDebriefs, PastPerson, Rated } from './content/debriefs.ts';

export type Period = 'recent' | 'previous';

/** One earlier round of hiring as seeded: its opening, when it was posted, whether someone was placed. */
export interface SeededRound {
  id: number;
  postedDaysAgo: number;
  filled: boolean;
}

export interface Sitting {
  field: FieldDebriefs;
  person: PastPerson;
  period: Period;
  /** Position among all the demo's sittings, which varies the wording. */
  serial: number;
  daysAgo: number;
  /** Local start hour in the demo's zone. */
  hour: number;
  openingId: number;
  outcome: 'placed' | 'not-selected' | 'withdrawn';
  questions: string[];
  skills: string[];
  surprises: FormatSurprise[];
}

/** Days ago of each period's interviews: the last 13 weeks, and the 13 before (with a margin at the edges). */
const SPAN: Record<Period, readonly [newest: number, oldest: number]> = {
  recent: [6, 80],
  previous: [98, 170],
};

const HOURS = [10, 14, 11, 15, 9, 13, 16] as const;

/** Which of `n` people (by index) report an item asked in `rate` of interviews, spread evenly. */
export function chosen(n: number, rate: number, offset: number): Set<number> {
  const count = Math.min(n, Math.round(rate * n));
  const picked = new Set<number>();
  for (let k = 0; k < count; k++) picked.add((offset + Math.floor((k * n) / count)) % n);
  return picked;
}

const itemsFor = <T extends string>(list: readonly Rated<T>[], period: Period, n: number, i: number) =>
  list.filter((r, k) => chosen(n, r[period], k * 3).has(i)).map((r) => r.item);

/** Every sitting of a field, oldest first, each on the latest round posted two weeks before it. */
export function planSittings(f: FieldDebriefs, rounds: readonly SeededRound[], firstSerial = 0): Sitting[] {
  const planned: Sitting[] = [];
  for (const period of ['previous', 'recent'] as const) {
    const people = f[period];
    const n = people.length;
    const [newest, oldest] = SPAN[period];
    people.forEach((person, i) => {
      const daysAgo = Math.round(oldest - (n > 1 ? (i * (oldest - newest)) / (n - 1) : 0));
      const round = [...rounds].reverse().find((r) => r.postedDaysAgo >= daysAgo + 14);
      if (!round) throw new Error(`No demo round of ${f.field} was open ${daysAgo} days ago`);
      const serial = firstSerial + planned.length;
      planned.push({
        field: f,
        person,
        period,
        serial,
        daysAgo,
        hour: HOURS[serial % HOURS.length] ?? 10,
        openingId: round.id,
        outcome: serial % 5 === 2 ? 'withdrawn' : 'not-selected',
        questions: itemsFor(f.questions, period, n, i),
        skills: itemsFor(f.skills, period, n, i),
        surprises: itemsFor(f.surprises, period, n, i),
      });
    });
  }
  // The last person interviewed in a filled round got the job.
  for (const r of rounds.filter((x) => x.filled)) {
    const last = planned.filter((s) => s.openingId === r.id).at(-1);
    if (last) last.outcome = 'placed';
  }
  return planned;
}

const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];

/** Notes go to the agency by default; some are shared anonymously and a few kept private. */
function noteVisibility(serial: number, salt: number): Visibility {
  if ((serial + salt) % 11 === 10) return 'private';
  return (serial + salt) % 4 === 1 ? 'shared' : 'agency';
}

const part = (text: string | undefined, serial: number, salt: number, when: boolean) =>
  when && text
    ? { text, visibility: noteVisibility(serial, salt) }
    : { text: '', visibility: 'agency' as const };

/** Bank questions are named by key (f-…, g-…); anything else is a question written out. */
export const isBankKey = (item: string) => /^[fg]-[a-z0-9-]+$/.test(item);

/** The candidate's debrief of a sitting; `idOf` turns a bank key into its question id. */
export function debriefOf(s: Sitting, idOf: (key: string) => number): DebriefInput {
  const f = s.field;
  const n = s.serial;
  const before = 3 + (n % 2);
  const lift = [1, 0, 1, 1, 0, 1, 0, 1, -1][n % 9] ?? 0;
  return {
    questions: s.questions.map((item, q) => {
      const notes = f.questionNotes[item] ?? [];
      const noted = notes.length > 0 && (n + q) % 3 === 0;
      // Most questions are shared; some only with the agency, and now and then one kept private.
      const visibility: Visibility =
        n % 13 === 7 && q === 0 ? 'private' : (n + q) % 9 === 4 ? 'agency' : 'shared';
      return {
        ...(isBankKey(item) ? { questionId: idOf(item) } : { text: item }),
        visibility,
        note: noted
          ? { text: pick(notes, n) ?? '', visibility: (n + q) % 4 === 0 ? 'shared' : 'agency' }
          : { text: '', visibility: 'agency' },
      };
    }),
    skills: s.skills,
    skillsVisibility: n % 10 === 9 ? 'agency' : 'shared',
    surprises: s.surprises,
    formatNote: part(pick(f.formatNotes, n), n, 1, s.surprises.length > 0 && n % 2 === 0),
    difficulty: 2 + ((n * 7) % 3) + (f.field === 'Software' && n % 4 === 0 ? 1 : 0),
    // Whoever got the job did not come away with a bad impression.
    experience:
      s.outcome === 'placed' ? 'positive' : n % 6 === 5 ? 'negative' : n % 4 === 1 ? 'neutral' : 'positive',
    team: part(pick(f.team, n), n, 2, n % 3 !== 2),
    workplace: part(pick(f.workplace, n), n, 3, n % 2 === 0),
    interestBefore: before,
    interestAfter: Math.min(5, before + lift),
    otherRoles: part(pick(f.otherRoles, n), n, 4, n % 5 === 1),
    insider: part(pick(f.insider, n), n, 5, n % 3 === 0),
  };
}
