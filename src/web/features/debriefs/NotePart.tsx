import type { Visibility } from '../../../shared/debriefs.ts';
import { TextArea } from '../../ui/Field.tsx';
import type { PartDraft } from './formState.ts';
import { VisibilitySelect } from './VisibilitySelect.tsx';

/** One free-text part of the debrief with its own visibility, as a titled group. */
export function NotePart(props: {
  title: string;
  hint?: string;
  value: PartDraft;
  onChange: (p: PartDraft) => void;
  errors: Record<string, string>;
  /** The part's path in the body, e.g. "team"; errors are keyed "team.text" and "team.visibility". */
  path: string;
  textLabel?: string;
}) {
  const { value, onChange, errors, path } = props;
  return (
    <fieldset className="stack debrief-part">
      <legend>{props.title}</legend>
      <TextArea
        label={props.textLabel ?? 'Your notes'}
        hint={props.hint}
        rows={4}
        maxLength={4000}
        value={value.text}
        error={errors[`${path}.text`]}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
      />
      <VisibilitySelect
        value={value.visibility}
        error={errors[`${path}.visibility`]}
        onChange={(v: Visibility) => onChange({ ...value, visibility: v })}
      />
    </fieldset>
  );
}
