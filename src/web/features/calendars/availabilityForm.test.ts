import { describe, expect, it } from 'vitest';
import { availability } from '../../../shared/availability.ts';
import { issuesToFields } from '../../ui/validation.ts';
import {
  type AvailabilityForm,
  fieldName,
  formatPlainDate,
  hoursRow,
  nextHours,
  toBody,
  toForm,
  toFormErrors,
} from './availabilityForm.ts';

const saved = {
  zone: 'America/St_Johns',
  weekly: [
    { weekday: 3, start: '10:00', end: '24:00' },
    { weekday: 1, start: '13:00', end: '17:00' },
    { weekday: 1, start: '09:00', end: '12:00' },
  ],
  exceptions: [
    { date: '2026-12-31', hours: [{ start: '09:00', end: '12:00' }] },
    { date: '2026-12-24', hours: [] },
  ],
};

/** The form without its React keys, which differ on every call. */
const shape = (f: AvailabilityForm) => ({
  zone: f.zone,
  days: f.days.map((d) => ({ weekday: d.weekday, hours: d.hours.map(({ start, end }) => ({ start, end })) })),
  exceptions: f.exceptions.map((e) => ({
    date: e.date,
    dayOff: e.dayOff,
    hours: e.hours.map(({ start, end }) => ({ start, end })),
  })),
});

describe('availability form', () => {
  it('shows every weekday, its hours in order, and exceptions by date; midnight as 00:00', () => {
    const form = shape(toForm(saved));
    expect(form.days.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(form.days[0]?.hours).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]);
    expect(form.days[1]?.hours).toEqual([]);
    expect(form.days[2]?.hours).toEqual([{ start: '10:00', end: '00:00' }]);
    expect(form.exceptions).toEqual([
      { date: '2026-12-24', dayOff: true, hours: [] },
      { date: '2026-12-31', dayOff: false, hours: [{ start: '09:00', end: '12:00' }] },
    ]);
  });

  it('builds a body the schema accepts and that reads back the same', () => {
    const { body } = toBody(toForm(saved));
    expect(availability.parse(body)).toEqual(body);
    expect(body.weekly).toEqual([
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '17:00' },
      { weekday: 3, start: '10:00', end: '24:00' },
    ]);
    expect(shape(toForm(body))).toEqual(shape(toForm(saved)));
  });

  it('sends no hours for a date marked as a day off, and trims the zone', () => {
    const form = toForm(saved);
    form.zone = '  Europe/London ';
    const last = form.exceptions[1];
    if (!last) throw new Error('fixture');
    last.dayOff = true;
    const { body } = toBody(form);
    expect(body.zone).toBe('Europe/London');
    expect(body.exceptions[1]).toEqual({ date: '2026-12-31', hours: [] });
  });

  it('maps schema and server error paths back to the input they came from', () => {
    const form = toForm(saved);
    const tuesday = form.days[1];
    if (!tuesday) throw new Error('fixture');
    tuesday.hours.push(hoursRow('18:00', '08:00'));
    const special = form.exceptions[1];
    if (!special) throw new Error('fixture');
    special.hours.push(hoursRow('15:00', '14:00'));
    form.exceptions.push({ key: 'dup', date: '2026-12-24', dayOff: true, hours: [] });
    const { body, paths } = toBody(form);
    const parsed = availability.safeParse(body);
    expect(parsed.success).toBe(false);
    const fields = issuesToFields(parsed.error?.issues ?? []);
    // Tuesday's range is the third in the flat list: after Monday's two.
    expect(Object.keys(fields).sort()).toEqual([
      'exceptions.1.hours.1.end',
      'exceptions.2.date',
      'weekly.2.end',
    ]);
    const errors = toFormErrors(fields, paths);
    expect(Object.keys(errors).sort()).toEqual(
      [
        fieldName.dayHours(2, 0, 'end'),
        fieldName.exceptionHours(special.key, 1, 'end'),
        fieldName.exceptionDate('dup'),
      ].sort(),
    );
    expect(errors[fieldName.exceptionDate('dup')]).toContain('listed twice');
    // Errors about a whole list, or the zone, keep their own names.
    expect(
      toFormErrors({ zone: 'Unknown', weekly: 'At most 100', 'exceptions.1.hours': 'At most 12' }, paths),
    ).toEqual({
      zone: 'Unknown',
      weekly: 'At most 100',
      [fieldName.exceptionDate(special.key)]: 'At most 12',
    });
  });

  it('offers the hour after the last range, or a working day on an empty day', () => {
    const pick = (r: { start: string; end: string }) => ({ start: r.start, end: r.end });
    expect(pick(nextHours([]))).toEqual({ start: '09:00', end: '17:00' });
    expect(pick(nextHours([hoursRow('09:00', '12:00')]))).toEqual({ start: '12:00', end: '13:00' });
    // Up to midnight, written 00:00 in the form; after a range that ends at midnight, nothing fits.
    expect(pick(nextHours([hoursRow('20:00', '23:30')]))).toEqual({ start: '23:30', end: '00:00' });
    expect(pick(nextHours([hoursRow('20:00', '00:00')]))).toEqual({ start: '', end: '' });
    expect(pick(nextHours([hoursRow('09:00', '')]))).toEqual({ start: '', end: '' });
  });

  it('writes a plain date the same whatever the time zone', () => {
    // The suite runs in America/St_Johns, where UTC midnight is still the day before.
    expect(formatPlainDate('2026-12-24')).toBe('Thursday, December 24, 2026');
    expect(formatPlainDate('not a date')).toBe('not a date');
  });
});
