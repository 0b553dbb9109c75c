import { VISIBILITIES, VISIBILITY_LABELS, type Visibility } from '../../../shared/debriefs.ts';
import { SelectField } from '../../ui/Field.tsx';
import { VISIBILITY_HINTS } from './words.ts';

const OPTIONS = VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] }));

/** Who may read one part of a debrief, with what the chosen answer means in one line. */
export function VisibilitySelect(props: {
  label?: string;
  value: Visibility;
  onChange: (v: Visibility) => void;
  error?: string | undefined;
}) {
  return (
    <SelectField
      label={props.label ?? 'Who can read it'}
      options={OPTIONS}
      value={props.value}
      hint={VISIBILITY_HINTS[props.value]}
      error={props.error}
      onChange={(e) => props.onChange(e.target.value as Visibility)}
    />
  );
}
