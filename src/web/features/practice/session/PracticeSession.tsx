import { Link, useParams } from 'react-router';
import { Page } from '../../../ui/Page.tsx';
import { ErrorMessage, Loading } from '../../../ui/Status.tsx';
import { QuestionStep } from './QuestionStep.tsx';
import { useFinishSession, useSession } from './queries.ts';
import { SessionSummary } from './SessionSummary.tsx';

const back = <Link to="/practice">Practice</Link>;

/** /app/practice/sessions/:id: one question at a time, then the summary. */
export function PracticeSession() {
  const id = Number(useParams().id);
  const found = useSession(id);
  const finish = useFinishSession(id);
  if (!Number.isInteger(id) || id <= 0 || found.isError)
    return (
      <Page title="Session not found" back={back}>
        {found.isError ? <ErrorMessage error={found.error} /> : <p>There is no such session.</p>}
      </Page>
    );
  if (found.isPending)
    return (
      <Page title="Practice" back={back}>
        <Loading label="Loading your session…" />
      </Page>
    );
  const s = found.data;
  const current = s.items.find((i) => i.rating === null);
  const done = s.finishedAt !== null || !current;
  return (
    <Page title={s.title} back={back}>
      {done ? (
        <SessionSummary session={s} />
      ) : (
        <>
          <QuestionStep
            key={current.position}
            session={s}
            item={current}
            last={s.items.filter((i) => i.rating === null).length === 1}
          />
          <p>
            <button type="button" className="link-button" onClick={() => finish.mutate()}>
              End the session here
            </button>
          </p>
          {finish.isError ? <ErrorMessage error={finish.error} /> : null}
        </>
      )}
    </Page>
  );
}
