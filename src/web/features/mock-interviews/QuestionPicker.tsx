import { useDeferredValue, useId, useState } from 'react';
import { MAX_MOCK_QUESTIONS } from '../../../shared/mock-interviews.ts';
import { QUESTION_CATEGORY_LABELS } from '../../../shared/practice.ts';
import type { QuestionOut } from '../../../shared/practice-api.ts';
import { ErrorMessage } from '../../ui/Status.tsx';
import { useQuestionSearch } from './queries.ts';

const SHOWN = 8;

/** What the search found, said once the results are on screen. */
function searchWords(total: number, shown: number): string {
  if (total === 0) return 'No question matches. Try fewer or other words.';
  if (shown === 0) return 'Every matching question is already on the list.';
  const matches = `${total} ${total === 1 ? 'question matches' : 'questions match'}`;
  return shown < total ? `${matches}; showing ${shown} not yet on the list.` : `${matches}.`;
}

/** Search the bank and build the list of questions to ask, in order, up to the maximum. */
export function QuestionPicker(props: {
  chosen: QuestionOut[];
  onChange: (chosen: QuestionOut[]) => void;
  error?: string | undefined;
}) {
  const [q, setQ] = useState('');
  const search = useQuestionSearch(useDeferredValue(q.trim()));
  const id = useId();
  const { chosen, onChange } = props;
  const full = chosen.length >= MAX_MOCK_QUESTIONS;
  const found = (search.data?.items ?? [])
    .filter((item) => !chosen.some((c) => c.id === item.id))
    .slice(0, SHOWN);
  return (
    <div className="mock-picker">
      <section aria-labelledby={`${id}-chosen`}>
        <h2 id={`${id}-chosen`}>
          Questions to ask ({chosen.length} of {MAX_MOCK_QUESTIONS})
        </h2>
        {chosen.length === 0 ? <p className="meta">None yet: search the bank below and add some.</p> : null}
        <ol className="mock-chosen">
          {chosen.map((c) => (
            <li key={c.id}>
              <span>{c.text}</span>{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove: ${c.text}`}
                onClick={() => onChange(chosen.filter((x) => x.id !== c.id))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
        {props.error ? (
          <p className="error" id={`${id}-error`}>
            {props.error}
          </p>
        ) : null}
      </section>
      <section aria-labelledby={`${id}-bank`}>
        <h2 id={`${id}-bank`}>Find questions in the bank</h2>
        <div className="field">
          <label htmlFor={`${id}-q`}>Search the questions</label>
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            maxLength={200}
            aria-invalid={props.error ? true : undefined}
            aria-describedby={props.error ? `${id}-error` : undefined}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <p className="meta" role="status">
          {search.data ? searchWords(search.data.total, found.length) : ''}
          {full ? ' That is the most one mock interview holds.' : ''}
        </p>
        {search.isError ? <ErrorMessage error={search.error} /> : null}
        <ul className="mock-found">
          {found.map((item) => (
            <li key={item.id}>
              <span>
                {item.text} <span className="meta">· {QUESTION_CATEGORY_LABELS[item.category]}</span>
              </span>{' '}
              <button
                type="button"
                className="secondary"
                aria-label={`Add: ${item.text}`}
                aria-disabled={full || undefined}
                onClick={() => {
                  if (!full) onChange([...chosen, item]);
                }}
              >
                Add
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
