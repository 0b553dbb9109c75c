import { type FormEvent, useState } from 'react';
import type { Stage } from '../../../shared/pipeline.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { useStaff } from '../candidates/queries.ts';
import { useCompanies } from '../companies/queries.ts';
import { useOpenings } from '../openings/queries.ts';
import type { PipelineFilter } from './filters.ts';

/**
 * The board's and the list's filters. The text box applies on submit (one request per
 * search); the selects and the checkbox apply as soon as they change.
 */
export function PipelineFilters(props: {
  filter: PipelineFilter & { stageId?: string };
  onChange: (next: Partial<PipelineFilter & { stageId: string }>) => void;
  /** False on one opening's board, where the opening is fixed. */
  showOpening: boolean;
  /** Given on the list, which can show one stage. */
  stages?: readonly Stage[];
}) {
  const { filter, onChange } = props;
  const [q, setQ] = useState(filter.q);
  const staff = useStaff();
  const companies = useCompanies();
  const openings = useOpenings();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() });
  };
  return (
    <search aria-label="Filter the pipeline">
      <form className="search" onSubmit={submit}>
        <TextField
          label="Search"
          type="search"
          hint="Candidate, opening or company"
          value={q}
          maxLength={200}
          onChange={(e) => setQ(e.target.value)}
        />
        {props.showOpening ? (
          <SelectField
            label="Opening"
            value={filter.openingId}
            onChange={(e) => onChange({ openingId: e.target.value })}
            options={[
              { value: '', label: 'All openings' },
              ...(openings.data ?? []).map((o) => ({
                value: String(o.id),
                label: `${o.title} (${o.companyName})`,
              })),
            ]}
          />
        ) : null}
        {props.showOpening ? (
          <SelectField
            label="Company"
            value={filter.companyId}
            onChange={(e) => onChange({ companyId: e.target.value })}
            options={[
              { value: '', label: 'All companies' },
              ...(companies.data ?? []).map((c) => ({ value: String(c.id), label: c.name })),
            ]}
          />
        ) : null}
        <SelectField
          label="Owner"
          hint="Of the opening or the candidate"
          value={filter.ownerId}
          onChange={(e) => onChange({ ownerId: e.target.value })}
          options={[
            { value: '', label: 'Anyone' },
            ...(staff.data ?? []).map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        {props.stages ? (
          <SelectField
            label="Stage"
            value={filter.stageId ?? ''}
            onChange={(e) => onChange({ stageId: e.target.value })}
            options={[
              { value: '', label: 'Every stage' },
              ...props.stages.map((s) => ({
                value: String(s.id),
                label: s.retired ? `${s.name} (retired)` : s.name,
              })),
            ]}
          />
        ) : null}
        <div className="check filter-check">
          <input
            id="show-closed"
            type="checkbox"
            checked={filter.closed}
            onChange={(e) => onChange({ closed: e.target.checked })}
          />
          <label htmlFor="show-closed">Show closed outcomes (rejected, withdrawn…)</label>
        </div>
        <div className="actions">
          <button type="submit">Search</button>
        </div>
      </form>
    </search>
  );
}
