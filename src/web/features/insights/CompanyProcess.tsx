import { useMemo } from 'react';
import type { CompanyInsight } from '../../../shared/insights.ts';
import { INTERVIEW_FORMAT_LABELS } from '../../../shared/interviews.ts';
import { count } from '../reports/words.ts';
import { type ShareChart, shareChart } from './charts.ts';
import { InsightFigure, InsightSection } from './InsightFigure.tsx';
import { ShareTable } from './ShareTable.tsx';
import { captionWords, daysWords, roundsWords } from './words.ts';

type Process = NonNullable<CompanyInsight['process']>;

/** A company's process: rounds and days to an outcome, and the formats of its interviews. */
export function CompanyProcess({ insight }: { insight: CompanyInsight }) {
  const process = insight.process;
  const formats = process?.formats;
  const chart = useMemo<ShareChart>(
    () => ({
      rows: (formats ?? []).map((f) => ({ label: INTERVIEW_FORMAT_LABELS[f.format], share: f.share })),
      ariaLabel: `Formats of ${insight.company.name}'s interviews, as a share of interviews`,
    }),
    [formats, insight.company.name],
  );
  if (!process)
    return (
      <InsightSection title="The process">
        <p className="empty-chart">
          Not enough applications have reached an outcome yet to describe the process.
        </p>
      </InsightSection>
    );
  return (
    <InsightFigure
      title="The process"
      caption={`${captionWords('Formats of their interviews', insight.period, insight.interviews)} ${processWords(process)}`}
      data={chart}
      draw={shareChart}
      folded={false}
      empty={process.formats.length === 0 ? `${processWords(process)} No interviews in this period.` : null}
    >
      <ProcessTable process={process} />
    </InsightFigure>
  );
}

/** "About 2.5 interviews per application and a median of 14 days to an outcome (8 applications)." */
function processWords(p: Process): string {
  if (p.applications === 0) return 'No application has reached an outcome yet.';
  return `About ${roundsWords(p.rounds)} per application and a median of ${daysWords(p.daysToOutcome)} from application to an outcome (${count(p.applications, 'application')} with an outcome).`;
}

function ProcessTable({ process }: { process: Process }) {
  return (
    <>
      <dl className="details">
        <dt>Interviews per application</dt>
        <dd>{roundsWords(process.rounds)}</dd>
        <dt>Days to an outcome (median)</dt>
        <dd>{daysWords(process.daysToOutcome)}</dd>
        <dt>Applications with an outcome</dt>
        <dd>{process.applications}</dd>
      </dl>
      <ShareTable
        frame="Interview formats table"
        caption="Formats of their interviews"
        rows={process.formats.map((f) => ({
          key: f.format,
          label: INTERVIEW_FORMAT_LABELS[f.format],
          count: f.count,
          share: f.share,
        }))}
      />
    </>
  );
}
