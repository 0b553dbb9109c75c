import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import {
  type PracticeRating,
  QUESTION_CATEGORY_LABELS,
  RATING_LABELS,
  RATINGS,
} from '../../../../shared/practice.ts';
import type { SessionOut } from '../../../../shared/practice-api.ts';
import { fieldErrors } from '../../../api.ts';
import { TextArea } from '../../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../../ui/Status.tsx';
import { useRateItem } from './queries.ts';
import { clock } from './summary.ts';
import { useStopwatch } from './useStopwatch.ts';

type Item = SessionOut['items'][number];
type Phase = 'ready' | 'answering' | 'review';

/** One question: the clock, the answer (aloud or typed), then the guide and a self-rating. */
export function QuestionStep({ session, item, last }: { session: SessionOut; item: Item; last: boolean }) {
  const [phase, setPhase] = useState<Phase>('ready');
  const watch = useStopwatch();
  const [typed, setTyped] = useState('');
  const q = item.question;
  const over = watch.seconds > item.targetSeconds;
  return (
    <article className="practice-step" aria-labelledby="practice-question">
      <p className="meta">
        Question {item.position} of {session.items.length} · {QUESTION_CATEGORY_LABELS[q.category]} ·{' '}
        {q.difficulty}
      </p>
      <h2 id="practice-question" className="practice-question">
        {q.text}
      </h2>
      {phase === 'ready' ? (
        <>
          <p>Answer out loud as you would in the room, or type. Aim for about {clock(item.targetSeconds)}.</p>
          <button
            type="button"
            onClick={() => {
              watch.start();
              setPhase('answering');
            }}
          >
            Start the clock
          </button>
        </>
      ) : (
        <p className={over ? 'practice-timer over' : 'practice-timer'}>
          <span role="timer" aria-label={`Time taken: ${clock(watch.seconds)}`}>
            {clock(watch.seconds)}
          </span>{' '}
          <span className="meta">
            of {clock(item.targetSeconds)}
            {over ? ' · over your target' : ''}
          </span>
        </p>
      )}
      {phase === 'answering' ? (
        <>
          <TextArea
            label="Type your answer (optional)"
            rows={6}
            maxLength={10_000}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <button
            type="button"
            onClick={() => {
              watch.stop();
              setPhase('review');
            }}
          >
            I have answered
          </button>
        </>
      ) : null}
      {phase === 'review' ? (
        <Review session={session} item={item} seconds={watch.seconds} typed={typed} last={last} />
      ) : null}
    </article>
  );
}

function Review(props: { session: SessionOut; item: Item; seconds: number; typed: string; last: boolean }) {
  const { item } = props;
  const rate = useRateItem(props.session.id);
  const [rating, setRating] = useState<PracticeRating | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const name = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!rating) {
      setError('Choose how it went');
      return;
    }
    setError(undefined);
    rate.mutate(
      { position: item.position, input: { seconds: props.seconds, typed: props.typed, rating, note } },
      { onError: (err) => setError(fieldErrors(err).rating) },
    );
  };
  return (
    <>
      <section aria-labelledby="reveal" className="record-section">
        <h3 id="reveal">Compare</h3>
        <dl className="details">
          <dt>Your time</dt>
          <dd>
            {clock(props.seconds)} (aim: {clock(item.targetSeconds)})
          </dd>
          {props.typed ? (
            <>
              <dt>What you typed</dt>
              <dd className="cover-note">{props.typed}</dd>
            </>
          ) : null}
          <dt>Your prepared answer</dt>
          <dd className="cover-note">
            {item.prepared?.body || (
              <>
                None yet.{' '}
                <Link to={`/practice/questions/${item.question.id}`}>Write one after this session</Link>.
              </>
            )}
          </dd>
          <dt>What the interviewer looks for</dt>
          <dd>{item.question.lookingFor}</dd>
          <dt>A strong answer</dt>
          <dd>{item.question.guide}</dd>
        </dl>
      </section>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="choice" aria-describedby={error ? `${name}-error` : undefined}>
          <legend>How did it go?</legend>
          {RATINGS.map((r) => (
            <label key={r} className="check">
              <input
                type="radio"
                name={name}
                value={r}
                checked={rating === r}
                aria-invalid={error ? true : undefined}
                onChange={() => setRating(r)}
              />{' '}
              {RATING_LABELS[r]}
            </label>
          ))}
          {error ? (
            <p className="error" id={`${name}-error`}>
              {error}
            </p>
          ) : null}
        </fieldset>
        <TextArea
          label="A note to yourself (optional)"
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        {rate.isError && !error ? <ErrorMessage error={rate.error} /> : null}
        <SubmitButton pending={rate.isPending} pendingLabel="Saving…">
          {props.last ? 'Save and see the summary' : 'Save and go on'}
        </SubmitButton>
      </form>
    </>
  );
}
