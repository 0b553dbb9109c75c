import { useEffect, useState } from 'react';
import type { Stage } from '../../../shared/pipeline.ts';
import { errorMessage } from '../../api.ts';
import { Async } from '../../ui/Status.tsx';
import { moveBy } from './order.ts';
import { useReorderStages, useRetireStage, useStages } from './queries.ts';
import { StageDialog } from './StageDialog.tsx';
import { KIND_LABELS } from './words.ts';

type Direction = 'up' | 'down';
const buttonId = (id: number, dir: Direction) => `stage-${id}-${dir}`;

/**
 * After a move the list re-renders in its new order, which can drop keyboard focus; put it
 * back on the moved stage's button (or its other arrow, once it reaches an end).
 */
function useRefocus(stages: Stage[] | undefined) {
  const [target, setTarget] = useState<{ id: number; dir: Direction } | null>(null);
  useEffect(() => {
    if (!target || !stages) return;
    const other = target.dir === 'up' ? 'down' : 'up';
    const first = document.getElementById(buttonId(target.id, target.dir)) as HTMLButtonElement | null;
    const button = first && !first.disabled ? first : document.getElementById(buttonId(target.id, other));
    button?.focus();
    setTarget(null);
  }, [stages, target]);
  return setTarget;
}

function StageRow(props: {
  stage: Stage;
  index: number;
  count: number;
  busy: boolean;
  error: string | null;
  onMove: (dir: Direction) => void;
  onRetire: () => void;
  onSaved: (saved: Stage) => void;
}) {
  const { stage: s, index, count } = props;
  const name = <span className="visually-hidden"> {s.name}</span>;
  const arrow = (dir: Direction, edge: boolean) => (
    <button
      type="button"
      id={buttonId(s.id, dir)}
      className="secondary"
      disabled={edge}
      aria-disabled={props.busy || undefined}
      onClick={() => !props.busy && props.onMove(dir)}
    >
      <span aria-hidden="true">{dir === 'up' ? '↑' : '↓'}</span> Move {dir}
      {name}
    </button>
  );
  return (
    <li className={s.retired ? 'stage-row retired' : 'stage-row'}>
      <div className="stage-main">
        <h3>
          {s.name} <span className={`stage-pill ${s.kind}`}>{KIND_LABELS[s.kind]}</span>
          {s.retired ? <span className="badge">Retired</span> : null}
        </h3>
        <dl className="details">
          <dt>Job seeker reads</dt>
          <dd>{s.seekerLabel}</dd>
          <dt>What happens next</dt>
          <dd>{s.seekerNext || <span className="meta">Nothing written</span>}</dd>
        </dl>
        {props.error ? (
          <p className="error" role="alert">
            {props.error}
          </p>
        ) : null}
      </div>
      <div className="actions stage-actions">
        {arrow('up', index === 0)}
        {arrow('down', index === count - 1)}
        <StageDialog stage={s} className="secondary" label={<>Edit{name}</>} onSaved={props.onSaved} />
        <button
          type="button"
          className="secondary"
          aria-disabled={props.busy || undefined}
          onClick={() => !props.busy && props.onRetire()}
        >
          {s.retired ? 'Restore' : 'Retire'}
          {name}
        </button>
      </div>
    </li>
  );
}

/** The pipeline's stages in order, with add, edit, reorder and retire. */
export function StageList() {
  const stages = useStages();
  const reorder = useReorderStages();
  const retire = useRetireStage();
  const refocus = useRefocus(stages.data);
  const [status, setStatus] = useState('');
  const [rowError, setRowError] = useState<{ id: number; text: string } | null>(null);
  const busy = reorder.isPending || retire.isPending;

  const move = (list: Stage[], s: Stage, dir: Direction) => {
    const ids = moveBy(
      list.map((x) => x.id),
      s.id,
      dir === 'up' ? -1 : 1,
    );
    if (!ids) return;
    setRowError(null);
    reorder.mutate(ids, {
      onSuccess: () => {
        setStatus(`“${s.name}” is now stage ${ids.indexOf(s.id) + 1} of ${ids.length}.`);
        refocus({ id: s.id, dir });
      },
      onError: (err) => setRowError({ id: s.id, text: `Not moved. ${errorMessage(err)}` }),
    });
  };
  const toggle = (s: Stage) => {
    setRowError(null);
    retire.mutate(
      { id: s.id, retire: !s.retired },
      {
        onSuccess: () => setStatus(s.retired ? `“${s.name}” is back in use.` : `“${s.name}” is retired.`),
        onError: (err) =>
          setRowError({
            id: s.id,
            text: `“${s.name}” was not ${s.retired ? 'restored' : 'retired'}. ${errorMessage(err)}`,
          }),
      },
    );
  };

  return (
    <section aria-labelledby="stages-heading" className="stack">
      <div className="page-head">
        <h2 id="stages-heading">Stages</h2>
        <StageDialog label="Add a stage" onSaved={(saved) => setStatus(`“${saved.name}” was saved.`)} />
      </div>
      <p className="hint">
        Applications move through these stages in this order. A retired stage keeps the applications already
        in it but takes no new ones. Job seekers never see stage names, only what they read.
      </p>
      <p className="success-line" aria-live="polite">
        {status}
      </p>
      <Async query={stages} loading="Loading the stages…">
        {(list) => (
          <ol className="stage-list">
            {list.map((s, i) => (
              <StageRow
                key={s.id}
                stage={s}
                index={i}
                count={list.length}
                busy={busy}
                error={rowError?.id === s.id ? rowError.text : null}
                onMove={(dir) => move(list, s, dir)}
                onRetire={() => toggle(s)}
                onSaved={(saved) => setStatus(`“${saved.name}” was saved.`)}
              />
            ))}
          </ol>
        )}
      </Async>
    </section>
  );
}
