import { type FormEvent, useState } from 'react';
import type { MockInterviewOut } from '../../../shared/mock-interviews.ts';
import { fieldErrors } from '../../api.ts';
import { TextArea } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useSaveFeedback, useShareMockInterview } from './queries.ts';

/** The overall feedback, then sharing it: once shared, the candidate keeps it as it stands. */
export function FeedbackForm({ mock }: { mock: MockInterviewOut }) {
  const save = useSaveFeedback(mock.id);
  const share = useShareMockInterview(mock.id);
  const [feedback, setFeedback] = useState(mock.feedback);
  const [saved, setSaved] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate(feedback, { onSuccess: () => setSaved(true) });
  };
  const unsaved = feedback.trim() !== mock.feedback;
  return (
    <section aria-labelledby="mock-feedback" className="record-section">
      <h2 id="mock-feedback">Overall feedback</h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextArea
          label="Feedback for the candidate"
          hint="What went well, what to work on and how. The candidate reads this once you share it."
          rows={6}
          maxLength={10_000}
          value={feedback}
          error={fieldErrors(save.error).feedback}
          onChange={(e) => {
            setFeedback(e.target.value);
            setSaved(false);
          }}
        />
        {save.isError && !fieldErrors(save.error).feedback ? <ErrorMessage error={save.error} /> : null}
        <div className="actions">
          <SubmitButton pending={save.isPending}>Save the feedback</SubmitButton>
          <span className="success-line" role="status">
            {saved ? 'Feedback saved.' : ''}
          </span>
        </div>
      </form>
      <h3>Share with the candidate</h3>
      <p>
        Sharing shows the scores, your comments and this feedback on the candidate’s portal. After that the
        mock interview no longer changes.
      </p>
      {unsaved ? <p className="meta">Save the feedback first: the text above has unsaved changes.</p> : null}
      {share.isError ? <ErrorMessage error={share.error} /> : null}
      <button
        type="button"
        aria-disabled={share.isPending || unsaved || undefined}
        onClick={() => {
          if (!share.isPending && !unsaved) share.mutate();
        }}
      >
        {share.isPending ? 'Sharing…' : 'Share with the candidate'}
      </button>
    </section>
  );
}
