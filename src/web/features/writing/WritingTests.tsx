import { Link, useNavigate } from 'react-router';
import { WRITING_KIND_LABELS, WRITING_KINDS } from '../../../shared/practice.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { Async, ErrorMessage } from '../../ui/Status.tsx';
import { isStaff, useMe } from '../auth/session.ts';
import { useMyAttempts, usePrompts, useStartAttempt } from './queries.ts';

/** /app/practice/writing: the writing tests to take, and the ones taken. */
export function WritingTests() {
  const me = useMe();
  const staff = isStaff(me.data);
  const prompts = usePrompts();
  const mine = useMyAttempts(!staff);
  const start = useStartAttempt();
  const navigate = useNavigate();
  if (staff)
    return (
      <Page title="This page is for job seekers">
        <p>
          Staff read handed-in tests under <Link to="/writing">Writing tests</Link>.
        </p>
      </Page>
    );
  return (
    <Page title="Writing tests" back={<Link to="/practice">Practice</Link>}>
      <p>
        Timed writing of the kinds employers set. The clock starts when you open a test and the task is shown
        only then. Your text is saved as you type, and handed in when time runs out.
      </p>
      <Async query={mine} loading="Loading your tests…">
        {(list) =>
          list.length === 0 ? null : (
            <section aria-labelledby="taken" className="record-section">
              <h2 id="taken">Your tests</h2>
              <ul className="plain-list">
                {list.map((t) => (
                  <li key={t.id}>
                    <Link to={`/practice/writing/${t.id}`}>{t.title}</Link>{' '}
                    <span className="meta">
                      ·{' '}
                      {t.state === 'writing'
                        ? 'in progress'
                        : `handed in ${formatDateTime(t.submittedAt)}, ${t.words} words${t.hasFeedback ? ' · feedback to read' : ''}`}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )
        }
      </Async>
      {start.isError ? <ErrorMessage error={start.error} /> : null}
      <Async query={prompts} loading="Loading the tests…">
        {(all) => (
          <>
            {WRITING_KINDS.map((kind) => {
              const ofKind = all.filter((p) => p.kind === kind);
              if (ofKind.length === 0) return null;
              return (
                <section key={kind} aria-labelledby={`kind-${kind}`} className="record-section">
                  <h2 id={`kind-${kind}`}>{WRITING_KIND_LABELS[kind]}</h2>
                  <ul className="plain-list">
                    {ofKind.map((p) => (
                      <li key={p.key} className="writing-prompt">
                        <strong>{p.title}</strong>
                        <span className="meta">
                          {' '}
                          · {p.minutes} minutes · {p.words.min}–{p.words.max} words
                          {p.field ? ` · ${p.field}` : ''}
                        </span>{' '}
                        <button
                          type="button"
                          className="secondary"
                          aria-label={`Start: ${p.title}`}
                          aria-disabled={start.isPending || undefined}
                          onClick={() => {
                            if (start.isPending) return;
                            start.mutate(p.key, { onSuccess: (a) => navigate(`/practice/writing/${a.id}`) });
                          }}
                        >
                          Start
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </>
        )}
      </Async>
    </Page>
  );
}
