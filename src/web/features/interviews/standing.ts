import type { SeekerInterview } from '../../../shared/interview-api.ts';
import { CANCELLED_BY_LABELS } from '../../../shared/interviews.ts';

// Where one interview stands for the job seeker, and the one thing to do next. Pure.

export type Standing =
  | { kind: 'cancelled'; words: string }
  | { kind: 'choose' }
  | { kind: 'booked'; slot: SeekerInterview['slots'][number]; started: boolean }
  | { kind: 'done' };

export function standing(iv: SeekerInterview, now = Date.now()): Standing {
  const mine = iv.myBooking;
  if (iv.state === 'cancelled' || mine?.state === 'cancelled') {
    const byMe = mine?.state === 'cancelled' && mine.cancelReason !== null;
    return {
      kind: 'cancelled',
      words: byMe
        ? 'You cancelled this interview.'
        : iv.cancelledBy
          ? `${CANCELLED_BY_LABELS[iv.cancelledBy]}.`
          : 'This interview was cancelled.',
    };
  }
  if (iv.state === 'completed') return { kind: 'done' };
  const slot = mine?.state === 'booked' ? iv.slots.find((s) => s.id === mine.slotId) : undefined;
  if (slot) return { kind: 'booked', slot, started: Date.parse(slot.startsAt) <= now };
  return { kind: 'choose' };
}

/** The next step in a few words, for the list on the portal home. */
export function nextStep(iv: SeekerInterview, now = Date.now()): string {
  const s = standing(iv, now);
  if (s.kind === 'cancelled') return s.words;
  if (s.kind === 'done') return 'Done. Write down what they asked while you remember it.';
  if (s.kind === 'choose') return 'Choose a time.';
  if (s.started) return 'Its time has come. How did it go?';
  if (iv.myBooking?.moveRequestedAt) return 'You asked for another time; your recruiter is arranging it.';
  return iv.myBooking?.confirmedAt
    ? 'Confirmed. Get ready with the checklist.'
    : 'Confirm that you will be there.';
}
