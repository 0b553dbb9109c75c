import type { Stage } from '../../../shared/pipeline.ts';
import { MoveForm } from './MoveForm.tsx';
import type { Movable, Mover } from './useMover.ts';

/** The toolbar for the checked cards or rows: move them all to one stage, or none if one cannot go. */
export function BulkMoveBar(props: {
  selected: readonly Movable[];
  stages: readonly Stage[];
  mover: Mover;
  onMoved: () => void;
  onClear: () => void;
}) {
  const n = props.selected.length;
  if (n === 0) return null;
  return (
    <section className="bulk-bar" aria-label="Move the selected applications">
      <p className="bulk-count">
        <strong>{n === 1 ? '1 selected' : `${n} selected`}</strong>{' '}
        <button type="button" className="link-button" onClick={props.onClear}>
          Clear selection
        </button>
      </p>
      <MoveForm
        className="move-form inline"
        stages={props.stages}
        currentId={null}
        label={`Move ${n} selected to`}
        submitLabel={`Move ${n} selected`}
        onMove={async (stage, note) => {
          await props.mover.moveMany([...props.selected], stage, note);
          props.onMoved();
        }}
      />
    </section>
  );
}
