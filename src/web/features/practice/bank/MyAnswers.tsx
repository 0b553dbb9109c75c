import { Link } from 'react-router';
import { QUESTION_CATEGORY_LABELS, type QuestionCategory } from '../../../../shared/practice.ts';
import { formatDate } from '../../../ui/format.ts';
import { Page } from '../../../ui/Page.tsx';
import { Async } from '../../../ui/Status.tsx';
import { useMyAnswers } from './queries.ts';
import { SeekersOnly } from './SeekersOnly.tsx';
import { formatSpeaking } from './text.ts';

/** /app/practice/answers: every answer the seeker has prepared, newest first. */
export function MyAnswers() {
  const answers = useMyAnswers();
  return (
    <SeekersOnly>
      <Page
        title="My answers"
        back={<Link to="/practice/questions">Question bank</Link>}
        actions={<Link to="/practice/stories">My stories</Link>}
      >
        <Async query={answers} loading="Loading your answers…">
          {(list) =>
            list.length ? (
              <>
                <p className="result-count">{list.length === 1 ? '1 answer' : `${list.length} answers`}</p>
                <ul className="job-list" aria-label="Your answers">
                  {list.map((a) => (
                    <li key={a.questionId} className="job-card">
                      <h2>
                        <Link to={`/practice/questions/${a.questionId}`}>{a.question}</Link>
                      </h2>
                      <p className="meta">
                        {QUESTION_CATEGORY_LABELS[a.category as QuestionCategory] ?? a.category} · {a.words}{' '}
                        {a.words === 1 ? 'word' : 'words'}, {formatSpeaking(a.speakingSeconds)} spoken ·
                        updated <time dateTime={a.updatedAt}>{formatDate(a.updatedAt)}</time>
                        {a.shared ? ' · shared with your recruiter' : ''}
                      </p>
                      {a.body ? <p className="cover-note answer-excerpt">{a.body}</p> : null}
                      <p>
                        <Link
                          to={`/practice/questions/${a.questionId}`}
                          aria-label={`Edit your answer to ${a.question}`}
                        >
                          Edit your answer
                        </Link>
                      </p>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>
                No answers yet. Pick a question in the <Link to="/practice/questions">question bank</Link> and
                write yours.
              </p>
            )
          }
        </Async>
      </Page>
    </SeekersOnly>
  );
}
