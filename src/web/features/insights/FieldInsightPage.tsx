import { Link, useParams } from 'react-router';
import { FIELDS } from '../../../shared/vocabulary.ts';
import { Page } from '../../ui/Page.tsx';
import { Async, ErrorMessage } from '../../ui/Status.tsx';
import { InsightBody, InsightSummary } from './InsightBody.tsx';
import { useFieldInsight } from './queries.ts';

type Mode = 'staff' | 'seeker';

const isField = (v: string | undefined): v is string => (FIELDS as readonly string[]).includes(v ?? '');

function FieldInsight({ field, mode }: { field: string; mode: Mode }) {
  const insight = useFieldInsight(field);
  return (
    <Async query={insight} loading={`Loading insight for ${field}…`}>
      {(f) => (
        <>
          <InsightSummary body={f} />
          <InsightBody body={f} />
          {mode === 'seeker' && f.enough ? (
            <p>
              <Link to="/practice">Practise questions like these</Link>
            </p>
          ) : null}
        </>
      )}
    </Async>
  );
}

function FieldInsightPage({ mode }: { mode: Mode }) {
  const field = useParams().field;
  const back =
    mode === 'staff' ? <Link to="/insights">All fields</Link> : <Link to="/my-insight">My insight</Link>;
  if (!isField(field))
    return (
      <Page title="Insight" back={back}>
        <ErrorMessage>There is no such field. Choose one from the list.</ErrorMessage>
      </Page>
    );
  return (
    <Page title={`Insight: ${field}`} back={back}>
      <FieldInsight key={field} field={field} mode={mode} />
    </Page>
  );
}

/** /app/insights/fields/:field: a field's insight as staff read it (every row). */
export function StaffFieldInsight() {
  return <FieldInsightPage mode="staff" />;
}

/** /app/my-insight/fields/:field: the privacy-safe form a job seeker reads. */
export function SeekerFieldInsight() {
  return <FieldInsightPage mode="seeker" />;
}
