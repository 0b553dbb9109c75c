import { type FormEvent, useState } from 'react';
import type { MyRunOut } from '../../../shared/group-practice.ts';
import { fieldErrors } from '../../api.ts';
import { TextArea } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useSaveReview } from './queries.ts';

const RATINGS = [
  { value: 1, label: '1: it went badly' },
  { value: 2, label: '2: below what I can do' },
  { value: 3, label: '3: all right' },
  { value: 4, label: '4: good' },
  { value: 5, label: '5: my best' },
];

/** After the time is up: how it went, in the member's words and a rating; the recruiter reads both. */
export function SelfReview({ run }: { run: MyRunOut }) {
  const save = useSaveReview(run.id);
  const [text, setText] = useState(run.selfReview);
  const [rating, setRating] = useState<number | null>(run.selfRating);
  const [status, setStatus] = useState('');
  const errors = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    save.mutate(
      { selfReview: text, selfRating: rating ?? 0 },
      { onSuccess: () => setStatus('Your review is saved. Your recruiter can read it.') },
    );
  };
  return (
    <section aria-labelledby="self-review" className="record-section">
      <h2 id="self-review">Review yourself</h2>
      <p className="meta">Your recruiter reads your review and rating. Your notes stay private.</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextArea
          label="How did it go?"
          hint="What did you contribute, how did you bring others in, and what would you do differently?"
          rows={6}
          maxLength={5000}
          value={text}
          error={errors.selfReview}
          onChange={(e) => {
            setText(e.target.value);
            setStatus('');
          }}
        />
        <fieldset className="choice" aria-describedby={errors.selfRating ? 'rating-error' : undefined}>
          <legend>Rate yourself</legend>
          {RATINGS.map((r) => (
            <label key={r.value} className="check">
              <input
                type="radio"
                name="self-rating"
                value={r.value}
                checked={rating === r.value}
                onChange={() => setRating(r.value)}
              />{' '}
              {r.label}
            </label>
          ))}
          {errors.selfRating ? (
            <p className="error" id="rating-error">
              {errors.selfRating}
            </p>
          ) : null}
        </fieldset>
        {save.isError && Object.keys(errors).length === 0 ? <ErrorMessage error={save.error} /> : null}
        <div className="actions">
          <SubmitButton pending={save.isPending}>
            {run.reviewedAt ? 'Update my review' : 'Save my review'}
          </SubmitButton>
          <p role="status" className="success-line">
            {status}
          </p>
        </div>
      </form>
    </section>
  );
}
