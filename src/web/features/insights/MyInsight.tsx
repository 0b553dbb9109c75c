import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { MyGaps } from '../../../shared/insights.ts';
import { FIELDS } from '../../../shared/vocabulary.ts';
import { SelectField } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { fieldPath } from './InsightFields.tsx';
import { PractiseQuestions } from './PractiseQuestions.tsx';
import { useMyGaps, useMyInsightCompanies } from './queries.ts';
import { TrendBadge } from './TrendBadge.tsx';
import { percent, periodWords } from './words.ts';

function Gaps({ gaps }: { gaps: MyGaps }) {
  if (!gaps.field)
    return (
      <p>
        Your profile does not name your field yet, so there is nothing to compare. Ask your recruiter to add
        it, or read any field's insight below.
      </p>
    );
  return (
    <>
      <p>
        From interviews in <strong>{gaps.field}</strong>, {periodWords(gaps.period)}.
      </p>
      <h3>Skills employers ask about that your profile does not list</h3>
      {gaps.missingSkills.length === 0 ? (
        <p>Your profile lists every skill employers in your field ask about most. Well done.</p>
      ) : (
        <ul>
          {gaps.missingSkills.map((s) => (
            <li key={s.key}>
              <strong>{s.name}</strong>{' '}
              <span className="meta">
                · asked in {percent(s.share)} of interviews · <TrendBadge trend={s.trend} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>Questions to practise</h3>
      {gaps.unpractised.length === 0 ? (
        <p>You have practised the questions asked most in your field, or there are not enough reports yet.</p>
      ) : (
        <PractiseQuestions questions={gaps.unpractised} />
      )}
    </>
  );
}

function FieldPicker({ own }: { own: string | null }) {
  const navigate = useNavigate();
  const [field, setField] = useState<string>(own ?? FIELDS[0]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(fieldPath('/my-insight/fields', field));
  };
  return (
    <>
      {own ? (
        <p>
          <Link to={fieldPath('/my-insight/fields', own)}>Insight for {own}, your field</Link>
        </p>
      ) : null}
      <form className="row" onSubmit={submit}>
        <SelectField
          label="Any field"
          value={field}
          onChange={(e) => setField(e.target.value)}
          options={FIELDS.map((f) => ({ value: f, label: f }))}
        />
        <p className="actions">
          <button type="submit">Read its insight</button>
        </p>
      </form>
    </>
  );
}

function MyCompanies() {
  const companies = useMyInsightCompanies();
  return (
    <Async query={companies} loading="Loading your companies…">
      {(list) =>
        list.length === 0 ? (
          <p>Once you apply for a job, you can read about the company's interviews here.</p>
        ) : (
          <ul>
            {list.map((c) => (
              <li key={c.id}>
                <Link to={`/my-insight/companies/${c.id}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        )
      }
    </Async>
  );
}

/** /app/my-insight: what a job seeker could work on, and insight for fields and their companies. */
export function MyInsight() {
  const gaps = useMyGaps();
  const ids = { gaps: useId(), fields: useId(), companies: useId() };
  return (
    <Page title="My insight">
      <p>What employers ask in interviews now, from the debriefs of people like you. Nobody is named.</p>
      <section className="record-section" aria-labelledby={ids.gaps}>
        <h2 id={ids.gaps}>What to work on</h2>
        <Async query={gaps} loading="Loading what to work on…">
          {(g) => <Gaps gaps={g} />}
        </Async>
      </section>
      <section className="record-section" aria-labelledby={ids.fields}>
        <h2 id={ids.fields}>Insight by field</h2>
        {gaps.isPending ? null : <FieldPicker own={gaps.data?.field ?? null} />}
      </section>
      <section className="record-section" aria-labelledby={ids.companies}>
        <h2 id={ids.companies}>Companies you applied to</h2>
        <MyCompanies />
      </section>
    </Page>
  );
}
