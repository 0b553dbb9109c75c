import { type ReactNode, useId } from 'react';

/**
 * A labelled group of checkboxes choosing ids. With an error every box is marked invalid and
 * described by it, so focusing the first error lands on the group's first box.
 */
export function CheckGroup(props: {
  legend: string;
  hint?: ReactNode;
  options: { id: number; label: string }[];
  selected: number[];
  onChange: (ids: number[]) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].join(' ').trim();
  const toggle = (value: number, on: boolean) =>
    props.onChange(on ? [...props.selected, value] : props.selected.filter((v) => v !== value));
  return (
    <fieldset className="checks">
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.options.map((o) => (
        <label key={o.id} className="check">
          <input
            type="checkbox"
            checked={props.selected.includes(o.id)}
            onChange={(e) => toggle(o.id, e.target.checked)}
            aria-invalid={props.error ? true : undefined}
            aria-describedby={described || undefined}
          />
          {o.label}
        </label>
      ))}
      {props.error ? (
        <p className="error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
