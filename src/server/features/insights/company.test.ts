import { describe, expect, it } from 'vitest';
import { median, processOf } from './company.ts';

const app = (id: number, created: string, entered: string, decided = true) => ({
  id,
  createdAt: `${created}T09:00:00.000Z`,
  stageEnteredAt: `${entered}T09:00:00.000Z`,
  decided,
});
const interview = (applicationId: number, format: string, created = '2026-11-01') => ({
  applicationId,
  format,
  createdAt: `${created}T10:00:00.000Z`,
});

describe('a company’s interview process', () => {
  it('counts rounds and days over decided applications that had an interview', () => {
    const p = processOf(
      [
        app(1, '2026-10-01', '2026-10-11'),
        app(2, '2026-10-01', '2026-10-21'),
        app(3, '2026-10-01', '2026-10-05'), // decided without an interview: says nothing about them
        app(4, '2026-10-01', '2026-10-30', false), // still in progress
      ],
      [interview(1, 'video'), interview(2, 'video'), interview(2, 'panel'), interview(4, 'phone')],
      '2026-01-01T00:00:00.000Z',
      '2026-08-31T00:00:00.000Z',
    );
    expect(p).toMatchObject({ rounds: 1.5, daysToOutcome: 15, applications: 2 });
    expect(p?.formats).toEqual([
      { format: 'video', count: 2, share: 0.5 },
      { format: 'panel', count: 1, share: 0.25 },
      { format: 'phone', count: 1, share: 0.25 },
    ]);
  });

  it('leaves out outcomes before the window, interviews before the period and unknown formats', () => {
    const p = processOf(
      [app(1, '2024-01-01', '2024-02-01')],
      [interview(1, 'video', '2024-01-10'), interview(1, 'carrier-pigeon')],
      '2025-11-26T00:00:00.000Z',
      '2026-08-31T00:00:00.000Z',
    );
    expect(p).toBeNull();
  });

  it('takes the median of odd and even lists', () => {
    expect([median([]), median([3, 1, 2]), median([4, 1, 3, 2])]).toEqual([null, 2, 2.5]);
  });
});
