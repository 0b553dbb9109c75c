import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../shared/pipeline.ts';
import { funnelCsv, openPositionsCsv, placementsBySourceCsv, timeToPlacementCsv } from './csv.ts';
import {
  bySource,
  funnelByOpening,
  funnelByPeriod,
  funnelStages,
  percentile,
  spread,
  timeToPlacement,
} from './rollups.ts';

const stage = (id: number, position: number, kind: Stage['kind'] = 'active', retired = false): Stage => ({
  id,
  name: `S${id}`,
  kind,
  seekerLabel: '',
  seekerNext: '',
  position,
  retired,
});
// Listed out of order on purpose: the funnel follows position, not id or list order.
const STAGES = [
  stage(3, 30, 'placed'),
  stage(1, 10),
  stage(2, 20),
  stage(9, 15, 'active', true),
  stage(4, 40, 'closed', true),
];

describe('percentiles', () => {
  it('interpolates between ranks like percentile_cont', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.25)).toBe(7);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(percentile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(percentile([10, 20, 30], 0)).toBe(10);
    expect(percentile([10, 20, 30], 1)).toBe(30);
  });

  it('sorts before it measures and rounds to a tenth of a day', () => {
    expect(spread([4, 1, 3, 2])).toEqual({ placements: 4, medianDays: 2.5, p25Days: 1.8, p75Days: 3.3 });
    expect(spread([])).toEqual({ placements: 0, medianDays: null, p25Days: null, p75Days: null });
  });
});

describe('funnel counting', () => {
  it('shows current stages in position order and retired ones only with data', () => {
    const shown = funnelStages(STAGES, [{ key: 'x', stageId: 9, n: 2 }]);
    expect(shown.map((s) => [s.id, s.reached])).toEqual([
      [1, 0],
      [9, 2],
      [2, 0],
      [3, 0],
    ]);
  });

  it('adds per-day counts into months, keeping empty months', () => {
    const f = funnelByPeriod({
      stages: STAGES,
      reached: [
        { key: '2026-01-05', stageId: 1, n: 3 },
        { key: '2026-01-20', stageId: 1, n: 2 },
        { key: '2026-01-20', stageId: 2, n: 1 },
        { key: '2026-03-02', stageId: 1, n: 4 },
        { key: '2026-03-02', stageId: 3, n: 1 },
        { key: '2026-03-02', stageId: 777, n: 9 }, // a stage deleted since: ignored
      ],
      created: [
        { key: '2026-01-05', n: 3 },
        { key: '2026-01-20', n: 2 },
        { key: '2026-03-02', n: 4 },
      ],
      starts: ['2026-01-01', '2026-02-01', '2026-03-01'],
      groupBy: 'month',
    });
    expect(f.applications).toBe(9);
    expect(f.stages.map((s) => [s.name, s.reached])).toEqual([
      ['S1', 9],
      ['S2', 1],
      ['S3', 1],
    ]);
    expect(f.periods).toEqual([
      { start: '2026-01-01', applications: 5, reached: [5, 1, 0] },
      { start: '2026-02-01', applications: 0, reached: [0, 0, 0] },
      { start: '2026-03-01', applications: 4, reached: [4, 0, 1] },
    ]);
  });

  it('groups by Monday-based weeks', () => {
    const f = funnelByPeriod({
      stages: [stage(1, 10)],
      reached: [
        { key: '2026-03-01', stageId: 1, n: 1 }, // Sunday: the week of Feb 23
        { key: '2026-03-02', stageId: 1, n: 2 },
        { key: '2026-03-08', stageId: 1, n: 3 },
      ],
      created: [
        { key: '2026-03-01', n: 1 },
        { key: '2026-03-02', n: 2 },
        { key: '2026-03-08', n: 3 },
      ],
      starts: ['2026-02-23', '2026-03-02'],
      groupBy: 'week',
    });
    expect(f.periods.map((p) => [p.start, p.applications, p.reached])).toEqual([
      ['2026-02-23', 1, [1]],
      ['2026-03-02', 5, [5]],
    ]);
  });

  it('makes one row per opening, most applications first', () => {
    const rows = funnelByOpening(
      [1, 3],
      [
        { key: 11, stageId: 1, n: 1 },
        { key: 12, stageId: 1, n: 3 },
        { key: 12, stageId: 3, n: 2 },
      ],
      [
        { key: 11, n: 1 },
        { key: 12, n: 3 },
      ],
      new Map([
        [11, { title: 'Nurse', companyName: 'Acme' }],
        [12, { title: 'Welder', companyName: 'Bolt' }],
      ]),
    );
    expect(rows).toEqual([
      { id: 12, title: 'Welder', companyName: 'Bolt', applications: 3, reached: [3, 2] },
      { id: 11, title: 'Nurse', companyName: 'Acme', applications: 1, reached: [1, 0] },
    ]);
  });
});

