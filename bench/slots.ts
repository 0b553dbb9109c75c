// Free-time benchmark for a panel interview. Prints figures; never passes or fails.
//
//   npm run bench:slots -- [people=10] [runs=50]
//
// Ten people in ten zones (half-hour ones included), each with weekly hours, a few exceptions
// and a month of other meetings (3–6 on each working day, placed inside their hours), asked
// for every 30-minute slot (15-minute step) over a month that crosses the autumn clock changes
// in Europe and North America. Times the pure freeSlots call, as the interview routes make it.
import { Temporal } from 'temporal-polyfill';
import {
  availableIntervals,
  freeSlots,
  type Interval,
  type PersonSchedule,
} from '../src/server/features/interviews/slots.ts';
import type { WeeklyRule } from '../src/shared/availability.ts';
import { prng } from './synthetic.ts';

const people = Number(process.argv[2] ?? 10);
const runs = Number(process.argv[3] ?? 50);
if (!Number.isInteger(people) || people < 1) throw new Error('people must be a positive whole number');
if (!Number.isInteger(runs) || runs < 1) throw new Error('runs must be a positive whole number');

// Zones and hours chosen so a panel spanning them still shares some of the day.
const ZONES: [zone: string, start: string, end: string][] = [
  ['America/St_Johns', '08:00', '18:00'],
  ['Europe/London', '08:00', '18:00'],
  ['America/New_York', '07:00', '17:00'],
  ['Europe/Berlin', '09:00', '19:00'],
  ['Asia/Kolkata', '12:00', '22:00'],
  ['America/Halifax', '07:30', '17:30'],
  ['Africa/Lagos', '09:00', '18:00'],
  ['America/Sao_Paulo', '08:00', '18:00'],
  ['Europe/Lisbon', '08:00', '18:00'],
  ['Asia/Dubai', '10:00', '20:00'],
];

const FROM = Temporal.Instant.from('2026-10-12T00:00:00Z');
const TO = Temporal.Instant.from('2026-11-12T00:00:00Z');
const rand = prng(20261125);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function person(i: number): PersonSchedule {
  const [zone, start, end] = ZONES[i % ZONES.length] as [string, string, string];
  // A half-hour lunch splits some people's days, so the intersection has more pieces to combine.
  const weekly: WeeklyRule[] = [];
  for (let weekday = 1; weekday <= 5; weekday++) {
    if (i % 2 || start >= '12:00') weekly.push({ weekday, start, end });
    else weekly.push({ weekday, start, end: '12:00' }, { weekday, start: '12:30', end });
  }
  const exceptions = [
    { date: `2026-10-${String(int(13, 30)).padStart(2, '0')}`, hours: [] },
    { date: `2026-11-0${int(2, 9)}`, hours: [{ start: '10:00', end: '14:00' }] },
  ];
  const schedule: PersonSchedule = { zone, weekly, exceptions };
  // Their other meetings: 3–6 inside each working day's hours, 30 minutes each, on quarter hours.
  const busy: Interval[] = [];
  for (const day of availableIntervals(schedule, FROM, TO)) {
    const from = day.start.epochMilliseconds;
    const quarters = Math.floor((day.end.epochMilliseconds - from) / 900_000);
    for (let n = int(3, 6); n > 0; n--) {
      const start = from + int(0, Math.max(0, quarters - 2)) * 900_000;
      busy.push({
        start: Temporal.Instant.fromEpochMilliseconds(start),
        end: Temporal.Instant.fromEpochMilliseconds(start + 1_800_000),
      });
    }
  }
  return { ...schedule, busy };
}

const everyone = Array.from({ length: people }, (_, i) => person(i));

function percentile(sorted: number[], p: number): string {
  return (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(2);
}

function measure(panel: PersonSchedule[]): void {
  const busy = panel.reduce((n, p) => n + (p.busy?.length ?? 0), 0);
  const run = () => freeSlots(panel, FROM, TO, 30);
  for (let i = 0; i < 20; i++) run(); // warm-up: let the JIT and Temporal's zone caches settle
  const ms: number[] = [];
  let slots = run();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    slots = run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const first = slots[0] ? `, first ${slots[0].start.toString()}` : '';
  console.log(
    `  ${`${panel.length} people, ${busy} busy times`.padEnd(30)} p50 ${percentile(ms, 50).padStart(6)} ms   ` +
      `p95 ${percentile(ms, 95).padStart(6)} ms   max ${percentile(ms, 100).padStart(6)} ms   ` +
      `${slots.length} slots${first}`,
  );
}

console.log(
  `Free 30-minute slots (15-minute step), ${FROM.toString()} to ${TO.toString()}, ` +
    `${runs} runs after 20 warm-ups:`,
);
measure(everyone);
// A smaller panel, for a sense of how many slots a typical one gets.
if (people > 3) measure(everyone.slice(0, 3));
