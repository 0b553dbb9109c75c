import { useEffect, useRef, useState } from 'react';
import type { QuestionOut } from '../../../../shared/practice-api.ts';
import { QuestionForm } from './QuestionForm.tsx';
import { askedWords, categoryLabel, difficultyLabel } from './words.ts';

/** The facts under a question's text: category, difficulty, fields, employer, how often asked. */
function facts(q: QuestionOut): string {
  return [
    categoryLabel(q.category),
    difficultyLabel(q.difficulty),
    q.fields.length ? q.fields.join(', ') : 'Any field',
    q.company ? `Only for ${q.company.name}` : '',
    askedWords(q.timesAsked),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * One question of the bank. It unfolds to what the interviewer looks for and the guide, with
 * the actions; editing happens in place, and focus comes back to the question afterwards.
 */
export function QuestionItem(props: {
  question: QuestionOut;
  busy: boolean;
  onSaved: (saved: QuestionOut) => void;
  onSetRetired: (q: QuestionOut, retired: boolean) => void;
}) {
  const { question: q } = props;
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) summaryRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <li className={q.retired ? 'note question-item retired' : 'note question-item'}>
      {editing ? (
        <QuestionForm
          question={q}
          onDone={(result) => {
            setEditing(false);
            setSaved(result !== null);
            if (result) props.onSaved(result);
          }}
        />
      ) : (
        <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary ref={summaryRef} className="question-summary">
            <span className="question-text">{q.text}</span>
            {q.retired ? <span className="badge">Retired</span> : null}
            <span className="meta question-facts">{facts(q)}</span>
          </summary>
          <dl className="details">
            <dt>What the interviewer looks for</dt>
            <dd className="cover-note">{q.lookingFor || <span className="meta">Not written yet</span>}</dd>
            <dt>Guide to a strong answer</dt>
            <dd className="cover-note">{q.guide || <span className="meta">Not written yet</span>}</dd>
          </dl>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              Edit
            </button>
            <button
              type="button"
              className="secondary"
              aria-disabled={props.busy || undefined}
              onClick={() => {
                if (!props.busy) props.onSetRetired(q, !q.retired);
              }}
            >
              {q.retired ? 'Restore' : 'Retire'}
            </button>
          </div>
        </details>
      )}
      {/* Seen where the edit happened; the page's status line announces it. */}
      {saved && !editing ? <p className="success-line">Saved.</p> : null}
    </li>
  );
}
