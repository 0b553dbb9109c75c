import { describe, expect, it } from 'vitest';
import { INTERVIEW_FORMATS } from '../../../shared/interviews.ts';
import { CHECKLIST_KEYS, checklistFor, progress } from './checklist.ts';

const UNIVERSAL = [
  'read-instructions',
  'research-company',
  'reread-job',
  'likely-questions',
  'questions-to-ask',
];
const keys = (format: Parameters<typeof checklistFor>[0], place?: Parameters<typeof checklistFor>[1]) =>
  checklistFor(format, place).map((i) => i.key);

describe('checklistFor', () => {
  it.each(INTERVIEW_FORMATS)('gives %s the universal items plus at least one of its own', (format) => {
    const list = keys(format);
    for (const k of UNIVERSAL) expect(list).toContain(k);
    expect(list.length).toBeGreaterThan(UNIVERSAL.length);
  });

  it('has no duplicate keys, in any checklist or in the whole table', () => {
    expect(new Set(CHECKLIST_KEYS).size).toBe(CHECKLIST_KEYS.length);
    for (const format of INTERVIEW_FORMATS)
      for (const place of ['in-person', 'remote'] as const) {
        const list = keys(format, place);
        expect(new Set(list).size).toBe(list.length);
      }
  });

  it('gives every item a label and a hint', () => {
    for (const format of INTERVIEW_FORMATS)
      for (const item of checklistFor(format)) {
        expect(item.label.length).toBeGreaterThan(5);
        expect(item.hint.length).toBeGreaterThan(20);
      }
  });

  it('has the video link test and the room for video, and no route', () => {
    const list = keys('video');
    expect(list).toContain('test-video');
    expect(list).toContain('prepare-room');
    expect(list).toContain('what-to-wear');
    expect(list).not.toContain('plan-route');
    // Asking for "in person" cannot give a video call a route.
    expect(keys('video', 'in-person')).not.toContain('plan-route');
  });

  it('has the phone steps for a phone call, and neither route nor outfit', () => {
    const list = keys('phone');
    expect(list).toContain('charge-phone');
    expect(list).not.toContain('plan-route');
    expect(list).not.toContain('what-to-wear');
    expect(list).not.toContain('test-video');
  });

  it.each(['on-site', 'panel', 'group'] as const)(
    'has the route and outfit for %s, not the video test',
    (f) => {
      const list = keys(f);
      expect(list).toContain('plan-route');
      expect(list).toContain('what-to-wear');
      expect(list).not.toContain('test-video');
      expect(list).not.toContain('charge-phone');
    },
  );

  it('has the written-test steps, with the route at a test centre and the computer check online', () => {
    const steps = ['check-allowed-materials', 'practise-timed-writing', 'plan-time-per-question'];
    const atCentre = keys('written-test');
    const online = keys('written-test', 'remote');
    for (const k of steps) {
      expect(atCentre).toContain(k);
      expect(online).toContain(k);
    }
    expect(atCentre).toContain('plan-route');
    expect(atCentre).not.toContain('remote-test-setup');
    expect(online).toContain('remote-test-setup');
    expect(online).not.toContain('plan-route');
    expect(keys('on-site')).not.toContain('practise-timed-writing');
  });

  it('has the group steps only for group interviews', () => {
    const steps = ['group-introduction', 'group-listening', 'group-contribute'];
    for (const k of steps) expect(keys('group')).toContain(k);
    for (const k of steps) expect(keys('panel')).not.toContain(k);
  });

  it('has the assessment steps and the panel step where they belong', () => {
    expect(keys('assessment')).toEqual(
      expect.arrayContaining(['assessment-what-to-expect', 'assessment-practice', 'check-allowed-materials']),
    );
    expect(keys('panel')).toContain('panel-interviewers');
    expect(keys('on-site')).not.toContain('panel-interviewers');
  });

  it('orders research before answers, and the day itself last', () => {
    const list = keys('video');
    expect(list[0]).toBe('read-instructions');
    expect(list.indexOf('research-company')).toBeLessThan(list.indexOf('likely-questions'));
    expect(list.indexOf('questions-to-ask')).toBeLessThan(list.indexOf('test-video'));
    expect(keys('on-site').at(-1)).toBe('plan-route');
  });
});

describe('progress', () => {
  const items = checklistFor('phone');

  it('starts at nothing done, with the first item next', () => {
    expect(progress(items, [])).toEqual({ done: 0, total: items.length, percent: 0, next: items[0] });
  });

  it('counts ticked items and points at the first one left', () => {
    const p = progress(items, ['read-instructions', 'reread-job']);
    expect(p.done).toBe(2);
    expect(p.next?.key).toBe('research-company');
    expect(p.percent).toBe(Math.floor((2 * 100) / items.length));
  });

  it('ignores unknown keys, keys from other formats, and repeated ticks', () => {
    const p = progress(items, ['read-instructions', 'read-instructions', 'test-video', 'no-such-item']);
    expect(p.done).toBe(1);
    expect(p.total).toBe(items.length);
  });

  it('reaches 100 only when everything is ticked, with nothing next', () => {
    const allButOne = items.slice(0, -1).map((i) => i.key);
    expect(progress(items, allButOne).percent).toBeLessThan(100);
    expect(progress(items, allButOne).next).toEqual(items.at(-1));
    expect(
      progress(
        items,
        items.map((i) => i.key),
      ),
    ).toEqual({
      done: items.length,
      total: items.length,
      percent: 100,
      next: null,
    });
  });

  it('handles an empty list', () => {
    expect(progress([], ['x'])).toEqual({ done: 0, total: 0, percent: 0, next: null });
  });
});
