import { describe, expect, it } from 'vitest';
import {
  initialValues,
  spreadSuggestions,
  toInterviewInput,
  withMode,
  withSuggestion,
} from './formValues.ts';

const base = () => ({ ...initialValues('America/Halifax'), instructions: 'Bring ID' });

describe('toInterviewInput', () => {
  it('sends one fixed time as an instant in the chosen zone', () => {
    const r = toInterviewInput({ ...base(), times: [{ startsAt: '2030-07-01T14:00', endsAt: '' }] });
    expect(r).toEqual({
      ok: true,
      input: expect.objectContaining({
        zone: 'America/Halifax',
        durationMinutes: 60,
        capacity: 1,
        alsoInvite: [],
        instructions: 'Bring ID',
        times: [{ startsAt: '2030-07-01T17:00:00Z' }],
      }),
    });
  });

  it('sends a written test’s window with its end', () => {
    const r = toInterviewInput({
      ...base(),
      format: 'written-test',
      times: [{ startsAt: '2030-07-01T09:00', endsAt: '2030-07-03T17:00' }],
    });
    expect(r.ok && r.input.times).toEqual([
      { startsAt: '2030-07-01T12:00:00Z', endsAt: '2030-07-03T20:00:00Z' },
    ]);
  });

  it('names each missing time by the server’s field path', () => {
    const v = withMode(base(), 'proposed');
    expect(toInterviewInput(v)).toEqual({
      ok: false,
      errors: { 'times.0.startsAt': 'Choose a date and time', 'times.1.startsAt': 'Choose a date and time' },
    });
    const w = { ...base(), format: 'written-test' as const };
    expect(toInterviewInput(w)).toMatchObject({
      ok: false,
      errors: {
        'times.0.startsAt': 'Choose when the window opens',
        'times.0.endsAt': 'Choose when the window closes',
      },
    });
  });

  it('checks the other fields with the shared schema', () => {
    const r = toInterviewInput({
      ...base(),
      durationMinutes: '',
      videoUrl: 'javascript:alert(1)',
      times: [{ startsAt: '2030-07-01T14:00', endsAt: '' }],
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && Object.keys(r.errors).sort()).toEqual(['durationMinutes', 'videoUrl']);
  });

  it('sends capacity and invitations only for a group session', () => {
    const times = [{ startsAt: '2030-07-01T14:00', endsAt: '' }];
    const solo = toInterviewInput({ ...base(), capacity: '5', alsoInvite: [7], times });
    expect(solo.ok && [solo.input.capacity, solo.input.alsoInvite]).toEqual([1, []]);
    const group = toInterviewInput({ ...base(), format: 'group', capacity: '5', alsoInvite: [7], times });
    expect(group.ok && [group.input.capacity, group.input.alsoInvite]).toEqual([5, [7]]);
    const tooSmall = toInterviewInput({ ...base(), format: 'group', capacity: '1', alsoInvite: [7], times });
    expect(tooSmall).toMatchObject({ ok: false, errors: { capacity: expect.any(String) } });
  });
});

describe('time rows', () => {
  it('keeps what was typed when switching between fixed and proposed', () => {
    const one = { ...base(), times: [{ startsAt: '2030-07-01T14:00', endsAt: '' }] };
    const many = withMode(one, 'proposed');
    expect(many.times).toEqual([
      { startsAt: '2030-07-01T14:00', endsAt: '' },
      { startsAt: '', endsAt: '' },
    ]);
    expect(withMode(many, 'fixed').times).toEqual([{ startsAt: '2030-07-01T14:00', endsAt: '' }]);
  });

  it('fills the next empty row with a suggestion, in the form’s zone, then adds rows up to the limit', () => {
    const slot = { startsAt: '2030-07-01T17:00:00Z', endsAt: '2030-07-01T18:00:00Z' };
    const fixed = withSuggestion(base(), slot);
    expect(fixed?.times).toEqual([{ startsAt: '2030-07-01T14:00', endsAt: '' }]);
    expect(fixed && withSuggestion(fixed, slot)).toBeNull();
    let v = withMode(base(), 'proposed');
    for (let n = 0; n < 10; n++) v = withSuggestion(v, slot) ?? v;
    expect(v.times).toHaveLength(10);
    expect(withSuggestion(v, slot)).toBeNull();
  });
});

describe('spreadSuggestions', () => {
  it('keeps starts at least an hour apart, up to the limit', () => {
    const at = (h: number, m: number) => ({
      startsAt: `2030-07-01T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`,
    });
    const every15 = [9, 10, 11, 12].flatMap((h) => [0, 15, 30, 45].map((m) => at(h, m)));
    expect(spreadSuggestions(every15, 10).map((s) => s.startsAt.slice(11, 16))).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
    ]);
    expect(spreadSuggestions(every15, 2)).toHaveLength(2);
    expect(
      spreadSuggestions([at(9, 0), at(9, 45), at(10, 30)], 5).map((s) => s.startsAt.slice(11, 16)),
    ).toEqual(['09:00', '10:30']);
  });
});
