import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorMessage } from '../api.ts';

/** A spinner with a text, announced politely; it fades in so quick loads do not flash. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** An error message, announced as soon as it appears. */
export function ErrorMessage({ error, children }: { error?: unknown; children?: ReactNode }) {
  return (
    <p className="error" role="alert">
      {children ?? errorMessage(error)}
    </p>
  );
}

/** Renders a query's data, or its loading state, or its error. */
export function Async<T>(props: {
  query: UseQueryResult<T>;
  loading?: string;
  children: (data: T) => ReactNode;
}) {
  const { query } = props;
  if (query.isPending) return <Loading label={props.loading} />;
  if (query.isError) return <ErrorMessage error={query.error} />;
  return <>{props.children(query.data)}</>;
}

/**
 * A submit button that says what is happening while it waits. It stays focusable while
 * pending (aria-disabled, not disabled) so keyboard users do not lose their place.
 */
export function SubmitButton(props: {
  pending: boolean;
  pendingLabel?: string;
  children: ReactNode;
  className?: string;
}) {
  const { pending, pendingLabel = 'Saving…' } = props;
  return (
    <>
      <button
        type="submit"
        className={props.className}
        aria-disabled={pending || undefined}
        onClick={(e) => {
          if (pending) e.preventDefault();
        }}
      >
        {pending ? <span className="spinner" aria-hidden="true" /> : null}
        {pending ? pendingLabel : props.children}
      </button>
      <span className="visually-hidden" role="status">
        {pending ? pendingLabel : ''}
      </span>
    </>
  );
}
