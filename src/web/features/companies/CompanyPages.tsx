import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { CompanyContacts } from '../contacts/CompanyContacts.tsx';
import { NotesPanel } from '../notes/NotesPanel.tsx';
import { OpeningTable } from '../openings/OpeningTable.tsx';
import { useOpenings } from '../openings/queries.ts';
import { TasksPanel } from '../tasks/TasksPanel.tsx';
import { CompanyForm } from './CompanyForm.tsx';
import { useCompany } from './queries.ts';

export function NewCompany() {
  const navigate = useNavigate();
  return (
    <Page title="New company" back={<Link to="/companies">All companies</Link>}>
      <CompanyForm onSaved={(saved) => navigate(`/companies/${saved.id}`, { state: { created: true } })} />
    </Page>
  );
}

function CompanyOpenings({ companyId }: { companyId: number }) {
  const openings = useOpenings({ companyId });
  return (
    <section aria-labelledby="company-openings">
      <div className="page-head">
        <h2 id="company-openings">Openings</h2>
        <Link className="button secondary" to={`/openings/new?companyId=${companyId}`}>
          New opening at this company
        </Link>
      </div>
      <Async query={openings} loading="Loading openings…">
        {(list) =>
          list.length ? (
            <OpeningTable openings={list} label="Openings at this company" showCompany={false} />
          ) : (
            <p>No openings yet.</p>
          )
        }
      </Async>
    </section>
  );
}

export function EditCompany() {
  const id = Number(useParams().id);
  const company = useCompany(id);
  const [saved, setSaved] = useState(false);
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  return (
    <Page
      title={company.data?.name ?? 'Company'}
      back={<Link to="/companies">All companies</Link>}
      actions={
        <Link className="button secondary" to={`/companies/${id}/insight`}>
          Interview insight
        </Link>
      }
    >
      <Async query={company} loading="Loading the company…">
        {(c) => (
          <>
            {saved || created ? (
              <p className="success" role="status">
                {saved ? 'Your changes are saved.' : `${c.name} was created.`}
              </p>
            ) : null}
            <CompanyForm key={c.updatedAt} company={c} onSaved={() => setSaved(true)} />
            <CompanyContacts companyId={c.id} />
            <CompanyOpenings companyId={c.id} />
            <TasksPanel subject={{ type: 'company', id: c.id }} />
            <NotesPanel subjectType="company" subjectId={c.id} />
          </>
        )}
      </Async>
    </Page>
  );
}
