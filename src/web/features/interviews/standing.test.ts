import { describe, expect, it } from 'vitest';
import type { SeekerInterview } from '../../../shared/interview-api.ts';
import { nextStep, standing } from './standing.ts';

const now = Date.parse('2026-03-07T12:00:00Z');
const slot = (id: number, startsAt: string) => ({ id, startsAt, endsAt: startsAt, seatsLeft: 1 });
const base: SeekerInterview = {
  id: 1,
  openingTitle: 'Teller',
  openingSlug: 'teller',
  companyName: 'Harbour Bank',
  round: 'first',
  format: 'video',
  durationMinutes: 45,
  location: '',
  videoUrl: '',
  instructions: '',
  zone: 'America/Halifax',
  state: 'proposed',
  capacity: 1,
  group: false,
  remind: false,
  cancelledBy: null,
  interviewers: [],
  slots: [slot(10, '2026-03-09T14:00:00Z'), slot(11, '2026-03-10T14:00:00Z')],
  myBooking: null,
};
const booked = (extra: Partial<NonNullable<SeekerInterview['myBooking']>> = {}): SeekerInterview => ({
  ...base,
  state: 'scheduled',
  myBooking: {
    slotId: 11,
    state: 'booked',
    confirmedAt: null,
    cancelReason: null,
    moveRequestedAt: null,
    ...extra,
  },
});

describe('where an interview stands for the job seeker', () => {
  it('asks for a choice until a time is booked', () => {
    expect(standing(base, now)).toEqual({ kind: 'choose' });
    expect(nextStep(base, now)).toBe('Choose a time.');
  });

  it('shows the booked time, then asks to confirm, then points to the checklist', () => {
    expect(standing(booked(), now)).toMatchObject({ kind: 'booked', slot: { id: 11 }, started: false });
    expect(nextStep(booked(), now)).toBe('Confirm that you will be there.');
    expect(nextStep(booked({ confirmedAt: '2026-03-07T10:00:00Z' }), now)).toBe(
      'Confirmed. Get ready with the checklist.',
    );
    expect(nextStep(booked({ moveRequestedAt: '2026-03-07T10:00:00Z' }), now)).toContain(
      'asked for another time',
    );
    expect(standing(booked(), Date.parse('2026-03-10T14:00:00Z'))).toMatchObject({ started: true });
  });

  it('says who cancelled', () => {
    expect(
      standing(
        { ...booked({ state: 'cancelled', cancelReason: 'not-interested' }), state: 'cancelled' },
        now,
      ),
    ).toEqual({
      kind: 'cancelled',
      words: 'You cancelled this interview.',
    });
    expect(
      standing({ ...booked({ state: 'cancelled' }), state: 'cancelled', cancelledBy: 'client' }, now),
    ).toEqual({
      kind: 'cancelled',
      words: 'Cancelled by the employer.',
    });
  });
});
