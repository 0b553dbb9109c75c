import { useId } from 'react';

/** A fieldset of native checkboxes for choosing any number of values from a closed list. */
export function CheckboxGroup(props: {
  legend: string;
  options: readonly { value: string; label: string }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const toggle = (option: string, on: boolean) =>
    props.onChange(
      props.options.map((o) => o.value).filter((v) => (v === option ? on : props.value.includes(v))),
    );
  return (
    <fieldset className="checks" aria-describedby={props.error ? errorId : undefined}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            name={id}
            value={o.value}
            checked={props.value.includes(o.value)}
            aria-invalid={props.error ? true : undefined}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          {o.label}
        </label>
      ))}
      {props.error ? (
        <p className="error" id={errorId}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
