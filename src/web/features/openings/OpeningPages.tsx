import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Opening } from '../../../shared/openings.ts';
import { label } from '../../../shared/vocabulary.ts';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { OpeningApplications } from '../applications/OpeningApplications.tsx';
import { SkillList } from '../candidates/SkillList.tsx';
import { ActivityTimeline } from '../notes/ActivityTimeline.tsx';
import { NotesPanel } from '../notes/NotesPanel.tsx';
import { TasksPanel } from '../tasks/TasksPanel.tsx';
import { OpeningForm } from './OpeningForm.tsx';
import { useOpening } from './queries.ts';

export function NewOpening() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <Page title="New opening" back={<Link to="/openings">All openings</Link>}>
      <OpeningForm
        companyId={params.get('companyId') ?? ''}
        onSaved={(saved) => navigate(`/openings/${saved.id}`, { state: { created: true } })}
      />
    </Page>
  );
}

/** Company, status and where the public can see it. */
function OpeningSummary({ opening }: { opening: Opening }) {
  return (
    <p className="meta">
      <Link to={`/companies/${opening.companyId}`}>{opening.companyName}</Link> ·{' '}
      <span className={`badge ${opening.status}`}>{label(opening.status)}</span> ·{' '}
      {opening.status === 'open' ? (
        <a href={`/jobs/${opening.slug}`}>View the public job page</a>
      ) : (
        'Not on the public job board until it is open'
      )}
    </p>
  );
}

/** Who at the company hires for it, and the skills it asks for. */
function OpeningNeeds({ opening }: { opening: Opening }) {
  const contact = opening.hiringContact;
  return (
    <dl className="details">
      <dt>Hiring contact</dt>
      <dd>
        {contact ? (
          `${contact.name}${contact.title ? `, ${contact.title}` : ''}`
        ) : (
          <span className="meta">None chosen</span>
        )}
      </dd>
      <dt>Skills wanted</dt>
      <dd>
        <SkillList skills={opening.skills} label="Skills wanted" />
      </dd>
    </dl>
  );
}

export function EditOpening() {
  const id = Number(useParams().id);
  const opening = useOpening(id);
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const [saved, setSaved] = useState(false);
  return (
    <Page title={opening.data?.title ?? 'Opening'} back={<Link to="/openings">All openings</Link>}>
      <Async query={opening} loading="Loading the opening…">
        {(o) => (
          <>
            {saved || created ? (
              <p className="success" role="status">
                {saved ? 'Your changes are saved.' : 'The opening was created.'}
              </p>
            ) : null}
            <OpeningSummary opening={o} />
            <p>
              <Link to={`/openings/${o.id}/pipeline`}>Pipeline board</Link>
            </p>
            <OpeningNeeds opening={o} />
            <OpeningApplications openingId={o.id} />
            <TasksPanel subject={{ type: 'opening', id: o.id }} />
            <NotesPanel subjectType="opening" subjectId={o.id} />
            <ActivityTimeline openingId={o.id} />
            <section aria-labelledby="edit-opening">
              <h2 id="edit-opening">Edit the opening</h2>
              <OpeningForm key={o.updatedAt} opening={o} onSaved={() => setSaved(true)} />
            </section>
          </>
        )}
      </Async>
    </Page>
  );
}
