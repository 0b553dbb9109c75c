import type { ReactNode } from 'react';
import type { FieldInsight } from '../../../shared/insights.ts';
import { count } from '../reports/words.ts';
import { DifficultySection, FormatsSection, WeeksSection } from './InsightCharts.tsx';
import { InsightSection } from './InsightFigure.tsx';
import { QuestionsSection } from './QuestionsSection.tsx';
import { SkillsSection } from './SkillsSection.tsx';
import { basedOn, captionWords, percent, periodWords, splitShares } from './words.ts';

// What a field page and a company page have in common: who stands behind the figures, then
// questions, skills, formats, difficulty, how interviews felt and the weekly volume.

export type InsightBodyData = Omit<FieldInsight, 'field'>;

/** The period and how many interviews and people the page is drawn from. */
export function InsightSummary({ body }: { body: InsightBodyData }) {
  return (
    <p>
      {periodWords(body.period)}. <strong>{basedOn(body.interviews, body.people)}.</strong>
    </p>
  );
}

/** Shown instead of every figure when too few people wrote debriefs for a seeker to see them. */
export function NotEnough() {
  return (
    <p className="notice">
      Not enough interviews yet: insight appears once five people have written debriefs.
    </p>
  );
}

function Outlook({ body }: { body: InsightBodyData }) {
  const better = body.betterThanExpected;
  const split = body.experience;
  const shares = split ? splitShares(split) : null;
  return (
    <InsightSection title="How interviews felt">
      <h3>Better than expected</h3>
      {better && better.rated > 0 ? (
        <p>
          Interest in the job rose after <strong>{percent(better.share)}</strong> of interviews (
          {count(better.rated, 'interview')} rated before and after, by{' '}
          {count(better.people, 'person', 'people')}
          ).
        </p>
      ) : (
        <p>Not rated in this period.</p>
      )}
      <h3>Overall experience</h3>
      {split && shares && split.positive + split.neutral + split.negative > 0 ? (
        <ul>
          <li>
            Positive: {count(split.positive, 'interview')} ({percent(shares.positive)})
          </li>
          <li>
            Neutral: {count(split.neutral, 'interview')} ({percent(shares.neutral)})
          </li>
          <li>
            Negative: {count(split.negative, 'interview')} ({percent(shares.negative)})
          </li>
        </ul>
      ) : (
        <p>Not rated in this period.</p>
      )}
    </InsightSection>
  );
}

/**
 * The sections every insight page shows, or the "not enough yet" message. `children` are a
 * page's own sections (a company's process), shown first in the same grid.
 */
export function InsightBody({ body, children }: { body: InsightBodyData; children?: ReactNode }) {
  if (!body.enough) return <NotEnough />;
  const caption = (what: string) => captionWords(what, body.period, body.interviews);
  return (
    <div className="reports">
      {children}
      <QuestionsSection
        questions={body.questions}
        caption={caption('Questions asked most, as a share of interviews')}
      />
      <SkillsSection skills={body.skills} caption={caption('Skills asked about, as a share of interviews')} />
      <FormatsSection formats={body.formats} caption={caption('Formats candidates were not told about')} />
      <DifficultySection
        difficulty={body.difficulty}
        caption={caption('How difficult candidates found it')}
      />
      <Outlook body={body} />
      <WeeksSection
        weeks={body.weeks}
        period={body.period}
        caption={caption('Interviews debriefed each week, against the 13 weeks before')}
      />
    </div>
  );
}
