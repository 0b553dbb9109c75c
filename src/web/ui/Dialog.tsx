import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';

/** A button that opens a modal dialog with a heading and a Close button (react-aria). */
export function DialogButton(props: {
  label: string;
  /** Accessible name of the button when the visible label alone is ambiguous. */
  ariaLabel?: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <DialogTrigger>
      <Button className="link-button" aria-label={props.ariaLabel}>
        {props.label}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{props.title}</Heading>
                {props.children}
                <p className="actions">
                  <Button className="secondary" onPress={close}>
                    Close
                  </Button>
                </p>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
