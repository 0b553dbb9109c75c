import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { AnswerScores } from './AnswerScores.tsx';
import { FeedbackForm } from './FeedbackForm.tsx';
import { useMockInterview } from './queries.ts';
import { RubricSummary } from './RubricSummary.tsx';
import { ScoreForm } from './ScoreForm.tsx';

/** A mock interview as the recruiter runs it: score each answer, write feedback, share it. */
export function MockInterviewPage() {
  const id = Number(useParams().id);
  const mock = useMockInterview(id);
  const m = mock.data;
  return (
    <Page
      title={m ? `${m.title} · ${m.candidate.name}` : 'Mock interview'}
      heading={m?.title ?? 'Mock interview'}
      back={m ? <Link to={`/candidates/${m.candidate.id}`}>{m.candidate.name}</Link> : null}
    >
      <Async query={mock} loading="Loading the mock interview…">
        {(m) => (
          <>
            <p className="meta">
              With {m.candidate.name} · <time dateTime={m.heldAt}>{formatDateTime(m.heldAt)}</time>
              {m.interviewer ? ` · run by ${m.interviewer.name}` : ''}
            </p>
            {m.sharedAt ? (
              <p className="success" role="status">
                Shared with the candidate on <time dateTime={m.sharedAt}>{formatDateTime(m.sharedAt)}</time>.
              </p>
            ) : null}
            <RubricSummary rubric={m.rubric} />
            <section aria-labelledby="mock-questions" className="record-section">
              <h2 id="mock-questions">Questions</h2>
              <ol className="note-list mock-answers">
                {m.answers.map((a) =>
                  m.canChange ? (
                    <ScoreForm key={a.position} mockId={m.id} answer={a} total={m.answers.length} />
                  ) : (
                    <AnswerScores key={a.position} answer={a} total={m.answers.length} />
                  ),
                )}
              </ol>
            </section>
            {m.canChange ? (
              <FeedbackForm mock={m} />
            ) : (
              <section aria-labelledby="mock-feedback" className="record-section">
                <h2 id="mock-feedback">Overall feedback</h2>
                <p className="cover-note">{m.feedback || 'No feedback written.'}</p>
              </section>
            )}
          </>
        )}
      </Async>
    </Page>
  );
}
