import { Link, useSearchParams } from 'react-router';
import { label, OPENING_STATUSES, type OpeningStatus } from '../../../shared/vocabulary.ts';
import { SelectField } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { useCompanies } from '../companies/queries.ts';
import { ExportLink } from '../imports/ExportLink.tsx';
import { OpeningTable } from './OpeningTable.tsx';
import { useOpenings } from './queries.ts';

const isStatus = (v: string | null): v is OpeningStatus =>
  v !== null && (OPENING_STATUSES as readonly string[]).includes(v);

export function OpeningList() {
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status = isStatus(rawStatus) ? rawStatus : undefined;
  const companyId = Number(params.get('companyId')) || undefined;
  const openings = useOpenings({ status, companyId });
  const companies = useCompanies();

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <Page
      title="Openings"
      actions={
        <div className="actions">
          <ExportLink what="openings" filters={{ status, companyId }} />
          <Link className="button" to="/openings/new">
            New opening
          </Link>
        </div>
      }
    >
      <search className="filters" aria-label="Filter openings">
        <SelectField
          label="Status"
          value={status ?? ''}
          onChange={(e) => setFilter('status', e.target.value)}
          options={[
            { value: '', label: 'Any status' },
            ...OPENING_STATUSES.map((s) => ({ value: s, label: label(s) })),
          ]}
        />
        <SelectField
          label="Company"
          value={companyId ? String(companyId) : ''}
          onChange={(e) => setFilter('companyId', e.target.value)}
          options={[
            { value: '', label: 'All companies' },
            ...(companies.data ?? []).map((c) => ({ value: String(c.id), label: c.name })),
          ]}
        />
      </search>
      <Async query={openings} loading="Loading openings…">
        {(list) => (
          <>
            <p role="status">
              {list.length === 1 ? '1 opening' : `${list.length} openings`}
              {status || companyId ? ' match the filters' : ''}
            </p>
            {list.length ? <OpeningTable openings={list} label="Openings" /> : null}
          </>
        )}
      </Async>
    </Page>
  );
}
