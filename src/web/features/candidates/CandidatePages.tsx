import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { CandidateDebriefs } from '../debriefs/CandidateDebriefs.tsx';
import { CandidateMockInterviews } from '../mock-interviews/CandidateMockInterviews.tsx';
import { SharedAnswers } from '../practice/staff/SharedAnswers.tsx';
import { FollowThroughCandidate } from '../reports/FollowThroughCandidate.tsx';
import { CandidateForm } from './CandidateForm.tsx';
import { CandidateRecord } from './CandidateRecord.tsx';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import { useCandidate } from './queries.ts';

type Arrival = { created?: boolean; saved?: boolean; merged?: boolean } | null;

const allCandidates = <Link to="/candidates">All candidates</Link>;

export function NewCandidate() {
  const navigate = useNavigate();
  return (
    <Page title="New candidate" back={allCandidates}>
      <CandidateForm
        onSaved={(saved) => navigate(`/candidates/${saved.candidate.id}`, { state: { created: true } })}
      />
    </Page>
  );
}

/** The record page: who they are, possible duplicates, and (later) their applications and notes. */
export function CandidatePage() {
  const id = Number(useParams().id);
  const candidate = useCandidate(id);
  const arrival = useLocation().state as Arrival;
  return (
    <Page
      title={candidate.data?.candidate.name ?? 'Candidate'}
      back={allCandidates}
      actions={
        candidate.data ? (
          <Link className="button secondary" to={`/candidates/${id}/edit`}>
            Edit details
          </Link>
        ) : null
      }
    >
      <Async query={candidate} loading="Loading the candidate…">
        {({ candidate: c, duplicates }) => (
          <>
            {arrival?.created || arrival?.saved || arrival?.merged ? (
              <p className="success" role="status">
                {arrival.created
                  ? `${c.name} was added.`
                  : arrival.merged
                    ? 'The duplicate was merged into this record.'
                    : 'Your changes are saved.'}
              </p>
            ) : null}
            <DuplicateWarning duplicates={duplicates} candidateId={c.id} />
            <CandidateRecord candidate={c} />
            <FollowThroughCandidate candidate={c} />
            <SharedAnswers candidateId={c.id} />
            <CandidateMockInterviews candidateId={c.id} />
            <CandidateDebriefs candidateId={c.id} />
          </>
        )}
      </Async>
    </Page>
  );
}

export function EditCandidate() {
  const id = Number(useParams().id);
  const candidate = useCandidate(id);
  const navigate = useNavigate();
  const name = candidate.data?.candidate.name;
  return (
    <Page
      title={name ? `Edit ${name}` : 'Edit candidate'}
      back={<Link to={`/candidates/${id}`}>{name ?? 'Back to the candidate'}</Link>}
    >
      <Async query={candidate} loading="Loading the candidate…">
        {({ candidate: c }) => (
          <CandidateForm
            key={c.updatedAt}
            candidate={c}
            onSaved={() => navigate(`/candidates/${id}`, { state: { saved: true } })}
          />
        )}
      </Async>
    </Page>
  );
}
