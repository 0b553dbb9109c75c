import { Fragment } from 'react';
import {
  CRITERIA,
  CRITERION_LABELS,
  type RubricSummary as Summary,
} from '../../../shared/mock-interviews.ts';
import { averageWords } from './words.ts';

/** The averages per criterion, the overall score and what to work on first. */
export function RubricSummary({ rubric, level = 2 }: { rubric: Summary; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="rubric-summary" className="record-section">
      <Heading id="rubric-summary">Scores</Heading>
      <dl className="details mock-averages">
        <dt>Overall</dt>
        <dd>
          <strong>{averageWords(rubric.overall)}</strong>
          <span className="meta">
            {' '}
            · {rubric.scored} of {rubric.total} {rubric.total === 1 ? 'answer' : 'answers'} scored
          </span>
        </dd>
        {CRITERIA.map((c) => (
          <Fragment key={c}>
            <dt>{CRITERION_LABELS[c]}</dt>
            <dd>{averageWords(rubric.averages[c])}</dd>
          </Fragment>
        ))}
      </dl>
      {rubric.weakest ? <p className="notice">{rubric.weakest.words}</p> : null}
    </section>
  );
}
