import { describe, expect, it } from 'vitest';
import {
  type DebriefFacts,
  metricsOf,
  peopleOf,
  periodOf,
  tallyDelta,
  tallyOf,
  weekOf,
} from './contribution.ts';

const debrief = (extra: Partial<DebriefFacts> = {}): DebriefFacts => ({
  candidateId: 7,
  authorRole: 'candidate',
  field: 'Finance',
  companyId: 3,
  interviewAt: '2026-11-19T15:00:00.000Z', // a Thursday
  difficulty: 4,
  experience: 'positive',
  interestBefore: 2,
  interestAfter: 4,
  surprises: ['writing-test'],
  questions: [
    { questionId: 11, visibility: 'shared' },
    { questionId: 12, visibility: 'agency' },
    { questionId: 13, visibility: 'private' },
  ],
  skills: [{ key: 'sql', visibility: 'shared' }],
  ...extra,
});

describe('what a debrief adds to insight', () => {
  it('counts shared questions and skills and every structured answer, in its field and company', () => {
    expect(metricsOf(debrief()).sort()).toEqual(
      ['debriefs', 'q:11', 's:sql', 'x:writing-test', 'd:4', 'e:positive', 'i:rated', 'i:up'].sort(),
    );
    const tallies = tallyOf(debrief());
    expect(new Set(tallies.map((t) => t.scope))).toEqual(new Set(['f:Finance', 'c:3']));
    expect(new Set(tallies.map((t) => t.week))).toEqual(new Set(['2026-11-16']));
  });

  it('leaves out what the author kept to themselves or the agency, and recruiters’ debriefs', () => {
    const kept = debrief({ skills: [{ key: 'sql', visibility: 'agency' }], interestAfter: 2 });
    expect(metricsOf(kept)).not.toContain('s:sql');
    expect(metricsOf(kept)).not.toContain('q:12');
    expect(metricsOf(kept)).toContain('i:rated');
    expect(metricsOf(kept)).not.toContain('i:up');
    expect(tallyOf(debrief({ authorRole: 'staff' }))).toEqual([]);
    expect(tallyOf(debrief({ companyId: null, field: null }))).toEqual([]);
  });

  it('turns an edit into the difference only', () => {
    const before = tallyOf(debrief());
    const after = tallyOf(debrief({ difficulty: 5, questions: [{ questionId: 11, visibility: 'shared' }] }));
    const delta = tallyDelta(before, after).map((d) => `${d.scope} ${d.metric} ${d.n}`);
    expect(delta.sort()).toEqual(['c:3 d:4 -1', 'c:3 d:5 1', 'f:Finance d:4 -1', 'f:Finance d:5 1']);
    expect(tallyDelta(before, before)).toEqual([]);
  });

  it('keeps one row per person and metric, with the last week they reported it', () => {
    const rows = peopleOf([
      debrief(),
      debrief({ interviewAt: '2026-10-01T09:00:00.000Z', difficulty: 2, surprises: [] }),
    ]).filter((r) => r.scope === 'f:Finance');
    expect(rows).toEqual(
      expect.arrayContaining([
        { scope: 'f:Finance', metric: 'debriefs', lastWeek: '2026-11-16' },
        { scope: 'f:Finance', metric: 'q:11', lastWeek: '2026-11-16' },
        { scope: 'f:Finance', metric: 'd', lastWeek: '2026-11-16' },
        { scope: 'f:Finance', metric: 'i', lastWeek: '2026-11-16' },
      ]),
    );
    expect(rows).toHaveLength(6); // debriefs, q:11, s:sql, d, e, i
  });
});

describe('weeks and periods', () => {
  it('starts weeks on Monday in UTC', () => {
    expect(weekOf('2026-11-16T00:00:00.000Z')).toBe('2026-11-16');
    expect(weekOf('2026-11-22T23:59:59.000Z')).toBe('2026-11-16');
    expect(weekOf('2026-11-23T00:00:00.000Z')).toBe('2026-11-23');
  });

  it('makes a period of thirteen whole weeks ending today, and the thirteen before', () => {
    expect(periodOf(new Date('2026-11-26T10:00:00.000Z'))).toEqual({
      from: '2026-08-31',
      to: '2026-11-26',
      previousFrom: '2026-06-01',
      previousTo: '2026-08-30',
    });
  });
});
