import { useState } from 'react';
import type { Movable } from './useMover.ts';

/**
 * Checked cards or rows. Only what is on screen counts: a checked card that moved out of
 * view (or was filtered away) is not moved again by the next bulk move.
 */
export function useSelection<T extends Movable>(shown: readonly T[]) {
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const cards = shown.filter((c) => checked.has(c.applicationId));
  return {
    ids: new Set(cards.map((c) => c.applicationId)) as ReadonlySet<number>,
    cards,
    toggle: (applicationId: number, on: boolean) =>
      setChecked((old) => {
        const next = new Set(old);
        if (on) next.add(applicationId);
        else next.delete(applicationId);
        return next;
      }),
    setAll: (ids: readonly number[], on: boolean) =>
      setChecked((old) => {
        const next = new Set(old);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      }),
    clear: () => setChecked(new Set()),
  };
}
