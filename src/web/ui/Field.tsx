import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';

interface FieldProps {
  label: string;
  /** The error to show under the input; also marks the input invalid. */
  error?: string | undefined;
  hint?: ReactNode;
  /** Extra class for the wrapper, e.g. "grow". */
  wrapperClass?: string;
}

/** Ids that tie a label, its hint and its error to one input. */
function useFieldIds(error: string | undefined, hint: ReactNode) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy, invalid: error ? true : undefined };
}

function FieldFrame(props: {
  id: string;
  label: string;
  hint: ReactNode;
  hintId: string | undefined;
  error: string | undefined;
  errorId: string | undefined;
  wrapperClass: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={props.wrapperClass ? `field ${props.wrapperClass}` : 'field'}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p className="hint" id={props.hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.children}
      {props.error ? (
        <p className="error" id={props.errorId}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled <input> with its hint and error text tied to it. */
export function TextField({
  label,
  error,
  hint,
  wrapperClass,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} wrapperClass={wrapperClass}>
      <input id={ids.id} aria-invalid={ids.invalid} aria-describedby={ids.describedBy} {...input} />
    </FieldFrame>
  );
}

/** A labelled <textarea>. */
export function TextArea({
  label,
  error,
  hint,
  wrapperClass,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} wrapperClass={wrapperClass}>
      <textarea id={ids.id} aria-invalid={ids.invalid} aria-describedby={ids.describedBy} {...textarea} />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A labelled native <select>. */
export function SelectField({
  label,
  error,
  hint,
  wrapperClass,
  options,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly Option[] }) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} wrapperClass={wrapperClass}>
      <select id={ids.id} aria-invalid={ids.invalid} aria-describedby={ids.describedBy} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
