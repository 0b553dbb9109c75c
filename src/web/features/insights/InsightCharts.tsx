import { useMemo } from 'react';
import type { FieldInsight } from '../../../shared/insights.ts';
import { TableFrame } from '../../ui/Page.tsx';
import { count } from '../reports/words.ts';
import { difficultyChart, type ShareChart, shareChart, weeksChart } from './charts.ts';
import { InsightFigure } from './InsightFigure.tsx';
import { ShareTable } from './ShareTable.tsx';
import { difficultyWords, periodOfWeek, weekLabel } from './words.ts';

// The chart sections of an insight page: formats met unannounced, difficulty, weekly volume.

type Body = Omit<FieldInsight, 'field'>;

export function FormatsSection({ formats, caption }: { formats: Body['formats']; caption: string }) {
  const chart = useMemo<ShareChart>(
    () => ({
      rows: formats.map((f) => ({ label: f.label, share: f.share })),
      ariaLabel: 'Formats candidates met unannounced, as a share of interviews',
    }),
    [formats],
  );
  return (
    <InsightFigure
      title="Formats met unannounced"
      caption={caption}
      data={chart}
      draw={shareChart}
      empty={formats.length === 0 ? 'Nobody reported a format they were not told about.' : null}
    >
      <ShareTable
        frame="Formats table"
        caption="Formats met unannounced"
        rows={formats.map((f) => ({ key: f.surprise, label: f.label, count: f.count, share: f.share }))}
      />
    </InsightFigure>
  );
}

export function DifficultySection({
  difficulty,
  caption,
}: {
  difficulty: Body['difficulty'];
  caption: string;
}) {
  const levels = difficulty?.levels ?? [];
  return (
    <InsightFigure
      title="Difficulty"
      caption={
        difficulty
          ? `${caption} On average ${difficultyWords(difficulty.average)}, from ${count(difficulty.ratings, 'rating')}.`
          : caption
      }
      data={levels}
      draw={difficultyChart}
      empty={difficulty && difficulty.ratings > 0 ? null : 'Nobody rated the difficulty in this period.'}
    >
      <TableFrame label="Difficulty table">
        <table>
          <caption>Ratings at each level, 1 easy to 5 hard</caption>
          <thead>
            <tr>
              <th scope="col">Difficulty</th>
              <th scope="col" className="number">
                Ratings
              </th>
            </tr>
          </thead>
          <tbody>
            {levels.map((n, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the five levels are fixed positions
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td className="number">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </InsightFigure>
  );
}

export function WeeksSection({
  weeks,
  period,
  caption,
}: Pick<Body, 'weeks' | 'period'> & { caption: string }) {
  const data = useMemo(() => ({ weeks, period }), [weeks, period]);
  return (
    <InsightFigure
      title="Interviews per week"
      caption={caption}
      data={data}
      draw={weeksChart}
      empty={weeks.every((w) => w.interviews === 0) ? 'No interviews were debriefed in these weeks.' : null}
    >
      <TableFrame label="Interviews per week table">
        <table>
          <caption>Interviews debriefed per week</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Period</th>
              <th scope="col" className="number">
                Interviews
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <th scope="row">{weekLabel(w.week)}</th>
                <td>{periodOfWeek(w.week, period.from)}</td>
                <td className="number">{w.interviews}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </InsightFigure>
  );
}
