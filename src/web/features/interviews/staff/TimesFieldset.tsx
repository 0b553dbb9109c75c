import { useId, useState } from 'react';
import type { SuggestTimesResult } from '../../../../shared/calendars.ts';
import { errorMessage, fieldErrors } from '../../../api.ts';
import { TextField } from '../../../ui/Field.tsx';
import { ErrorMessage } from '../../../ui/Status.tsx';
import {
  type InterviewFormValues,
  MAX_ROWS,
  MIN_ROWS,
  spreadSuggestions,
  type TimesMode,
  withMode,
  withSuggestion,
} from './formValues.ts';
import { useSuggestTimes } from './queries.ts';
import { formatInstant } from './slotTime.ts';

const SUGGEST_DAYS = 14;
/** Enough to choose from without a wall of buttons. */
const SHOWN_SUGGESTIONS = 12;

type Update = (change: (v: InterviewFormValues) => InterviewFormValues) => void;

const MODE_LABELS: Record<TimesMode, string> = {
  fixed: 'Fixed time',
  proposed: 'Let the candidate choose from several times',
};

function rowLabels(written: boolean, proposed: boolean, n: number) {
  const which = proposed ? ` ${n + 1}` : '';
  if (written) return { start: `Window${which} opens`, end: `Window${which} closes` };
  return { start: proposed ? `Time ${n + 1}` : 'Date and time', end: '' };
}

/** Free times of the interviewers and the recruiter, offered as buttons that fill the next empty row. */
function Suggestions(props: { values: InterviewFormValues; update: Update }) {
  const { values, update } = props;
  const suggest = useSuggestTimes();
  const [note, setNote] = useState('');
  const ask = () => {
    setNote('');
    const from = new Date();
    const duration = Number(values.durationMinutes);
    suggest.mutate({
      contactIds: values.interviewerIds,
      durationMinutes: Number.isInteger(duration) && duration >= 5 ? duration : 60,
      zone: values.zone,
      from: from.toISOString(),
      to: new Date(from.getTime() + SUGGEST_DAYS * 86_400_000).toISOString(),
    });
  };
  const take = (slot: SuggestTimesResult['slots'][number]) => {
    const next = withSuggestion(values, slot);
    if (next) {
      update(() => next);
      setNote(`Added ${formatInstant(slot.startsAt, values.zone)}.`);
    } else setNote('Every time row is filled: clear or remove one first.');
  };
  const found = spreadSuggestions(suggest.data?.slots ?? [], SHOWN_SUGGESTIONS);
  return (
    <div className="stack">
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={ask}
          aria-disabled={suggest.isPending || undefined}
        >
          {suggest.isPending ? 'Looking for free times…' : 'Suggest times'}
        </button>
        <span className="hint">
          When you and the chosen interviewers are free in the next {SUGGEST_DAYS} days.
        </span>
      </div>
      {suggest.isError ? (
        <ErrorMessage>
          {[errorMessage(suggest.error), ...Object.values(fieldErrors(suggest.error))].join(' ')}
        </ErrorMessage>
      ) : null}
      <div role="status">
        {suggest.isSuccess && found.length === 0 ? (
          <p className="meta">No common free time in the next {SUGGEST_DAYS} days.</p>
        ) : null}
        {note ? <p className="meta">{note}</p> : null}
      </div>
      {found.length > 0 ? (
        <ul className="suggested-times" aria-label="Suggested times">
          {found.map((s) => (
            <li key={s.startsAt}>
              <button type="button" className="secondary" onClick={() => take(s)}>
                {formatInstant(s.startsAt, values.zone)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The interview's times: one fixed, or 2–10 for the candidate to choose from; windows for a written test. */
export function TimesFieldset(props: {
  values: InterviewFormValues;
  update: Update;
  errors: Record<string, string>;
}) {
  const { values, update, errors } = props;
  const name = useId();
  const written = values.format === 'written-test';
  const proposed = values.mode === 'proposed';
  const setRow = (n: number, key: 'startsAt' | 'endsAt', value: string) =>
    update((v) => ({ ...v, times: v.times.map((t, i) => (i === n ? { ...t, [key]: value } : t)) }));
  return (
    <fieldset className="stack">
      <legend>When</legend>
      <fieldset className="checks">
        <legend>How the time is set</legend>
        {(['fixed', 'proposed'] as const).map((m) => (
          <label key={m} className="check">
            <input
              type="radio"
              name={name}
              checked={values.mode === m}
              onChange={() => update((v) => withMode(v, m))}
            />
            {MODE_LABELS[m]}
          </label>
        ))}
      </fieldset>
      <p className="hint">
        Times are in {values.zone}.{' '}
        {written ? 'The candidate takes the test at any time inside the window.' : ''}
      </p>
      {errors.times ? <p className="error">{errors.times}</p> : null}
      {values.times.map((t, n) => {
        const label = rowLabels(written, proposed, n);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
          <div className="row time-row" key={n}>
            <TextField
              label={label.start}
              type="datetime-local"
              value={t.startsAt}
              onChange={(e) => setRow(n, 'startsAt', e.target.value)}
              error={errors[`times.${n}.startsAt`]}
            />
            {written ? (
              <TextField
                label={label.end}
                type="datetime-local"
                value={t.endsAt}
                onChange={(e) => setRow(n, 'endsAt', e.target.value)}
                error={errors[`times.${n}.endsAt`]}
              />
            ) : null}
            {proposed && values.times.length > MIN_ROWS.proposed ? (
              <div className="actions">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => update((v) => ({ ...v, times: v.times.filter((_, i) => i !== n) }))}
                >
                  Remove {written ? `window ${n + 1}` : `time ${n + 1}`}
                </button>
              </div>
            ) : null}
          </div>
        );
      })}
      {proposed && values.times.length < MAX_ROWS.proposed ? (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => update((v) => ({ ...v, times: [...v.times, { startsAt: '', endsAt: '' }] }))}
          >
            Add another time
          </button>
        </p>
      ) : null}
      <Suggestions values={values} update={update} />
    </fieldset>
  );
}
