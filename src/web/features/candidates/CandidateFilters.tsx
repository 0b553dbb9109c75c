import { type FormEvent, useState } from 'react';
import { FIELDS } from '../../../shared/vocabulary.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import type { CandidateFilter } from './queries.ts';
import { useStaff, useStages } from './queries.ts';

type Text = Pick<CandidateFilter, 'q' | 'skill' | 'location'>;

/**
 * The search form. Text boxes apply on submit (one request per search, not per keystroke);
 * the selects apply as soon as they change.
 */
export function CandidateFilters(props: {
  filter: CandidateFilter;
  onChange: (next: Partial<CandidateFilter>) => void;
}) {
  const { filter, onChange } = props;
  const [text, setText] = useState<Text>({ q: filter.q, skill: filter.skill, location: filter.location });
  const staff = useStaff();
  const stages = useStages();
  const bind = (key: keyof Text) => ({
    name: key,
    value: text[key],
    onChange: (e: { target: { value: string } }) => setText((t) => ({ ...t, [key]: e.target.value })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: text.q.trim(), skill: text.skill.trim(), location: text.location.trim() });
  };
  return (
    <search aria-label="Search candidates">
      <form className="search" onSubmit={submit}>
        <TextField
          label="Search"
          type="search"
          hint="Name, email, headline, skill or resume text"
          wrapperClass="grow"
          {...bind('q')}
        />
        <TextField label="Skill" {...bind('skill')} />
        <TextField label="Location" {...bind('location')} />
        <SelectField
          label="Field"
          value={filter.field}
          onChange={(e) => onChange({ field: e.target.value })}
          options={[{ value: '', label: 'Any field' }, ...FIELDS.map((f) => ({ value: f, label: f }))]}
        />
        <SelectField
          label="Owner"
          value={filter.owner}
          onChange={(e) => onChange({ owner: e.target.value })}
          options={[
            { value: '', label: 'Anyone' },
            ...(staff.data ?? []).map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <SelectField
          label="Stage"
          value={filter.stage}
          onChange={(e) => onChange({ stage: e.target.value })}
          options={[
            { value: '', label: 'Any stage' },
            ...(stages.data ?? []).map((s) => ({
              value: String(s.id),
              label: s.retired ? `${s.name} (retired)` : s.name,
            })),
          ]}
        />
        <div className="actions">
          <button type="submit">Search</button>
        </div>
      </form>
    </search>
  );
}
