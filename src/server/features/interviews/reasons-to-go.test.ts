import { describe, expect, it } from 'vitest';
import { MIN_PEOPLE_FOR_FIGURES, type ReasonsInput, reasonsToGo } from './reasons-to-go.ts';

const base: ReasonsInput = {
  otherOpenOpeningsAtCompany: [],
  betterThanExpected: null,
  format: 'on-site',
  daysUntil: 5,
};
const reasons = (over: Partial<ReasonsInput> = {}) => reasonsToGo({ ...base, ...over });
const find = (over: Partial<ReasonsInput>, key: string) => reasons(over).find((r) => r.key === key);

describe('reasonsToGo', () => {
  it('lists the reasons in order, ending with the offer to reschedule', () => {
    expect(reasons().map((r) => r.key)).toEqual([
      'better-than-described',
      'practice',
      'what-employers-ask',
      'reschedule',
    ]);
    const withOpenings = reasons({ otherOpenOpeningsAtCompany: [{ title: 'Driver', slug: 'driver' }] });
    expect(withOpenings.map((r) => r.key)).toEqual([
      'better-than-described',
      'other-openings',
      'practice',
      'what-employers-ask',
      'reschedule',
    ]);
  });

  it('gives every reason a headline and a detail', () => {
    for (const r of reasons({ otherOpenOpeningsAtCompany: [{ title: 'Driver', slug: 'driver' }] })) {
      expect(r.headline.length).toBeGreaterThan(10);
      expect(r.detail.length).toBeGreaterThan(30);
    }
  });
});

describe('better than expected', () => {
  it('gives the general line without debrief figures', () => {
    const r = find({}, 'better-than-described');
    expect(r?.headline).toBe('The job may be better than its description');
    expect(r?.detail).not.toMatch(/\d/);
  });

  it(`shows "N of M people" once ${MIN_PEOPLE_FOR_FIGURES} people took part`, () => {
    const r = find({ betterThanExpected: { share: 0.6, people: 5 } }, 'better-than-described');
    expect(r?.detail).toContain(
      '3 of 5 people who interviewed there found the job better than they expected',
    );
  });

  it('keeps the figure back below the privacy threshold, however high the share', () => {
    const r = find({ betterThanExpected: { share: 1, people: 4 } }, 'better-than-described');
    expect(r?.headline).toBe('The job may be better than its description');
    expect(r?.detail).not.toMatch(/\d/);
  });

  it('does not offer "0 of M" as a reason', () => {
    const r = find({ betterThanExpected: { share: 0, people: 12 } }, 'better-than-described');
    expect(r?.detail).not.toMatch(/\d/);
  });

  it('rounds the share to whole people and clamps nonsense shares', () => {
    expect(
      find({ betterThanExpected: { share: 2 / 3, people: 9 } }, 'better-than-described')?.detail,
    ).toContain('6 of 9 people');
    expect(
      find({ betterThanExpected: { share: 1.7, people: 8 } }, 'better-than-described')?.detail,
    ).toContain('8 of 8 people');
    expect(
      find({ betterThanExpected: { share: Number.NaN, people: 8 } }, 'better-than-described')?.detail,
    ).not.toMatch(/\d/);
  });
});

describe('other openings at the company', () => {
  it('is left out when there are none', () => {
    expect(find({}, 'other-openings')).toBeUndefined();
  });

  it('names and links a single opening', () => {
    const r = find(
      { otherOpenOpeningsAtCompany: [{ title: 'Forklift driver', slug: 'forklift-driver' }] },
      'other-openings',
    );
    expect(r?.headline).toBe('They have another opening too');
    expect(r?.detail).toContain('hiring for Forklift driver.');
    expect(r?.link).toEqual({ label: 'Forklift driver', href: '/jobs/forklift-driver' });
    expect(r?.openings).toEqual([{ label: 'Forklift driver', href: '/jobs/forklift-driver' }]);
  });

  it('names two with "and", and names three then counts the rest while linking all', () => {
    const two = [
      { title: 'Driver', slug: 'driver' },
      { title: 'Packer', slug: 'packer' },
    ];
    expect(find({ otherOpenOpeningsAtCompany: two }, 'other-openings')?.detail).toContain(
      'hiring for Driver and Packer.',
    );

    const five = ['A', 'B', 'C', 'D', 'E'].map((t) => ({
      title: `Role ${t}`,
      slug: `role-${t.toLowerCase()}`,
    }));
    const r = find({ otherOpenOpeningsAtCompany: five }, 'other-openings');
    expect(r?.headline).toBe('They have 5 other openings too');
    expect(r?.detail).toContain('hiring for Role A, Role B, Role C and 2 more.');
    expect(r?.openings?.map((o) => o.href)).toEqual([
      '/jobs/role-a',
      '/jobs/role-b',
      '/jobs/role-c',
      '/jobs/role-d',
      '/jobs/role-e',
    ]);
    expect(r?.link).toBeUndefined();
  });

  it('encodes slugs so a link cannot escape its path', () => {
    const r = find({ otherOpenOpeningsAtCompany: [{ title: 'X', slug: '../admin?x=1' }] }, 'other-openings');
    expect(r?.link?.href).toBe('/jobs/..%2Fadmin%3Fx%3D1');
  });
});

describe('practice', () => {
  it('speaks to the format when it has something particular to say', () => {
    expect(find({ format: 'group' }, 'practice')?.detail).toContain('Group interviews');
    expect(find({ format: 'written-test' }, 'practice')?.detail).toContain('Timed tests');
    expect(find({ format: 'panel' }, 'practice')?.detail).toContain('several people');
    expect(find({ format: 'assessment' }, 'practice')?.detail).toContain('Assessments');
  });

  it('falls back to the general line for other formats', () => {
    expect(find({ format: 'phone' }, 'practice')?.detail).toContain(
      'Every interview makes the next one easier',
    );
  });
});

describe('reschedule', () => {
  it('counts the days left', () => {
    expect(find({ daysUntil: 5 }, 'reschedule')?.detail).toContain('There are 5 days to go');
  });

  it('says tomorrow for one day', () => {
    expect(find({ daysUntil: 1 }, 'reschedule')?.detail).toContain('It is tomorrow');
  });

  it('still offers it on the day, and treats a past or fractional count as today', () => {
    for (const daysUntil of [0, -2, 0.4])
      expect(find({ daysUntil }, 'reschedule')?.detail).toContain('Even on the day');
  });
});
