import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { GroupExerciseOut } from '../../../shared/group-practice.ts';
import { fieldErrors } from '../../api.ts';
import { SelectField } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { CandidatePicker, type Picked } from './CandidatePicker.tsx';
import { useCreateRun } from './queries.ts';

function ExerciseDetails({ exercise }: { exercise: GroupExerciseOut }) {
  return (
    <div className="notice">
      <p>
        <strong>{exercise.minutes} minutes</strong> · {exercise.kind.replace('-', ' ')}
      </p>
      <p>{exercise.brief}</p>
      <h3>What to watch for</h3>
      <ul>
        {exercise.watchFor.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

/** Set up a group exercise: which one, and who takes part. The clock starts later, from the run's page. */
export function NewRunForm({ exercises }: { exercises: GroupExerciseOut[] }) {
  const [key, setKey] = useState(exercises[0]?.key ?? '');
  const [picked, setPicked] = useState<Picked[]>([]);
  const create = useCreateRun();
  const navigate = useNavigate();
  const errors = fieldErrors(create.error);
  const exercise = exercises.find((e) => e.key === key);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { exerciseKey: key, candidateIds: picked.map((p) => p.id) },
      { onSuccess: (run) => navigate(`/group-runs/${run.id}`) },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="new-run">
      <h2 id="new-run">Run a group exercise</h2>
      <SelectField
        label="Exercise"
        value={key}
        error={errors.exerciseKey}
        onChange={(e) => setKey(e.target.value)}
        options={exercises.map((x) => ({ value: x.key, label: `${x.title} (${x.minutes} min)` }))}
      />
      {exercise ? <ExerciseDetails exercise={exercise} /> : null}
      <CandidatePicker picked={picked} onChange={setPicked} error={errors.candidateIds} />
      {create.isError && !errors.candidateIds && !errors.exerciseKey ? (
        <ErrorMessage error={create.error} />
      ) : null}
      <SubmitButton pending={create.isPending} pendingLabel="Setting it up…">
        Create the run
      </SubmitButton>
    </form>
  );
}
