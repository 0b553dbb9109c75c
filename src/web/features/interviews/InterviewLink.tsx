import { Link, useParams } from 'react-router';
import type { SeekerInterview } from '../../../shared/interview-api.ts';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, Loading } from '../../ui/Status.tsx';
import { ChooseSection } from './ChooseTime.tsx';
import { InterviewFacts } from './InterviewFacts.tsx';
import { interviewTitle } from './MyInterview.tsx';
import { useBookFromLink, useLinkedInterview } from './queries.ts';
import { standing } from './standing.ts';

function Linked({ iv, token }: { iv: SeekerInterview; token: string }) {
  const book = useBookFromLink(token);
  const s = standing(iv);
  const portal = (
    <p>
      <Link to={`/interviews/${iv.id}`}>Sign in to confirm, get ready with a checklist, or move it</Link>
    </p>
  );
  return (
    <>
      <p className="meta">
        {iv.companyName} · <a href={`/jobs/${iv.openingSlug}`}>Read the job description</a>
      </p>
      {s.kind === 'cancelled' ? <p className="notice">{s.words}</p> : null}
      {s.kind === 'choose' ? (
        <ChooseSection
          iv={iv}
          pending={book.isPending}
          error={book.error}
          onChoose={(slotId) => book.mutate(slotId)}
        />
      ) : null}
      {s.kind === 'booked' ? (
        <>
          <p className="success" role="status">
            You are booked. A calendar invitation is on its way to your email.
          </p>
          {portal}
        </>
      ) : null}
      <InterviewFacts iv={iv} slot={s.kind === 'booked' ? s.slot : undefined} />
    </>
  );
}

/** /app/interview-link/:token: the signed link from an invitation email; no sign-in needed. */
export function InterviewLink() {
  const token = useParams().token ?? '';
  const found = useLinkedInterview(token);
  if (found.isPending)
    return (
      <Page title="Your interview">
        <Loading label="Loading your interview…" />
      </Page>
    );
  if (found.isError)
    return (
      <Page title="This link does not work">
        <ErrorMessage error={found.error} />
        <p>
          <Link to="/">Sign in to see your interviews</Link>
        </p>
      </Page>
    );
  return (
    <Page title={interviewTitle(found.data)}>
      <Linked iv={found.data} token={token} />
    </Page>
  );
}
