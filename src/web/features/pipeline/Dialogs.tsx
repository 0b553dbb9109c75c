import { useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { Stage } from '../../../shared/pipeline.ts';
import { ErrorMessage } from '../../ui/Status.tsx';
import { MoveForm, problemText } from './MoveForm.tsx';
import { useMarkFilled } from './queries.ts';
import type { Movable, Mover } from './useMover.ts';

/** The board's one move dialog, opened by any card's Move button. */
export function MoveDialog(props: {
  card: (Movable & { stageId: number }) | null;
  stages: readonly Stage[];
  mover: Mover;
  onClose: (moved: boolean) => void;
}) {
  const { card } = props;
  return (
    <ModalOverlay
      className="modal-overlay"
      isDismissable
      isOpen={card !== null}
      onOpenChange={(open) => {
        if (!open) props.onClose(false);
      }}
    >
      <Modal className="modal narrow-modal">
        <Dialog className="dialog">
          {card ? (
            <>
              <Heading slot="title">Move {card.candidateName}</Heading>
              <MoveForm
                stages={props.stages}
                currentId={card.stageId}
                label="To stage"
                autoFocus
                onMove={async (stage, note) => {
                  await props.mover.moveOne(card, stage, note);
                  props.onClose(true);
                }}
              >
                <Button className="secondary" onPress={() => props.onClose(false)}>
                  Cancel
                </Button>
              </MoveForm>
            </>
          ) : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** After the last position is filled: offers to mark the opening filled, which takes it off the board. */
export function CloseOpeningDialog({ mover }: { mover: Mover }) {
  const offer = mover.offers[0] ?? null;
  const markFilled = useMarkFilled();
  const [error, setError] = useState('');
  const answer = () => {
    setError('');
    markFilled.reset();
    mover.dismissOffer();
  };
  return (
    <ModalOverlay className="modal-overlay" isOpen={offer !== null}>
      <Modal className="modal narrow-modal">
        <Dialog className="dialog" role="alertdialog">
          {offer ? (
            <>
              <Heading slot="title">All positions are filled. Close this opening?</Heading>
              <p>
                Every position in <strong>{offer.openingTitle}</strong> now has someone placed. Closing it
                marks it filled and takes it off the public job board.
              </p>
              {error ? <ErrorMessage>{error}</ErrorMessage> : null}
              <p className="actions">
                <Button className="secondary" onPress={answer} autoFocus>
                  Keep it open
                </Button>
                <Button
                  // Not isPending: react-aria announces that through a live region axe flags.
                  aria-disabled={markFilled.isPending || undefined}
                  onPress={async () => {
                    if (markFilled.isPending) return;
                    try {
                      await markFilled.mutateAsync(offer.openingId);
                      mover.setAnnouncement(`${offer.openingTitle} is now marked filled.`);
                      answer();
                    } catch (err) {
                      setError(problemText(err));
                    }
                  }}
                >
                  {markFilled.isPending ? 'Closing…' : 'Close the opening'}
                </Button>
              </p>
            </>
          ) : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** The polite live region every move reports to: always in the page, so changes are read out. */
export function Announcer({ text }: { text: string }) {
  return (
    <div role="status" className={text ? 'success announce' : 'announce'}>
      {text}
    </div>
  );
}
