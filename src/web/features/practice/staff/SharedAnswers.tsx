import { formatDate } from '../../../ui/format.ts';
import { Async } from '../../../ui/Status.tsx';
import { useSharedAnswers } from './queries.ts';
import { categoryLabel } from './words.ts';

/**
 * The practice answers a job seeker chose to share with the agency, on their candidate page:
 * what the recruiter can coach them on before an interview. Unshared answers never reach here.
 */
export function SharedAnswers({ candidateId }: { candidateId: number }) {
  const answers = useSharedAnswers(candidateId);
  return (
    <section aria-labelledby="shared-answers" className="record-section">
      <h2 id="shared-answers">Practice answers they shared</h2>
      <Async query={answers} loading="Loading shared answers…">
        {(list) =>
          list.length ? (
            <ul className="note-list" aria-label="Shared practice answers">
              {list.map((a) => (
                <li key={a.questionId} className="note">
                  <p>
                    <strong>{a.question}</strong>
                  </p>
                  <p className="meta">
                    {categoryLabel(a.category)} · {a.words === 1 ? '1 word' : `${a.words} words`} · updated{' '}
                    <time dateTime={a.updatedAt}>{formatDate(a.updatedAt)}</time>
                  </p>
                  <p className="cover-note">{a.body}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="meta">They have not shared any practice answers.</p>
          )
        }
      </Async>
    </section>
  );
}
