import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { availability } from '../../../shared/availability.ts';
import { errorMessage, fieldErrors } from '../../api.ts';
import { TextField } from '../../ui/Field.tsx';
import { viewerZone } from '../../ui/format.ts';
import { Async, ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { issuesToFields } from '../../ui/validation.ts';
import {
  type AvailabilityForm,
  type ExceptionRow,
  fieldName,
  type HoursRow,
  newKey,
  nextHours,
  toBody,
  toForm,
  toFormErrors,
  WEEKDAY_NAMES,
} from './availabilityForm.ts';
import { ExceptionFields } from './ExceptionFields.tsx';
import { HoursFields } from './HoursFields.tsx';
import { type SavedAvailability, useAvailability, useSaveAvailability } from './queries.ts';

// Computed once: the list is long (about 400 names) and never changes while the page is open.
let zones: string[] | undefined;
function timeZones(): string[] {
  zones ??=
    typeof Intl.supportedValuesOf === 'function' ? ['UTC', ...Intl.supportedValuesOf('timeZone')] : [];
  return zones;
}

type Part = 'start' | 'end';

function setHours(rows: HoursRow[], i: number, part: Part, value: string): HoursRow[] {
  return rows.map((r, n) => (n === i ? { ...r, [part]: value } : r));
}

function Editor(props: { url: string; label: string; initial: SavedAvailability }) {
  const [form, setForm] = useState<AvailabilityForm>(() => {
    const f = toForm(props.initial);
    // Never saved: the server shows a default week in UTC; the person's own zone is a better guess.
    return props.initial.saved ? f : { ...f, zone: viewerZone() };
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [justSaved, setJustSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const save = useSaveAvailability(props.url);
  const zoneList = useId();
  const addDate = useRef<HTMLButtonElement>(null);

  // A just-added input takes focus once it is on the page.
  const focusName = useRef<string | null>(null);
  useEffect(() => {
    if (!focusName.current) return;
    formRef.current?.querySelector<HTMLElement>(`[name="${focusName.current}"]`)?.focus();
    focusName.current = null;
  });

  const edit = (change: (f: AvailabilityForm) => AvailabilityForm) => {
    setJustSaved(false);
    setForm(change);
  };
  const editDay = (weekday: number, change: (rows: HoursRow[]) => HoursRow[]) =>
    edit((f) => ({
      ...f,
      days: f.days.map((d) => (d.weekday === weekday ? { ...d, hours: change(d.hours) } : d)),
    }));
  const editException = (key: string, change: (e: ExceptionRow) => ExceptionRow) =>
    edit((f) => ({ ...f, exceptions: f.exceptions.map((e) => (e.key === key ? change(e) : e)) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    const { body, paths } = toBody(form);
    const parsed = availability.safeParse(body);
    if (!parsed.success) {
      setErrors(toFormErrors(issuesToFields(parsed.error.issues), paths));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        setForm(toForm(saved));
        setJustSaved(true);
      },
      onError: (err) => setErrors(toFormErrors(fieldErrors(err), paths)),
    });
  };

  const summary = errors._ ?? errors.weekly ?? errors.exceptions ?? 'Please correct the fields marked below.';
  return (
    <form
      className="stack availability-form"
      onSubmit={submit}
      noValidate
      ref={formRef}
      aria-label={props.label}
    >
      {Object.keys(errors).length ? (
        <ErrorMessage>{summary}</ErrorMessage>
      ) : save.isError ? (
        <ErrorMessage>{errorMessage(save.error)}</ErrorMessage>
      ) : null}
      {props.initial.saved || justSaved ? null : (
        <p className="hint">Nothing is saved yet: these are suggested hours until you save them.</p>
      )}
      <TextField
        label="Time zone"
        hint="The hours below are in this time zone, e.g. Europe/London."
        name="zone"
        list={zoneList}
        autoComplete="off"
        spellCheck={false}
        value={form.zone}
        onChange={(e) => edit((f) => ({ ...f, zone: e.target.value }))}
        error={errors.zone}
        wrapperClass="avail-zone"
      />
      <datalist id={zoneList}>
        {timeZones().map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>

      <fieldset className="avail-week">
        <legend>Every week</legend>
        <p className="hint">A day with no hours is not available. To work until midnight, end at 00:00.</p>
        {form.days.map((day) => {
          const name = WEEKDAY_NAMES[day.weekday - 1] ?? '';
          return (
            <fieldset key={day.weekday} className="avail-day">
              <legend>{name}</legend>
              <div className="avail-ranges">
                {day.hours.length === 0 ? <p className="hint">Not available</p> : null}
                {day.hours.map((row, i) => (
                  <HoursFields
                    key={row.key}
                    row={row}
                    names={{
                      start: fieldName.dayHours(day.weekday, i, 'start'),
                      end: fieldName.dayHours(day.weekday, i, 'end'),
                    }}
                    context={`${name}, hours ${i + 1}`}
                    errors={errors}
                    onChange={(part, value) => editDay(day.weekday, (rows) => setHours(rows, i, part, value))}
                    onRemove={() => {
                      editDay(day.weekday, (rows) => rows.filter((r) => r.key !== row.key));
                      // The button that had focus is gone; the day's Add button stays.
                      formRef.current?.querySelector<HTMLElement>(`[data-add="${day.weekday}"]`)?.focus();
                    }}
                  />
                ))}
                <p>
                  <button
                    type="button"
                    className="secondary small"
                    data-add={day.weekday}
                    aria-label={`Add hours on ${name}`}
                    onClick={() => {
                      focusName.current = fieldName.dayHours(day.weekday, day.hours.length, 'start');
                      editDay(day.weekday, (rows) => [...rows, nextHours(rows)]);
                    }}
                  >
                    Add hours
                  </button>
                </p>
              </div>
            </fieldset>
          );
        })}
      </fieldset>

      <fieldset className="avail-week">
        <legend>Dates that differ</legend>
        <p className="hint">A day off, or different hours on one date, such as a holiday.</p>
        {form.exceptions.map((ex) => (
          <ExceptionFields
            key={ex.key}
            row={ex}
            errors={errors}
            onChange={(change) => editException(ex.key, change)}
            onFocusName={(name) => {
              focusName.current = name;
            }}
            onRemove={() => {
              edit((f) => ({ ...f, exceptions: f.exceptions.filter((e) => e.key !== ex.key) }));
              addDate.current?.focus();
            }}
          />
        ))}
        <p>
          <button
            type="button"
            className="secondary small"
            ref={addDate}
            onClick={() => {
              const key = newKey();
              focusName.current = fieldName.exceptionDate(key);
              edit((f) => ({
                ...f,
                exceptions: [...f.exceptions, { key, date: '', dayOff: true, hours: [] }],
              }));
            }}
          >
            Add a date
          </button>
        </p>
      </fieldset>

      <div className="actions">
        <SubmitButton pending={save.isPending}>Save availability</SubmitButton>
        <p role="status" className="success-line">
          {justSaved ? 'Saved.' : ''}
        </p>
      </div>
    </form>
  );
}

/**
 * Weekly hours for interviews, in the person's own time zone, and the dates that differ.
 * `url` is the GET/PUT address: the signed-in user's own, or a client contact's.
 */
export function AvailabilityEditor(props: { url: string; heading: string; level?: 2 | 3 | 4 }) {
  const query = useAvailability(props.url);
  const headingId = useId();
  const Heading = `h${props.level ?? 2}` as 'h2';
  return (
    <section aria-labelledby={headingId} className="record-section availability">
      <Heading id={headingId}>{props.heading}</Heading>
      <Async query={query} loading="Loading hours…">
        {(data) => <Editor key={props.url} url={props.url} label={props.heading} initial={data} />}
      </Async>
    </section>
  );
}
