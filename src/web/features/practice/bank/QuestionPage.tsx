import { Link, useParams } from 'react-router';
import { Page } from '../../../ui/Page.tsx';
import { ErrorMessage, Loading } from '../../../ui/Status.tsx';
import { AnswerEditor } from './AnswerEditor.tsx';
import { QuestionStories } from './QuestionStories.tsx';
import { useAnswer, useQuestion } from './queries.ts';
import { questionFacts } from './SeekerQuestions.tsx';
import { SeekersOnly } from './SeekersOnly.tsx';

const back = <Link to="/practice/questions">Question bank</Link>;

function QuestionScreen({ id }: { id: number }) {
  const question = useQuestion(id);
  const answer = useAnswer(id);
  if (!Number.isInteger(id) || id <= 0 || question.isError) {
    return (
      <Page title="Question not found" back={back}>
        <ErrorMessage>{question.isError ? undefined : 'That is not a question in the bank.'}</ErrorMessage>
      </Page>
    );
  }
  if (question.isPending || answer.isPending) return <Loading label="Loading the question…" />;
  const q = question.data;
  return (
    <Page title={q.text} back={back}>
      <p className="meta">{questionFacts(q)}</p>
      {q.lookingFor ? (
        <section aria-labelledby="looking-for" className="record-section">
          <h2 id="looking-for">What the interviewer looks for</h2>
          <p>{q.lookingFor}</p>
        </section>
      ) : null}
      {q.guide ? (
        <section aria-labelledby="guide" className="record-section">
          <h2 id="guide">How to answer well</h2>
          <p>{q.guide}</p>
        </section>
      ) : null}
      {answer.isError ? (
        <ErrorMessage error={answer.error} />
      ) : (
        <AnswerEditor key={q.id} question={q} answer={answer.data} />
      )}
      <QuestionStories question={q} />
    </Page>
  );
}

/** /app/practice/questions/:id: one question, the seeker's answer to it and their stories. */
export function QuestionPage() {
  const id = Number(useParams().id);
  return (
    <SeekersOnly>
      <QuestionScreen id={id} />
    </SeekersOnly>
  );
}
