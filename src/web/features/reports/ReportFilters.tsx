import { type FormEvent, useState } from 'react';
import { REPORT_GROUPS, reportQuery } from '../../../shared/reports.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { issuesToFields } from '../../ui/validation.ts';
import { useCompanies } from '../companies/queries.ts';
import { useOpenings } from '../openings/queries.ts';
import type { ReportFilter } from './queries.ts';

const GROUP_LABELS = { month: 'Month', week: 'Week' } as const;

/**
 * The reports' filters. Nothing applies until "Show reports", so picking two dates asks the
 * server once; the dates are checked here first with the API's own rules.
 */
export function ReportFilters(props: { filter: ReportFilter; onChange: (next: ReportFilter) => void }) {
  const [draft, setDraft] = useState<ReportFilter>(props.filter);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const companies = useCompanies();
  const openings = useOpenings({ companyId: draft.companyId ? Number(draft.companyId) : undefined });
  const set = (next: Partial<ReportFilter>) => setDraft((d) => ({ ...d, ...next }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = reportQuery.safeParse(
      Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== '')),
    );
    if (!checked.success) {
      setErrors(issuesToFields(checked.error.issues));
      return;
    }
    setErrors({});
    props.onChange(draft);
  };

  return (
    <search aria-label="Report filters">
      <form className="search" onSubmit={submit} noValidate>
        <TextField
          label="From"
          type="date"
          name="from"
          value={draft.from}
          error={errors.from}
          hint="Empty: 90 days ago"
          onChange={(e) => set({ from: e.target.value })}
        />
        <TextField
          label="To"
          type="date"
          name="to"
          value={draft.to}
          error={errors.to}
          hint="Empty: today"
          onChange={(e) => set({ to: e.target.value })}
        />
        <SelectField
          label="Company"
          value={draft.companyId}
          // Another company's opening would leave nothing to show.
          onChange={(e) => set({ companyId: e.target.value, openingId: '' })}
          options={[
            { value: '', label: 'All companies' },
            ...(companies.data ?? []).map((c) => ({ value: String(c.id), label: c.name })),
          ]}
        />
        <SelectField
          label="Opening"
          value={draft.openingId}
          onChange={(e) => set({ openingId: e.target.value })}
          options={[
            { value: '', label: 'All openings' },
            ...(openings.data ?? []).map((o) => ({
              value: String(o.id),
              label: draft.companyId ? o.title : `${o.title} (${o.companyName})`,
            })),
          ]}
        />
        <SelectField
          label="Funnel by"
          value={draft.groupBy}
          onChange={(e) => set({ groupBy: e.target.value as ReportFilter['groupBy'] })}
          options={REPORT_GROUPS.map((g) => ({ value: g, label: GROUP_LABELS[g] }))}
        />
        <div className="actions">
          <button type="submit">Show reports</button>
        </div>
      </form>
    </search>
  );
}
