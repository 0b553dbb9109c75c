import { describe, expect, it } from 'vitest';
import { candidateInput } from '../../../shared/candidates.ts';
import { FIELDS } from '../../../shared/vocabulary.ts';
import { duplicateReasons } from '../candidates/index.ts';
import { normalizeSkill } from '../skills/index.ts';
import { seededRandom } from './compose.ts';
import { CANDIDATES } from './content/candidates.ts';
import { NOTES, TASKS } from './content/follow-ups.ts';
import { MOVE_NOTES, PROGRESS } from './content/moves.ts';
import { OPENINGS } from './content/openings.ts';
import type { Outcome, SubjectSeed } from './content/types.ts';
import { APPLICATIONS, demoEmail, SEEKERS } from './people.ts';
import { candidateBody, pathTo, planProgress, planSubmissions, timeline } from './plan.ts';

const open = new Map(OPENINGS.filter((o) => (o.status ?? 'open') === 'open').map((o) => [o.key, o]));
const submissions = CANDIDATES.flatMap((c) =>
  c.submissions.map(([opening, outcome]) => ({ c, opening, outcome })),
);

describe('demo candidate records', () => {
  it('are valid API bodies with known skills, fields and fictional contact details', () => {
    expect(CANDIDATES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CANDIDATES.map((c) => c.key)).size).toBe(CANDIDATES.length);
    for (const c of CANDIDATES) {
      const body = candidateBody(c, 'owner-id', 'Followthrough Staffing', 10, Date.now());
      const parsed = candidateInput.safeParse(body);
      expect(parsed.success, `${c.key}: ${parsed.error?.message}`).toBe(true);
      expect(FIELDS).toContain(c.field);
      expect(body.city, c.key).not.toBe('');
      for (const s of c.skills)
        expect(normalizeSkill(s), `${c.key}: ${s}`).toMatchObject({ name: s, known: true });
      // 555-01xx in North America; Ofcom's drama ranges in the UK.
      if (c.phone) expect(c.phone, c.key).toMatch(/555[ -.]?01\d\d$|(7946|496) ?0\d{3}$|7700 ?900\d{3}$/);
      expect(body.consent === null, c.key).toBe(!c.consent);
    }
    const owners = [0, 1, 2].map((i) => CANDIDATES.filter((c) => c.owner === i).length);
    for (const n of owners) expect(n).toBeGreaterThanOrEqual(12);
    expect(new Set(CANDIDATES.map((c) => c.source)).size).toBeGreaterThanOrEqual(4);
  });

  it('repeat exactly two people, and the duplicate check finds exactly those two', () => {
    const people = [
      ...CANDIDATES.map((c) => ({ key: c.key, name: c.name, email: demoEmail(c.mailbox), phone: c.phone })),
      ...SEEKERS.map((s) => ({ key: s.email, name: s.name, email: s.email, phone: '' })),
    ];
    const flagged: string[] = [];
    for (const [i, a] of people.entries())
      for (const b of people.slice(i + 1))
        if (duplicateReasons(b, a).length > 0) flagged.push(`${b.key}→${a.key}:${duplicateReasons(b, a)}`);
    expect(flagged.sort()).toEqual(['lan-again→lan:same-phone', 'seun-again→seun:same-email']);
    for (const c of CANDIDATES.filter((x) => x.duplicateOf))
      expect(CANDIDATES.some((x) => x.key === c.duplicateOf)).toBe(true);
  });
});

