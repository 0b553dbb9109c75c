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

/**
 * A button that asks before doing something that cannot be undone: an alert dialog with the
 * question, a confirm button and Cancel. Cancel has focus first, so Enter never destroys by accident.
 */
export function ConfirmButton(props: {
  label: string;
  ariaLabel?: string;
  title: string;
  confirmLabel: string;
  children: ReactNode;
  onConfirm: () => void;
}) {
  return (
    <DialogTrigger>
      <Button className="link-button" aria-label={props.ariaLabel}>
        {props.label}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal narrow-modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">{props.title}</Heading>
                {props.children}
                <p className="actions">
                  <Button className="secondary" onPress={close} autoFocus>
                    Cancel
                  </Button>
                  <Button
                    className="danger"
                    onPress={() => {
                      close();
                      props.onConfirm();
                    }}
                  >
                    {props.confirmLabel}
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
