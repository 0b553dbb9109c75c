import { useId, useRef } from 'react';
import { TextField } from '../../ui/Field.tsx';
import {
  type ExceptionRow,
  fieldName,
  formatPlainDate,
  type HoursRow,
  nextHours,
} from './availabilityForm.ts';
import { HoursFields } from './HoursFields.tsx';

/** One date that differs from the week: the date, day off or different hours, and a Remove button. */
export function ExceptionFields(props: {
  row: ExceptionRow;
  errors: Record<string, string>;
  onChange: (change: (row: ExceptionRow) => ExceptionRow) => void;
  /** Asks the form to focus the input with this name once it is on the page. */
  onFocusName: (name: string) => void;
  onRemove: () => void;
}) {
  const { row, errors } = props;
  const radio = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const title = row.date ? formatPlainDate(row.date) : 'New date';
  const editHours = (change: (rows: HoursRow[]) => HoursRow[]) =>
    props.onChange((r) => ({ ...r, hours: change(r.hours) }));
  const addHours = () => {
    props.onFocusName(fieldName.exceptionHours(row.key, row.hours.length, 'start'));
    editHours((rows) => [...rows, nextHours(rows)]);
  };

  return (
    <fieldset className="avail-day avail-exception">
      <legend>{title}</legend>
      <div className="avail-ranges">
        <TextField
          label="Date"
          type="date"
          name={fieldName.exceptionDate(row.key)}
          value={row.date}
          onChange={(e) => {
            const date = e.target.value;
            props.onChange((r) => ({ ...r, date }));
          }}
          error={errors[fieldName.exceptionDate(row.key)]}
          wrapperClass="avail-date"
        />
        <fieldset className="checks">
          <legend className="visually-hidden">Hours on {title}</legend>
          <label className="check">
            <input
              type="radio"
              name={radio}
              checked={row.dayOff}
              onChange={() => props.onChange((r) => ({ ...r, dayOff: true }))}
            />
            Day off
          </label>
          <label className="check">
            <input
              type="radio"
              name={radio}
              checked={!row.dayOff}
              onChange={() => {
                props.onChange((r) => ({ ...r, dayOff: false }));
                if (row.hours.length === 0) addHours();
              }}
            />
            Different hours
          </label>
        </fieldset>
        {!row.dayOff && row.hours.length === 0 ? (
          <p className="hint">No hours yet: until you add some, this date is a day off.</p>
        ) : null}
        {row.dayOff
          ? null
          : row.hours.map((h, i) => (
              <HoursFields
                key={h.key}
                row={h}
                names={{
                  start: fieldName.exceptionHours(row.key, i, 'start'),
                  end: fieldName.exceptionHours(row.key, i, 'end'),
                }}
                context={`${title}, hours ${i + 1}`}
                errors={errors}
                onChange={(part, value) =>
                  editHours((rows) => rows.map((r, n) => (n === i ? { ...r, [part]: value } : r)))
                }
                onRemove={() => {
                  editHours((rows) => rows.filter((r) => r.key !== h.key));
                  addButton.current?.focus();
                }}
              />
            ))}
        <p className="actions">
          {row.dayOff ? null : (
            <button
              type="button"
              className="secondary small"
              ref={addButton}
              aria-label={`Add hours on ${title}`}
              onClick={addHours}
            >
              Add hours
            </button>
          )}
          <button
            type="button"
            className="link-button"
            aria-label={`Remove date: ${title}`}
            onClick={props.onRemove}
          >
            Remove date
          </button>
        </p>
      </div>
    </fieldset>
  );
}