describe('time to placement and sources', () => {
  it('measures days from application to placement, overall and per opening', () => {
    const row = (openingId: number, created: string, placed: string) => ({
      openingId,
      title: `Opening ${openingId}`,
      companyName: 'Acme',
      createdAt: `${created}T00:00:00.000Z`,
      placedAt: `${placed}T00:00:00.000Z`,
    });
    const r = timeToPlacement([
      row(1, '2026-01-01', '2026-01-11'),
      row(2, '2026-01-01', '2026-01-21'),
      row(2, '2026-01-01', '2026-01-31'),
      row(2, '2026-01-01', '2026-02-10'),
    ]);
    expect(r).toMatchObject({ placements: 4, medianDays: 25, p25Days: 17.5, p75Days: 32.5 });
    expect(r.openings).toEqual([
      {
        id: 2,
        title: 'Opening 2',
        companyName: 'Acme',
        placements: 3,
        medianDays: 30,
        p25Days: 25,
        p75Days: 35,
      },
      {
        id: 1,
        title: 'Opening 1',
        companyName: 'Acme',
        placements: 1,
        medianDays: 10,
        p25Days: 10,
        p75Days: 10,
      },
    ]);
  });

  it('lists every source with its label, most placements first', () => {
    const r = bySource([
      { source: 'referral', n: 2 },
      { source: 'job-board', n: 5 },
      { source: 'carrier-pigeon', n: 1 },
    ]);
    expect(r.placements).toBe(8);
    expect(r.sources.slice(0, 3)).toEqual([
      { source: 'job-board', label: 'Job board', placements: 5 },
      { source: 'referral', label: 'Referral', placements: 2 },
      { source: 'other', label: 'Other', placements: 1 },
    ]);
    expect(r.sources).toHaveLength(7);
    expect(r.sources.slice(3).every((s) => s.placements === 0)).toBe(true);
  });
});

describe('CSV', () => {
  const period = { from: '2026-01-01', to: '2026-03-31', timeZone: 'UTC' };
  const funnel = {
    period,
    groupBy: 'month' as const,
    applications: 3,
    stages: [
      { id: 1, name: 'Applied', kind: 'active' as const, retired: false, reached: 3 },
      { id: 2, name: 'Old, "odd" stage', kind: 'active' as const, retired: true, reached: 1 },
    ],
    periods: [
      { start: '2026-01-01', applications: 2, reached: [2, 1] },
      { start: '2026-02-01', applications: 1, reached: [1, 0] },
    ],
    openings: [{ id: 5, title: '=HYPERLINK("x")', companyName: 'Acme', applications: 3, reached: [3, 1] }],
  };

  it('writes the funnel by period with a total row, quoting what needs it', () => {
    expect(funnelCsv(funnel, false)).toBe(
      '\ufeffMonth,Applications,Applied,"Old, ""odd"" stage (retired)"\r\n' +
        '2026-01,2,2,1\r\n2026-02,1,1,0\r\nTotal,3,3,1\r\n',
    );
    expect(funnelCsv({ ...funnel, groupBy: 'week' }, false)).toContain('Week starting,');
    expect(funnelCsv({ ...funnel, groupBy: 'week' }, false)).toContain('\r\n2026-01-01,2,2,1\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    const csv = funnelCsv(funnel, true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")",Acme,3,3,1\r\n`);
    expect(csv).toContain('Total,,3,3,1\r\n');
  });

  it('writes the other reports with their totals', () => {
    expect(
      timeToPlacementCsv({
        period,
        placements: 1,
        medianDays: 2.5,
        p25Days: 2.5,
        p75Days: 2.5,
        openings: [
          {
            id: 1,
            title: 'Nurse',
            companyName: 'Acme',
            placements: 1,
            medianDays: 2.5,
            p25Days: 2.5,
            p75Days: 2.5,
          },
        ],
      }).split('\r\n'),
    ).toEqual([
      '\ufeffOpening,Company,Placements,Median days,25th percentile days,75th percentile days',
      'Nurse,Acme,1,2.5,2.5,2.5',
      'All openings,,1,2.5,2.5,2.5',
      '',
    ]);
    expect(
      timeToPlacementCsv({
        period,
        placements: 0,
        medianDays: null,
        p25Days: null,
        p75Days: null,
        openings: [],
      }),
    ).toContain('All openings,,0,,,\r\n');
    expect(placementsBySourceCsv({ period, ...bySource([{ source: 'event', n: 2 }]) })).toContain(
      'Event,2\r\nJob board,0\r\n',
    );
    expect(
      openPositionsCsv({
        asOf: '2026-03-31T00:00:00.000Z',
        openOpenings: 2,
        openPositions: 3,
        companies: [{ id: 1, name: '@Acme', openOpenings: 2, openPositions: 3 }],
      }),
    ).toBe("\ufeffCompany,Open openings,Open positions\r\n'@Acme,2,3\r\nTotal,2,3\r\n");
  });
});
