import { ErrorMessage } from '../../ui/Status.tsx';
import { Announcer, CloseOpeningDialog } from './Dialogs.tsx';
import type { Mover } from './useMover.ts';

/** What every pipeline screen says after a move: the announcement, a failure, the offer to close. */
export function PipelineFeedback({ mover, error }: { mover: Mover; error?: string }) {
  return (
    <>
      <Announcer text={mover.announcement} />
      {error ? <ErrorMessage>{error}</ErrorMessage> : null}
      <CloseOpeningDialog mover={mover} />
    </>
  );
}
