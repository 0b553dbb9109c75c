import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { InsightQuestion } from '../../../shared/insights.ts';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { usePractiseQuestions } from './queries.ts';
import { TrendBadge } from './TrendBadge.tsx';
import { percent, practiceIds } from './words.ts';

/**
 * Trending questions the seeker has not practised, each ticked to start with, and one button that
 * starts a practice session of the ticked ones and opens it.
 */
export function PractiseQuestions({ questions }: { questions: InsightQuestion[] }) {
  const navigate = useNavigate();
  const start = usePractiseQuestions();
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());
  const [noneChosen, setNoneChosen] = useState(false);
  const chosen = practiceIds(questions.map((q) => q.questionId).filter((id) => !unticked.has(id)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (start.isPending) return;
    if (chosen.length === 0) {
      setNoneChosen(true);
      return;
    }
    start.mutate(chosen, { onSuccess: (s) => navigate(`/practice/sessions/${s.id}`) });
  };
  const toggle = (id: number, ticked: boolean) => {
    setNoneChosen(false);
    setUnticked((prev) => {
      const next = new Set(prev);
      if (ticked) next.delete(id);
      else next.add(id);
      return next;
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <p className="hint">Each ticked question goes into the session; untick any to leave it out.</p>
      <fieldset className="checks">
        {/* The heading above names the list on screen; the group needs the name too. */}
        <legend className="visually-hidden">Questions to practise</legend>
        <ul className="plain-list">
          {questions.map((q) => (
            <li key={q.questionId}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!unticked.has(q.questionId)}
                  onChange={(e) => toggle(q.questionId, e.target.checked)}
                />
                <span>
                  {q.text}{' '}
                  <span className="meta">
                    · asked in {percent(q.share)} of interviews · <TrendBadge trend={q.trend} />
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {noneChosen ? <ErrorMessage>Tick at least one question to practise.</ErrorMessage> : null}
      {start.isError ? <ErrorMessage error={start.error} /> : null}
      <p className="actions">
        <SubmitButton pending={start.isPending} pendingLabel="Starting your session…">
          Practise these questions
        </SubmitButton>
      </p>
    </form>
  );
}
