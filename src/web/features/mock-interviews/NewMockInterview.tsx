import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { QuestionOut } from '../../../shared/practice-api.ts';
import { fieldErrors } from '../../api.ts';
import { TextField } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { useCandidate } from '../candidates/queries.ts';
import { QuestionPicker } from './QuestionPicker.tsx';
import { useCreateMockInterview } from './queries.ts';

/** Sets up a mock interview for a candidate: a title and the questions to ask, then on to scoring. */
export function NewMockInterview() {
  const candidateId = Number(useParams().id);
  const candidate = useCandidate(candidateId);
  const name = candidate.data?.candidate.name;
  const create = useCreateMockInterview(candidateId);
  const navigate = useNavigate();
  const [title, setTitle] = useState('Mock interview');
  const [chosen, setChosen] = useState<QuestionOut[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusError(form, errors);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!title.trim()) local.title = 'Give the mock interview a title';
    if (chosen.length === 0) local.questionIds = 'Choose at least one question';
    setErrors(local);
    if (Object.keys(local).length) return;
    create.mutate(
      { title: title.trim(), questionIds: chosen.map((c) => c.id) },
      {
        onSuccess: (m) => navigate(`/mock-interviews/${m.id}`),
        onError: (err) => setErrors(fieldErrors(err)),
      },
    );
  };
  return (
    <Page
      title={name ? `Run a mock interview with ${name}` : 'Run a mock interview'}
      back={<Link to={`/candidates/${candidateId}`}>{name ?? 'Back to the candidate'}</Link>}
    >
      <form ref={form} className="form" onSubmit={submit} noValidate>
        <TextField
          label="Title"
          hint="For example, the role or interview they are preparing for."
          value={title}
          maxLength={200}
          error={errors.title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <QuestionPicker
          chosen={chosen}
          onChange={(next) => {
            setChosen(next);
            // The list changed, so an old "choose a question" message no longer holds.
            setErrors(({ questionIds: _, ...rest }) => rest);
          }}
          error={errors.questionIds}
        />
        {create.isError && !Object.keys(fieldErrors(create.error)).length ? (
          <ErrorMessage error={create.error} />
        ) : null}
        <div className="actions">
          <SubmitButton pending={create.isPending} pendingLabel="Setting it up…">
            Start the mock interview
          </SubmitButton>
        </div>
      </form>
    </Page>
  );
}
