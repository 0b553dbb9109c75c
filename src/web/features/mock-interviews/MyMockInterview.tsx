import { Link, useParams } from 'react-router';
import { formatDate } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { AnswerScores } from './AnswerScores.tsx';
import { useMyMockInterview } from './queries.ts';
import { RubricSummary } from './RubricSummary.tsx';

/** A shared mock interview as the job seeker keeps it: scores per answer and the feedback. */
export function MyMockInterview() {
  const id = Number(useParams().id);
  const mock = useMyMockInterview(id);
  return (
    <Page title={mock.data?.title ?? 'Mock interview feedback'} back={<Link to="/">My applications</Link>}>
      <Async query={mock} loading="Loading your feedback…">
        {(m) => (
          <>
            <p className="meta">
              <time dateTime={m.heldAt}>{formatDate(m.heldAt)}</time>
              {m.interviewerName ? ` · with ${m.interviewerName}` : ''}
            </p>
            <section aria-labelledby="mock-feedback" className="record-section">
              <h2 id="mock-feedback">Feedback</h2>
              <p className="cover-note">{m.feedback}</p>
            </section>
            <RubricSummary rubric={m.rubric} />
            <section aria-labelledby="mock-questions" className="record-section">
              <h2 id="mock-questions">Your answers</h2>
              <p className="meta">
                Each answer is scored from 1 (missing) through 3 (adequate) to 5 (excellent).
              </p>
              <ol className="note-list mock-answers">
                {m.answers.map((a) => (
                  <AnswerScores key={a.position} answer={a} total={m.answers.length} />
                ))}
              </ol>
            </section>
          </>
        )}
      </Async>
    </Page>
  );
}
