import { type KeyboardEvent, useId, useState } from 'react';
import { ErrorMessage } from '../../ui/Status.tsx';
import { useBankSuggestions } from './queries.ts';
import { useDebounced } from './useDebounced.ts';

const SHOWN = 6;

/**
 * A search box that suggests bank questions as the seeker types; they pick one, or add what
 * they typed as a new question (which joins the bank when the debrief is saved).
 */
export function QuestionSearch(props: {
  chosenIds: readonly number[];
  onPick: (q: { id: number; text: string }) => void;
  onAddNew: (text: string) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const search = useBankSuggestions(q);
  const found = q
    ? (search.data?.items ?? []).filter((item) => !props.chosenIds.includes(item.id)).slice(0, SHOWN)
    : [];
  const status =
    !q || !search.data
      ? ''
      : found.length
        ? `${found.length} matching questions from the bank.`
        : 'No question in the bank matches. Add it as a new question.';
  const addNew = () => {
    if (!text.trim()) return;
    props.onAddNew(text);
    setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter here must not save the whole debrief; it adds what was typed.
    if (e.key === 'Enter') {
      e.preventDefault();
      addNew();
    }
  };
  return (
    <div className="stack debrief-search">
      <div className="field">
        <label htmlFor={`${id}-q`}>Add a question they asked</label>
        <p className="hint" id={`${id}-hint`}>
          Type a few words: pick a matching question from the bank, or add yours as a new question.
        </p>
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          maxLength={500}
          autoComplete="off"
          aria-describedby={props.error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={props.error ? true : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        {props.error ? (
          <p className="error" id={`${id}-error`}>
            {props.error}
          </p>
        ) : null}
      </div>
      <p className="meta" role="status">
        {status}
      </p>
      {search.isError ? <ErrorMessage error={search.error} /> : null}
      {found.length ? (
        <ul className="mock-found" aria-label="Questions from the bank">
          {found.map((item) => (
            <li key={item.id}>
              <span>{item.text}</span>{' '}
              <button
                type="button"
                className="secondary"
                aria-label={`Add: ${item.text}`}
                onClick={() => {
                  props.onPick({ id: item.id, text: item.text });
                  setText('');
                }}
              >
                Add
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {text.trim() ? (
        <p>
          <button type="button" className="secondary" onClick={addNew}>
            Add as a new question
          </button>
        </p>
      ) : null}
    </div>
  );
}
