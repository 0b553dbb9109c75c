import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Candidate } from '../../../shared/candidates.ts';
import { MAX_GROUP } from '../../../shared/group-practice.ts';
import { api } from '../../api.ts';
import { TextField } from '../../ui/Field.tsx';
import { ErrorMessage } from '../../ui/Status.tsx';

export interface Picked {
  id: number;
  name: string;
}

function useDebounced<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setShown(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return shown;
}

/**
 * Search the candidate records this recruiter can see and choose who takes part. Only a record
 * with a portal account can join: that is where the candidate opens the exercise.
 */
export function CandidatePicker(props: {
  picked: Picked[];
  onChange: (p: Picked[]) => void;
  error?: string;
}) {
  const { picked, onChange } = props;
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const results = useQuery({
    queryKey: ['group-run-candidates', q],
    queryFn: () => api<{ results: Candidate[] }>(`/api/v1/candidates?q=${encodeURIComponent(q)}`),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
  const chosen = new Set(picked.map((p) => p.id));
  const full = picked.length >= MAX_GROUP;
  const found = q.length >= 2 ? (results.data?.results ?? []) : [];
  return (
    <fieldset className="choice">
      <legend>Candidates</legend>
      <TextField
        label="Find candidates"
        hint="Search by name, email or skill. Only candidates with a portal account can join."
        type="search"
        value={text}
        error={props.error}
        onChange={(e) => setText(e.target.value)}
      />
      {results.isError ? <ErrorMessage error={results.error} /> : null}
      <p className="visually-hidden" role="status">
        {q.length >= 2 && results.data ? `${found.length} found` : ''}
      </p>
      {found.length > 0 ? (
        <ul className="plain-list group-pick" aria-label="Search results">
          {found.map((c) => (
            <li key={c.id}>
              <span>{c.name}</span>{' '}
              {c.userId === null ? (
                <span className="meta">· no portal account yet</span>
              ) : chosen.has(c.id) ? (
                <span className="meta">· chosen</span>
              ) : (
                <button
                  type="button"
                  className="secondary"
                  aria-disabled={full || undefined}
                  onClick={() => {
                    if (!full) onChange([...picked, { id: c.id, name: c.name }]);
                  }}
                >
                  Add<span className="visually-hidden"> {c.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : q.length >= 2 && results.data ? (
        <p className="meta">No candidates match.</p>
      ) : null}
      <h3 id="group-chosen">
        Chosen: {picked.length} of at most {MAX_GROUP}
      </h3>
      {picked.length === 0 ? (
        <p className="meta">Choose between 2 and {MAX_GROUP} candidates.</p>
      ) : (
        <ul className="plain-list group-pick" aria-labelledby="group-chosen">
          {picked.map((p) => (
            <li key={p.id}>
              <span>{p.name}</span>{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => onChange(picked.filter((x) => x.id !== p.id))}
              >
                Remove<span className="visually-hidden"> {p.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
