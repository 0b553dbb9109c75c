import { TextField } from '../../ui/Field.tsx';
import type { HoursRow } from './availabilityForm.ts';

/**
 * One range of hours: From and Until time inputs and a Remove button. The visible labels are
 * short; the accessible names say which day and which range, as the same words repeat down
 * the page.
 */
export function HoursFields(props: {
  row: HoursRow;
  /** Input names, which are also the keys of their errors. */
  names: { start: string; end: string };
  /** E.g. "Monday, hours 2". */
  context: string;
  errors: Record<string, string>;
  onChange: (part: 'start' | 'end', value: string) => void;
  onRemove: () => void;
}) {
  const { row, names, context, errors } = props;
  return (
    <div className="avail-hours">
      <TextField
        label="From"
        aria-label={`${context}: from`}
        type="time"
        name={names.start}
        value={row.start}
        onChange={(e) => props.onChange('start', e.target.value)}
        error={errors[names.start]}
      />
      <TextField
        label="Until"
        aria-label={`${context}: until`}
        type="time"
        name={names.end}
        value={row.end}
        onChange={(e) => props.onChange('end', e.target.value)}
        error={errors[names.end]}
      />
      <button type="button" className="link-button" aria-label={`Remove ${context}`} onClick={props.onRemove}>
        Remove
      </button>
    </div>
  );
}