describe('demo pipeline plan', () => {
  it('submits people only to open openings, once each, and only with their consent past screening', () => {
    expect(submissions.length).toBeGreaterThanOrEqual(55);
    const pairs = submissions.map((s) => `${s.c.key} ${s.opening}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const s of submissions) {
      expect(open.has(s.opening), s.opening).toBe(true);
      if (s.outcome !== 'screening') expect(s.c.consent, `${s.c.key} → ${s.opening}`).toBe(true);
    }
  });

  it('never places more people than an opening has positions, nor one person twice', () => {
    const placed = [
      ...submissions.filter((s) => s.outcome === 'placed').map((s) => ({ who: s.c.key, opening: s.opening })),
      ...PROGRESS.filter((p) => p.path.at(-1) === 'placed').map((p) => ({
        who: p.seeker,
        opening: p.opening,
      })),
    ];
    expect(placed.length).toBeGreaterThanOrEqual(5);
    for (const key of new Set(placed.map((p) => p.opening))) {
      const positions = open.get(key)?.positions ?? 1;
      expect(placed.filter((p) => p.opening === key).length, key).toBeLessThanOrEqual(positions);
      // "Enough positions": a placement never fills a single-position opening here.
      expect(positions, key).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(placed.map((p) => p.who)).size).toBe(placed.length);
  });

  it('ends cards in every stage, and moves board applications only that exist', () => {
    const outcomes = new Set<Outcome>([
      ...submissions.map((s) => s.outcome),
      ...PROGRESS.map((p) => p.path.at(-1) as Outcome),
    ]);
    expect([...outcomes].sort()).toEqual(Object.keys(MOVE_NOTES).sort());
    const board = new Set(APPLICATIONS.map((a) => `${a.seeker} ${a.opening}`));
    for (const p of PROGRESS) expect(board.has(`${p.seeker} ${p.opening}`), p.opening).toBe(true);
    // Some board applications stay in Applied, so that column has cards too.
    expect(APPLICATIONS.length - PROGRESS.length).toBeGreaterThanOrEqual(3);
  });

  it('plans histories that run forward in time, after the opening was posted', () => {
    const rng = seededRandom(7);
    for (const outcome of Object.keys(MOVE_NOTES) as Outcome[]) {
      const path = pathTo(outcome, rng);
      expect(path[0]).toBe('screening');
      expect(path.at(-1)).toBe(outcome);
    }
    const plans = [
      ...planSubmissions(CANDIDATES, (key) => (key.length % 2 ? 40 : 0.5), rng),
      ...planProgress(
        PROGRESS,
        () => 'Sam',
        () => 3,
        rng,
      ),
    ];
    for (const p of plans) {
      const steps = p.path.length + (p.who.includes('@') ? 1 : 0);
      expect(p.daysAgo).toHaveLength(steps);
      expect(p.notes).toHaveLength(p.path.length);
      for (const n of p.notes) expect(n).not.toMatch(/[{}]/);
      for (const [i, d] of p.daysAgo.entries()) {
        expect(d).toBeGreaterThan(0);
        if (i > 0) expect(d).toBeLessThan(p.daysAgo[i - 1] ?? 0);
      }
      expect(p.daysAgo[0]).toBeLessThanOrEqual(p.who.includes('@') ? 3 : p.opening.length % 2 ? 40 : 0.5);
    }
    expect(timeline(3, false, 0.1, rng).every((d) => d > 0 && d <= 0.1)).toBe(true);
  });

  it('writes notes and tasks about records that exist, sharing only seekers’ own applications', () => {
    const pairs = new Set([
      ...submissions.map((s) => `${s.c.key} ${s.opening}`),
      ...APPLICATIONS.map((a) => `${a.seeker} ${a.opening}`),
    ]);
    const people = new Set([...CANDIDATES.map((c) => c.key), ...SEEKERS.map((s) => s.email)]);
    const exists = (about: SubjectSeed) =>
      'candidate' in about
        ? people.has(about.candidate)
        : 'application' in about
          ? pairs.has(about.application.join(' '))
          : 'opening' in about
            ? OPENINGS.some((o) => o.key === about.opening)
            : true;
    for (const n of NOTES) expect(exists(n.about), n.body).toBe(true);
    for (const t of TASKS) expect(t.about === null || exists(t.about), t.title).toBe(true);
    for (const n of NOTES.filter((x) => x.shared))
      expect('application' in n.about && n.about.application[0].includes('@'), n.body).toBe(true);
    expect(NOTES.length).toBeGreaterThanOrEqual(20);
    expect(NOTES.filter((n) => n.shared).length).toBeGreaterThanOrEqual(3);
    expect(TASKS.length).toBeGreaterThanOrEqual(15);
    const hours = TASKS.map((t) => t.dueInHours);
    expect(hours.some((h) => h < 0)).toBe(true);
    expect(hours.some((h) => h > 0 && h < 6)).toBe(true);
    expect(hours.some((h) => h > 24 && h <= 7 * 24)).toBe(true);
    expect(new Set(TASKS.map((t) => t.assignee)).size).toBe(3);
  });
});
