import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  DIFFICULTIES,
  QUESTION_CATEGORIES,
  QUESTION_CATEGORY_LABELS,
  type QuestionCategory,
} from '../../../../shared/practice.ts';
import type { QuestionOut, QuestionPage } from '../../../../shared/practice-api.ts';
import { FIELDS } from '../../../../shared/vocabulary.ts';
import { type Option, SelectField, TextField } from '../../../ui/Field.tsx';
import { Page } from '../../../ui/Page.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { Async } from '../../../ui/Status.tsx';
import { isFiltered, type QuestionFilter, readFilter, toParams } from './filters.ts';
import { useQuestions } from './queries.ts';
import { SeekersOnly } from './SeekersOnly.tsx';

const noFilter = (label: string): Option => ({ value: '', label });
const CATEGORY_OPTIONS = [
  noFilter('Any category'),
  ...QUESTION_CATEGORIES.map((c) => ({ value: c, label: QUESTION_CATEGORY_LABELS[c] })),
];
const FIELD_OPTIONS = [noFilter('Any field'), ...FIELDS.map((f) => ({ value: f, label: f }))];
const DIFFICULTY_OPTIONS = [
  noFilter('Any difficulty'),
  ...DIFFICULTIES.map((d) => ({ value: d, label: d[0]?.toUpperCase() + d.slice(1) })),
];

/** "Behavioural · medium · Acme", as a question's one line of facts. */
export function questionFacts(q: QuestionOut): string {
  return [
    QUESTION_CATEGORY_LABELS[q.category as QuestionCategory] ?? q.category,
    q.difficulty,
    q.company?.name,
  ]
    .filter(Boolean)
    .join(' · ');
}

// Companies come from the questions found: there is no list of client companies for seekers,
// and a company with no question in the results would find nothing anyway.
function companyOptions(page: QuestionPage, filter: QuestionFilter): Option[] {
  const names = new Map<string, string>();
  for (const q of page.items) if (q.company) names.set(String(q.company.id), q.company.name);
  if (filter.companyId && !names.has(filter.companyId))
    names.set(filter.companyId, 'The company you came from');
  return [noFilter('Any company'), ...[...names].map(([value, label]) => ({ value, label }))];
}

function Filters(props: { filter: QuestionFilter; onChange: (next: Partial<QuestionFilter>) => void }) {
  const { filter, onChange } = props;
  const [q, setQ] = useState(filter.q);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q });
  };
  return (
    <form className="search" role="search" aria-label="Search the question bank" onSubmit={submit}>
      <TextField
        label="Words in the question"
        type="search"
        name="q"
        value={q}
        maxLength={200}
        onChange={(e) => setQ(e.target.value)}
        wrapperClass="grow"
      />
      <SelectField
        label="Category"
        options={CATEGORY_OPTIONS}
        value={filter.category}
        onChange={(e) => onChange({ q, category: e.target.value })}
      />
      <SelectField
        label="Field"
        options={FIELD_OPTIONS}
        value={filter.field}
        onChange={(e) => onChange({ q, field: e.target.value })}
      />
      <SelectField
        label="Difficulty"
        options={DIFFICULTY_OPTIONS}
        value={filter.difficulty}
        onChange={(e) => onChange({ q, difficulty: e.target.value })}
      />
      <div className="actions">
        <button type="submit">Search</button>
      </div>
    </form>
  );
}

function Results(props: {
  page: QuestionPage;
  filter: QuestionFilter;
  onChange: (next: Partial<QuestionFilter>) => void;
}) {
  const { page, filter } = props;
  const companies = companyOptions(page, filter);
  return (
    <>
      {companies.length > 1 ? (
        <div className="filters">
          <SelectField
            label="Company"
            options={companies}
            value={filter.companyId}
            onChange={(e) => props.onChange({ companyId: e.target.value })}
          />
        </div>
      ) : null}
      <p role="status" className="result-count">
        {page.total === 1 ? '1 question' : `${page.total} questions`}
        {isFiltered(filter) ? (page.total === 1 ? ' matches' : ' match') : ' in the bank'}
      </p>
      {page.items.length ? (
        <ul className="job-list" aria-label="Questions">
          {page.items.map((q) => (
            <li key={q.id} className="job-card">
              <h2>
                <Link to={`/practice/questions/${q.id}`}>{q.text}</Link>
              </h2>
              <p className="meta">{questionFacts(q)}</p>
              {q.answered ? <p className="badge offered">You have an answer</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>No question matches. Try fewer words or another filter.</p>
      )}
      <Pagination
        page={filter.page}
        total={page.total}
        pageSize={page.perPage}
        label="Pages of questions"
        href={(n) => `?${toParams({ ...filter, page: n }).toString()}`}
      />
    </>
  );
}

/** /app/practice/questions: the job seeker searches the question bank. */
export function SeekerQuestions() {
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const questions = useQuestions(filter);
  // Any new search starts again at page 1.
  const change = (next: Partial<QuestionFilter>) => setParams(toParams({ ...filter, ...next, page: 1 }));
  return (
    <SeekersOnly>
      <Page
        title="Question bank"
        actions={
          <div className="actions">
            <Link to="/practice/answers">My answers</Link>
            <Link to="/practice/stories">My stories</Link>
          </div>
        }
      >
        <p>Questions employers ask, with what the interviewer looks for. Write your answer to any of them.</p>
        <Filters key={filter.q} filter={filter} onChange={change} />
        <Async query={questions} loading="Loading questions…">
          {(page) => <Results page={page} filter={filter} onChange={change} />}
        </Async>
      </Page>
    </SeekersOnly>
  );
}
