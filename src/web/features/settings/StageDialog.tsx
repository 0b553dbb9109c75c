import { type ReactNode, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { Stage } from '../../../shared/pipeline.ts';
import { StageForm } from './StageForm.tsx';

/**
 * A button that opens the stage form in a modal dialog (react-aria: focus is trapped inside
 * and returns to the button on close). The dialog closes itself once the stage is saved.
 */
export function StageDialog(props: {
  stage?: Stage;
  label: ReactNode;
  className?: string;
  onSaved: (saved: Stage) => void;
}) {
  const [open, setOpen] = useState(false);
  const title = props.stage ? `Edit “${props.stage.name}”` : 'Add a stage';
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button className={props.className}>{props.label}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            <Heading slot="title">{title}</Heading>
            <StageForm
              stage={props.stage}
              onDone={(saved) => {
                setOpen(false);
                if (saved) props.onSaved(saved);
              }}
            />
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
