import { Link, useParams } from 'react-router';
import type { Application, Stage } from '../../../shared/pipeline.ts';
import { formatDate } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { ResumeLink } from '../applications/ApplicationDetails.tsx';
import { InterviewsPanel } from '../interviews/staff/InterviewsPanel.tsx';
import { NotesPanel } from '../notes/NotesPanel.tsx';
import { TasksPanel } from '../tasks/TasksPanel.tsx';
import { History } from './History.tsx';
import { MoveForm } from './MoveForm.tsx';
import { PipelineFeedback } from './PipelineFeedback.tsx';
import { type ApplicationDetail, useApplicationDetail, useStages } from './queries.ts';
import { useMover } from './useMover.ts';
import { timeInStage } from './words.ts';

function Facts({ a }: { a: Application }) {
  return (
    <dl className="details">
      <dt>Candidate</dt>
      <dd>
        <Link to={`/candidates/${a.candidateId}`}>{a.candidateName}</Link>
        {a.candidateHeadline ? <span className="meta"> · {a.candidateHeadline}</span> : null}
      </dd>
      <dt>Email</dt>
      <dd>{a.candidateEmail ? <a href={`mailto:${a.candidateEmail}`}>{a.candidateEmail}</a> : '—'}</dd>
      <dt>Opening</dt>
      <dd>
        <Link to={`/openings/${a.openingId}`}>{a.openingTitle}</Link> at {a.companyName} ·{' '}
        <Link to={`/openings/${a.openingId}/pipeline`}>its pipeline</Link>
      </dd>
      <dt>Stage</dt>
      <dd>
        <span className="badge">{a.stage.name}</span>{' '}
        <span className="meta">
          since <time dateTime={a.stageEnteredAt}>{formatDate(a.stageEnteredAt)}</time> (
          {timeInStage(a.stageEnteredAt).toLowerCase()})
        </span>
      </dd>
      <dt>{a.origin === 'self' ? 'Applied' : 'Submitted'}</dt>
      <dd>
        <time dateTime={a.createdAt}>{formatDate(a.createdAt)}</time>
        {a.origin === 'self' ? ' from the job board' : ' by the agency'}
      </dd>
      <dt>Resume</dt>
      <dd>{a.resume ? <ResumeLink resume={a.resume} /> : 'None attached'}</dd>
    </dl>
  );
}

function Detail({ detail, stages }: { detail: ApplicationDetail; stages: Stage[] }) {
  const { application: a } = detail;
  const mover = useMover();
  return (
    <>
      <PipelineFeedback mover={mover} />
      <Facts a={a} />
      <section aria-labelledby="move-heading" className="record-section">
        <h2 id="move-heading">Move to another stage</h2>
        {detail.canChange ? (
          <MoveForm
            // A fresh form after each move, so its choice starts from the new stage.
            key={a.stage.id}
            stages={stages}
            currentId={a.stage.id}
            label="To stage"
            onMove={(stage, note) =>
              mover.moveOne(
                {
                  applicationId: a.id,
                  candidateName: a.candidateName,
                  openingId: a.openingId,
                  openingTitle: a.openingTitle,
                },
                stage,
                note,
              )
            }
          />
        ) : (
          <p className="notice">
            This application belongs to another recruiter: you can read it but not move it.
          </p>
        )}
      </section>
      <InterviewsPanel
        applicationId={a.id}
        companyId={a.companyId}
        openingId={a.openingId}
        canChange={detail.canChange}
      />
      <section aria-labelledby="history-heading" className="record-section">
        <h2 id="history-heading">History</h2>
        <History moves={detail.history} />
      </section>
      <section aria-labelledby="cover-heading" className="record-section">
        <h2 id="cover-heading">Cover note</h2>
        {a.coverNote ? <p className="cover-note">{a.coverNote}</p> : <p className="meta">No cover note.</p>}
      </section>
      <TasksPanel subject={{ type: 'application', id: a.id }} />
      <NotesPanel subjectType="application" subjectId={a.id} />
    </>
  );
}

/** One application for staff: who, for what, where it stands, how it got there, and a way to move it. */
export function ApplicationPage() {
  const id = Number(useParams().id);
  const detail = useApplicationDetail(id);
  const stages = useStages();
  const a = detail.data?.application;
  return (
    <Page
      title={a ? `${a.candidateName}: ${a.openingTitle}` : 'Application'}
      back={<Link to="/pipeline">Pipeline</Link>}
    >
      <Async query={detail} loading="Loading the application…">
        {(d) => (
          <Async query={stages} loading="Loading the stages…">
            {(s) => <Detail detail={d} stages={s} />}
          </Async>
        )}
      </Async>
    </Page>
  );
}
