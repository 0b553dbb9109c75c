import { Fragment } from 'react';
import { CRITERIA, CRITERION_LABELS, type MockAnswerOut } from '../../../shared/mock-interviews.ts';
import { scoreWords } from './words.ts';

/** One answer's scores and comment, read-only: the candidate's view and a shared interview's. */
export function AnswerScores({ answer, total }: { answer: MockAnswerOut; total: number }) {
  const headingId = `answer-${answer.position}`;
  return (
    <li className="note mock-answer">
      <p className="meta">
        Question {answer.position} of {total}
      </p>
      <h3 id={headingId}>{answer.question.text}</h3>
      {answer.question.lookingFor ? (
        <p className="meta">What the interviewer looks for: {answer.question.lookingFor}</p>
      ) : null}
      <dl className="details mock-scores">
        {CRITERIA.map((c) => (
          <Fragment key={c}>
            <dt>{CRITERION_LABELS[c]}</dt>
            <dd>{scoreWords(answer.scores[c])}</dd>
          </Fragment>
        ))}
      </dl>
      {answer.comment ? <p className="cover-note">{answer.comment}</p> : null}
    </li>
  );
}
