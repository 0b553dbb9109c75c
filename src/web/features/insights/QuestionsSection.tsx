import type { InsightQuestion } from '../../../shared/insights.ts';
import { QUESTION_CATEGORY_LABELS, type QuestionCategory } from '../../../shared/practice.ts';
import { count } from '../reports/words.ts';
import { InsightSection } from './InsightFigure.tsx';
import { TrendBadge } from './TrendBadge.tsx';
import { percent } from './words.ts';

const categoryLabel = (c: string) => QUESTION_CATEGORY_LABELS[c as QuestionCategory] ?? c;

/**
 * The questions asked most in the period, ranked: each with its share of interviews, trend and
 * how many people reported it. A list rather than a table, so long questions read on a phone.
 */
export function QuestionsSection(props: { questions: InsightQuestion[]; caption: string }) {
  return (
    <InsightSection title="Top questions">
      {props.questions.length === 0 ? (
        <p className="empty-chart">No questions were reported in this period.</p>
      ) : (
        <>
          <p className="meta">{props.caption}</p>
          <ol aria-label="Top questions, asked most first">
            {props.questions.map((q) => (
              <li key={q.questionId}>
                <p>
                  {q.text}
                  <br />
                  <span className="meta">
                    {categoryLabel(q.category)} · asked in {percent(q.share)} of interviews ·{' '}
                    {count(q.people, 'person', 'people')} · <TrendBadge trend={q.trend} />
                  </span>
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </InsightSection>
  );
}
