import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { QuestionOut } from '../../../../shared/practice-api.ts';
import { Page } from '../../../ui/Page.tsx';
import { Async, ErrorMessage } from '../../../ui/Status.tsx';
import { type BankFilter, isFiltered, readFilter, toParams } from './filter.ts';
import { PracticeNav } from './PracticeNav.tsx';
import { QuestionFilters } from './QuestionFilters.tsx';
import { QuestionForm } from './QuestionForm.tsx';
import { QuestionItem } from './QuestionItem.tsx';
import { QuestionPages } from './QuestionPages.tsx';
import { useQuestions, useSetRetired } from './queries.ts';
import { questionCount } from './words.ts';

/**
 * The recruiter's question bank: search and filter it, read what each question is for, and add,
 * edit, retire or restore questions, including ones asked only by one client company.
 */
export function QuestionBank() {
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const questions = useQuestions(filter);
  const setRetired = useSetRetired();
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const countRef = useRef<HTMLParagraphElement>(null);
  const shownPage = useRef(filter.page);
  useEffect(() => {
    // Another page of results: start reading it from the top, not from the links at the bottom.
    if (shownPage.current === filter.page) return;
    shownPage.current = filter.page;
    countRef.current?.focus();
    countRef.current?.scrollIntoView({ block: 'start' });
  }, [filter.page]);
  // Any new search starts again at page 1.
  const change = (next: Partial<BankFilter>) => setParams(toParams({ ...filter, ...next, page: 1 }));

  const retire = (q: QuestionOut, retired: boolean) => {
    setMessage('');
    setRetired.mutate(
      { id: q.id, retired },
      {
        onSuccess: () =>
          setMessage(
            retired
              ? `Retired: “${q.text}”. Job seekers no longer see it.`
              : `Restored: “${q.text}”. Job seekers see it again.`,
          ),
      },
    );
  };

  return (
    <Page
      title="Question bank"
      actions={
        adding ? null : (
          <button
            type="button"
            ref={addButton}
            onClick={() => {
              setMessage('');
              setAdding(true);
            }}
          >
            Add a question
          </button>
        )
      }
    >
      <PracticeNav />
      {adding ? (
        <section aria-labelledby="add-question" className="record-section">
          <h2 id="add-question">Add a question</h2>
          <QuestionForm
            onDone={(saved) => {
              setAdding(false);
              if (saved) setMessage('Saved. The question is in the bank.');
              // The button comes back on the next render; focus it then.
              setTimeout(() => addButton.current?.focus(), 0);
            }}
          />
        </section>
      ) : null}
      <div role="status">{message ? <p className="success">{message}</p> : null}</div>
      {setRetired.isError ? <ErrorMessage error={setRetired.error} /> : null}
      <QuestionFilters key={filter.q} filter={filter} onChange={change} />
      <Async query={questions} loading="Loading questions…">
        {(result) => (
          <>
            <p role="status" className="result-count" tabIndex={-1} ref={countRef}>
              {questionCount(result.total)}
              {isFiltered(filter) ? (result.total === 1 ? ' matches the search' : ' match the search') : ''}
            </p>
            {result.items.length ? (
              <ul className="note-list question-list" aria-label="Questions">
                {result.items.map((q) => (
                  <QuestionItem
                    key={q.id}
                    question={q}
                    busy={setRetired.isPending}
                    onSaved={(saved) => setMessage(`Saved: “${saved.text}”.`)}
                    onSetRetired={retire}
                  />
                ))}
              </ul>
            ) : result.total > 0 ? (
              <p>
                This page is past the end of the list.{' '}
                <Link to={`?${toParams({ ...filter, page: 1 }).toString()}`}>Go to the first page</Link>.
              </p>
            ) : (
              <p>
                {isFiltered(filter)
                  ? 'No questions match. Try fewer words or another filter.'
                  : 'The bank has no questions yet. Add the first one.'}
              </p>
            )}
            <QuestionPages filter={filter} total={result.total} perPage={result.perPage} />
          </>
        )}
      </Async>
    </Page>
  );
}
