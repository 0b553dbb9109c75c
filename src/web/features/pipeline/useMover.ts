import { useState } from 'react';
import type { Stage } from '../../../shared/pipeline.ts';
import { useBulkMove, useMoveApplication } from './queries.ts';
import { movedMessage } from './words.ts';

/** A card as the move tools need it: which application, and whose name to announce. */
export interface Movable {
  applicationId: number;
  candidateName: string;
  openingId: number;
  openingTitle: string;
}

export interface OfferClose {
  openingId: number;
  openingTitle: string;
}

/**
 * Moves applications and keeps what the screen says about it: the last announcement (for
 * the live region) and the openings whose last position was just filled, to offer closing
 * them one at a time. Failures are thrown back so each control shows them where it is.
 */
export function useMover() {
  const one = useMoveApplication();
  const many = useBulkMove();
  const [announcement, setAnnouncement] = useState('');
  const [offers, setOffers] = useState<OfferClose[]>([]);
  const [pendingIds, setPendingIds] = useState<number[]>([]);

  const offer = (list: OfferClose[]) =>
    setOffers((old) => [...old, ...list.filter((o) => !old.some((x) => x.openingId === o.openingId))]);

  async function run<T>(ids: number[], work: () => Promise<T>): Promise<T> {
    setPendingIds(ids);
    setAnnouncement('');
    try {
      return await work();
    } finally {
      setPendingIds([]);
    }
  }

  return {
    announcement,
    setAnnouncement,
    offers,
    /** The offer on screen has been answered. */
    dismissOffer: () => setOffers((old) => old.slice(1)),
    pendingIds,
    async moveOne(card: Movable, stage: Stage, note: string): Promise<void> {
      const r = await run([card.applicationId], () =>
        one.mutateAsync({ applicationId: card.applicationId, stageId: stage.id, note }),
      );
      setAnnouncement(movedMessage([card.candidateName], stage.name));
      if (r.offerClose) offer([{ openingId: card.openingId, openingTitle: card.openingTitle }]);
    },
    async moveMany(cards: Movable[], stage: Stage, note: string): Promise<number[]> {
      const ids = cards.map((c) => c.applicationId);
      const r = await run(ids, () => many.mutateAsync({ applicationIds: ids, stageId: stage.id, note }));
      const moved = cards.filter((c) => r.moved.includes(c.applicationId));
      setAnnouncement(
        movedMessage(
          moved.map((c) => c.candidateName),
          stage.name,
        ),
      );
      offer(
        r.openings
          .filter((o) => o.offerClose)
          .map((o) => ({
            openingId: o.openingId,
            openingTitle: cards.find((c) => c.openingId === o.openingId)?.openingTitle ?? 'This opening',
          })),
      );
      return r.moved;
    },
  };
}

export type Mover = ReturnType<typeof useMover>;
