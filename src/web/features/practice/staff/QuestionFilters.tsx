import { type FormEvent, useState } from 'react';
import { DIFFICULTIES, QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS } from '../../../../shared/practice.ts';
import { FIELDS } from '../../../../shared/vocabulary.ts';
import { SelectField, TextField } from '../../../ui/Field.tsx';
import { useCompanies } from '../../companies/queries.ts';
import type { BankFilter } from './filter.ts';
import { DIFFICULTY_LABELS } from './words.ts';

/**
 * The bank's search form. The text box applies on submit (one request per search, not per
 * keystroke); the selects and the checkbox apply as soon as they change.
 */
export function QuestionFilters(props: {
  filter: BankFilter;
  onChange: (next: Partial<BankFilter>) => void;
}) {
  const { filter, onChange } = props;
  const [q, setQ] = useState(filter.q);
  const companies = useCompanies();
  const select = (key: 'category' | 'field' | 'companyId' | 'difficulty') => ({
    name: key,
    value: filter[key],
    onChange: (e: { target: { value: string } }) => onChange({ [key]: e.target.value }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() });
  };
  return (
    <search aria-label="Search the question bank">
      <form className="search" onSubmit={submit}>
        <TextField
          label="Search"
          type="search"
          name="q"
          hint="Words in the question"
          wrapperClass="grow"
          maxLength={200}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <SelectField
          label="Category"
          {...select('category')}
          options={[
            { value: '', label: 'Any category' },
            ...QUESTION_CATEGORIES.map((c) => ({ value: c, label: QUESTION_CATEGORY_LABELS[c] })),
          ]}
        />
        <SelectField
          label="Field"
          {...select('field')}
          options={[{ value: '', label: 'Any field' }, ...FIELDS.map((f) => ({ value: f, label: f }))]}
        />
        <SelectField
          label="Company"
          {...select('companyId')}
          options={[
            { value: '', label: 'Any company' },
            ...(companies.data ?? []).map((c) => ({ value: String(c.id), label: c.name })),
          ]}
        />
        <SelectField
          label="Difficulty"
          {...select('difficulty')}
          options={[
            { value: '', label: 'Any difficulty' },
            ...DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] })),
          ]}
        />
        <label className="check filter-check">
          <input
            type="checkbox"
            name="retired"
            checked={filter.retired}
            onChange={(e) => onChange({ retired: e.target.checked })}
          />
          Show retired questions
        </label>
        <div className="actions">
          <button type="submit">Search</button>
        </div>
      </form>
    </search>
  );
}
