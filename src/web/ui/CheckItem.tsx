import { useState } from 'react';
import { errorMessage } from '../api.ts';

export interface CheckItemData {
  key: string;
  label: string;
  hint: string;
  ticked: boolean;
}

/**
 * A checklist item saved as soon as it is ticked. The box shows the click at once (a checkbox
 * must answer in the same frame) and the saved state once the save settles; a failed save puts
 * it back and says so beside the item.
 */
export function CheckItem(props: {
  idPrefix: string;
  item: CheckItemData;
  save: (ticked: boolean) => Promise<unknown>;
}) {
  const { item } = props;
  const [shown, setShown] = useState<boolean | null>(null);
  const [error, setError] = useState<unknown>(null);
  const hintId = `${props.idPrefix}-${item.key}`;
  return (
    <li>
      <label className="check">
        <input
          type="checkbox"
          checked={shown ?? item.ticked}
          aria-describedby={hintId}
          onChange={(e) => {
            const ticked = e.target.checked;
            setShown(ticked);
            setError(null);
            props
              .save(ticked)
              .catch(setError)
              .finally(() => setShown(null));
          }}
        />{' '}
        {item.label}
      </label>
      <p className="hint" id={hintId}>
        {item.hint}
      </p>
      {error ? (
        <p className="error" role="alert">
          Not saved: {errorMessage(error)}
        </p>
      ) : null}
    </li>
  );
}
