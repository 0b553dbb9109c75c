import { useId } from 'react';

/** A row of radio buttons with words at the ends of the scale ("1 = not at all, 5 = very"). */
export function RadioScale<T extends string | number>(props: {
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange: (v: T) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className="checks choice" aria-describedby={describedBy || undefined}>
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <div className="mock-scale-options">
        {props.options.map((o) => (
          <label key={String(o.value)} className="check">
            <input
              type="radio"
              name={id}
              value={String(o.value)}
              checked={props.value === o.value}
              aria-invalid={props.error ? true : undefined}
              onChange={() => props.onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
      {props.error ? (
        <p className="error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}

export const ONE_TO_FIVE = [1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }));
