import { type Ref, useEffect, useId, useRef, useState } from 'react';
import type { CalendarFeedStatus } from '../../../shared/calendars.ts';
import { ConfirmButton } from '../../ui/Dialog.tsx';
import { formatDate } from '../../ui/format.ts';
import { Async, ErrorMessage } from '../../ui/Status.tsx';
import { useCalendarFeed, useCreateCalendarFeed, useDeleteCalendarFeed } from './queries.ts';

/** A button that shows it is waiting; aria-disabled keeps it focusable meanwhile. */
function BusyButton(props: {
  pending: boolean;
  pendingLabel: string;
  className?: string;
  onClick: () => void;
  children: string;
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      ref={props.ref}
      type="button"
      className={props.className}
      aria-disabled={props.pending || undefined}
      onClick={() => {
        if (!props.pending) props.onClick();
      }}
    >
      {props.pending ? <span className="spinner" aria-hidden="true" /> : null}
      {props.pending ? props.pendingLabel : props.children}
    </button>
  );
}

/** The new link, shown once, with a Copy button that falls back to selecting the text. */
function NewLink({ url }: { url: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  // The person came here for this link: put them on it.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const copyLink = async () => {
    try {
      // Missing on plain-http origins other than localhost, and may be refused by the browser.
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      input.current?.focus();
      input.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div className="stack feed-link">
      <div className="field">
        <label htmlFor={id}>Your calendar link</label>
        <p className="hint" id={`${id}-hint`}>
          This link is shown only this once: copy it into your calendar app now. Anyone who has it can see
          your interviews, so keep it to yourself.
        </p>
        <div className="feed-copy">
          <input
            id={id}
            ref={input}
            readOnly
            value={url}
            aria-describedby={`${id}-hint`}
            onFocus={(e) => e.target.select()}
          />
          <button type="button" className="secondary" onClick={copyLink}>
            Copy
          </button>
        </div>
      </div>
      <p role="status" className={copy === 'failed' ? 'hint' : 'success-line'}>
        {copy === 'copied'
          ? 'Copied. Paste it where your calendar app asks for a calendar URL (“subscribe”).'
          : copy === 'failed'
            ? 'Could not copy it for you. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.'
            : ''}
      </p>
    </div>
  );
}

function FeedControls({ status }: { status: CalendarFeedStatus }) {
  const create = useCreateCalendarFeed();
  const remove = useDeleteCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  // After turning the link off its button is gone; focus moves to the one that makes a new link.
  const createButton = useRef<HTMLButtonElement>(null);
  const [focusCreate, setFocusCreate] = useState(false);
  useEffect(() => {
    if (!focusCreate || status.exists) return;
    createButton.current?.focus();
    setFocusCreate(false);
  }, [focusCreate, status.exists]);
  const make = () => {
    setMessage('');
    remove.reset();
    create.mutate(undefined, { onSuccess: (made) => setUrl(made.url) });
  };
  const turnOff = () => {
    setMessage('');
    create.reset();
    remove.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        setFocusCreate(true);
        setMessage('Your calendar link is off. Calendars subscribed to it no longer get your interviews.');
      },
    });
  };

  return (
    <>
      {create.isError ? <ErrorMessage error={create.error} /> : null}
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
      <p role="status" className="success-line">
        {message}
      </p>
      {url && status.exists ? <NewLink key={url} url={url} /> : null}
      {status.exists ? (
        <>
          {url ? null : (
            <p>
              Your calendar link is on
              {status.createdAt ? ` (made ${formatDate(status.createdAt)})` : ''}. For safety it is not shown
              again; if you have lost it, replace it.
            </p>
          )}
          <p className="actions">
            {create.isPending ? (
              <BusyButton pending pendingLabel="Making a new link…" className="link-button" onClick={make}>
                Replace the link
              </BusyButton>
            ) : (
              <ConfirmButton
                label="Replace the link"
                title="Replace your calendar link?"
                confirmLabel="Replace the link"
                onConfirm={make}
              >
                <p>
                  The old link stops working at once: calendars subscribed to it will no longer get your
                  interviews until you give them the new one.
                </p>
              </ConfirmButton>
            )}
            <BusyButton
              pending={remove.isPending}
              pendingLabel="Turning off…"
              className="link-button"
              onClick={turnOff}
            >
              Turn off the link
            </BusyButton>
          </p>
        </>
      ) : (
        <p className="actions">
          <BusyButton
            ref={createButton}
            pending={create.isPending}
            pendingLabel="Making your link…"
            onClick={make}
          >
            Create my calendar link
          </BusyButton>
        </p>
      )}
    </>
  );
}

/**
 * A private calendar (iCalendar) link to subscribe to in a calendar app, listing the signed-in
 * person's interviews. Used by staff and job seekers alike.
 */
export function CalendarFeed(props: { level?: 2 | 3 }) {
  const status = useCalendarFeed();
  const headingId = useId();
  const Heading = `h${props.level ?? 2}` as 'h2';
  return (
    <section aria-labelledby={headingId} className="record-section calendar-feed">
      <Heading id={headingId}>Calendar link</Heading>
      <p>
        A private link that Google Calendar, Outlook or Apple Calendar can subscribe to, so your interviews
        show up in your own calendar and stay up to date.
      </p>
      <Async query={status} loading="Checking for your calendar link…">
        {(s) => <FeedControls status={s} />}
      </Async>
    </section>
  );
}
