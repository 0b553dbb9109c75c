import { type FormEvent, type ReactNode, useState } from 'react';
import type { Stage } from '../../../shared/pipeline.ts';
import { errorMessage } from '../../api.ts';
import { SelectField, TextArea } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';

/** Stages a card can move to: every current stage but the one it is in, in pipeline order. */
export function targetsFrom(stages: readonly Stage[], currentId: number | null): Stage[] {
  return stages.filter((s) => !s.retired && s.id !== currentId);
}

/** The stage after the current one (the usual next step), else the first target. */
function nextStageId(stages: readonly Stage[], currentId: number | null): string {
  const targets = targetsFrom(stages, currentId);
  const current = stages.find((s) => s.id === currentId);
  const next = current
    ? targets.find((s) => s.position > current.position && s.kind !== 'closed')
    : undefined;
  return String((next ?? targets[0])?.id ?? '');
}

/** A thrown Error's text: ApiErrors carry the server's message, others their own. */
export function problemText(err: unknown): string {
  return err instanceof Error && !('status' in err) && err.message ? err.message : errorMessage(err);
}

/**
 * The keyboard-first way to move: choose a stage, add a note, press Move. Used inside the
 * board's move dialog, on the application page and (with a count) for bulk moves.
 */
export function MoveForm(props: {
  stages: readonly Stage[];
  /** The stage the application is in now (null for a bulk move of cards in many stages). */
  currentId: number | null;
  /** "Move Priya Patel to" or "Move 3 selected to". */
  label: string;
  submitLabel?: string;
  onMove: (stage: Stage, note: string) => Promise<unknown>;
  autoFocus?: boolean;
  className?: string;
  /** More buttons beside Move (the dialog's Cancel). */
  children?: ReactNode;
}) {
  const [stageId, setStageId] = useState(() => nextStageId(props.stages, props.currentId));
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');
  const targets = targetsFrom(props.stages, props.currentId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const stage = targets.find((s) => String(s.id) === stageId);
    if (pending || !stage) return;
    setPending(true);
    setError('');
    try {
      await props.onMove(stage, note.trim());
      setNote('');
    } catch (err) {
      setError(problemText(err));
    } finally {
      setPending(false);
    }
  };

  return (
    <form className={props.className ?? 'move-form'} onSubmit={submit} noValidate>
      {error ? <ErrorMessage>{error}</ErrorMessage> : null}
      <SelectField
        label={props.label}
        value={stageId}
        onChange={(e) => setStageId(e.target.value)}
        options={targets.map((s) => ({ value: String(s.id), label: s.name }))}
        autoFocus={props.autoFocus}
      />
      <TextArea
        label="Note (optional)"
        hint="Kept in the history; the job seeker never sees it."
        value={note}
        maxLength={2000}
        rows={2}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="actions">
        <SubmitButton pending={pending} pendingLabel="Moving…">
          {props.submitLabel ?? 'Move'}
        </SubmitButton>
        {props.children}
      </div>
    </form>
  );
}
