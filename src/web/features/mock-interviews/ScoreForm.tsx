import { type FormEvent, useId, useState } from 'react';
import {
  CRITERIA,
  CRITERION_HINTS,
  CRITERION_LABELS,
  type Criterion,
  type MockAnswerOut,
  SCORE_LABELS,
  SCORES,
} from '../../../shared/mock-interviews.ts';
import { QUESTION_CATEGORY_LABELS } from '../../../shared/practice.ts';
import { fieldErrors } from '../../api.ts';
import { TextArea } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useScoreAnswer } from './queries.ts';
import { missingCriteria } from './words.ts';

type Chosen = Partial<Record<Criterion, number>>;

function ScoreScale(props: {
  criterion: Criterion;
  value: number | undefined;
  error: string | undefined;
  onChange: (score: number) => void;
}) {
  const id = useId();
  const { criterion, error } = props;
  return (
    <fieldset className="choice mock-scale" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>{CRITERION_LABELS[criterion]}</legend>
      <p className="hint" id={`${id}-hint`}>
        {CRITERION_HINTS[criterion]}
      </p>
      <div className="mock-scale-options">
        {SCORES.map((n) => (
          <label key={n} className="check">
            <input
              type="radio"
              name={id}
              value={n}
              checked={props.value === n}
              aria-invalid={error ? true : undefined}
              onChange={() => props.onChange(n)}
            />
            {n} · {SCORE_LABELS[n]}
          </label>
        ))}
      </div>
      {error ? (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

const initial = (a: MockAnswerOut): Chosen =>
  Object.fromEntries(CRITERIA.flatMap((c) => (a.scores[c] === null ? [] : [[c, a.scores[c]]])));

/** One question of a mock interview: what to listen for, four scores and a comment. */
export function ScoreForm({
  mockId,
  answer,
  total,
}: {
  mockId: number;
  answer: MockAnswerOut;
  total: number;
}) {
  const save = useScoreAnswer(mockId);
  const [scores, setScores] = useState<Chosen>(() => initial(answer));
  const [comment, setComment] = useState(answer.comment);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const headingId = useId();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSaved(false);
    const missing = missingCriteria(scores);
    const local = Object.fromEntries(missing.map((c) => [c, `Choose a score for ${CRITERION_LABELS[c]}`]));
    setErrors(local);
    if (missing.length) {
      const form = e.currentTarget;
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const { structure = 0, relevance = 0, evidence = 0, delivery = 0 } = scores;
    save.mutate(
      { position: answer.position, input: { structure, relevance, evidence, delivery, comment } },
      { onSuccess: () => setSaved(true), onError: (err) => setErrors(fieldErrors(err)) },
    );
  };
  return (
    <li className="note mock-answer">
      <form className="form" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <p className="meta">
          Question {answer.position} of {total} · {QUESTION_CATEGORY_LABELS[answer.question.category]}
        </p>
        <h3 id={headingId}>{answer.question.text}</h3>
        {answer.question.lookingFor ? (
          <p>
            <strong>What the interviewer looks for:</strong> {answer.question.lookingFor}
          </p>
        ) : null}
        {CRITERIA.map((c) => (
          <ScoreScale
            key={c}
            criterion={c}
            value={scores[c]}
            error={errors[c]}
            onChange={(n) => setScores((s) => ({ ...s, [c]: n }))}
          />
        ))}
        <TextArea
          label="Comment on this answer"
          rows={3}
          maxLength={2000}
          value={comment}
          error={errors.comment}
          onChange={(e) => setComment(e.target.value)}
        />
        {save.isError && !Object.keys(fieldErrors(save.error)).length ? (
          <ErrorMessage error={save.error} />
        ) : null}
        <div className="actions">
          <SubmitButton pending={save.isPending}>Save the scores for question {answer.position}</SubmitButton>
          <span className="success-line" role="status">
            {saved ? 'Saved.' : ''}
          </span>
        </div>
      </form>
    </li>
  );
}
