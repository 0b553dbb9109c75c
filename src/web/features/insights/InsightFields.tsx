import { Link } from 'react-router';
import { FIELDS } from '../../../shared/vocabulary.ts';
import { Page } from '../../ui/Page.tsx';

/** The fields' own paths: names with spaces ("Customer service") are encoded. */
export const fieldPath = (base: string, field: string) => `${base}/${encodeURIComponent(field)}`;

/** /app/insights: every field, each linking to what its interviews asked over the last 13 weeks. */
export function InsightFields() {
  return (
    <Page title="Insight">
      <p>What employers asked in interviews over the last 13 weeks, from candidates' debriefs, by field.</p>
      <ul className="chips" aria-label="Fields">
        {FIELDS.map((f) => (
          <li key={f}>
            <Link to={fieldPath('/insights/fields', f)}>{f}</Link>
          </li>
        ))}
      </ul>
      <p>
        A company's interview insight is on its page: open it from <Link to="/companies">Companies</Link>.
      </p>
    </Page>
  );
}
