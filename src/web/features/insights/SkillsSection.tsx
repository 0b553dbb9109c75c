import { useMemo } from 'react';
import type { InsightSkill } from '../../../shared/insights.ts';
import { TableFrame } from '../../ui/Page.tsx';
import { type ShareChart, shareChart } from './charts.ts';
import { InsightFigure } from './InsightFigure.tsx';
import { TrendBadge } from './TrendBadge.tsx';
import { percent } from './words.ts';

/** The chart shows the skills asked about most; the table under it lists them all. */
const CHART_ROWS = 12;

/** A table of skills with this period's share, the share before and the trend. */
export function SkillsTable({ skills, caption }: { skills: InsightSkill[]; caption: string }) {
  return (
    <TableFrame label="Skills table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col" className="number">
              Share
            </th>
            <th scope="col" className="number">
              Before
            </th>
            <th scope="col">Trend</th>
            <th scope="col" className="number">
              People
            </th>
          </tr>
        </thead>
        <tbody>
          {skills.map((s) => (
            <tr key={s.key}>
              <th scope="row">{s.name}</th>
              <td className="number">{percent(s.share)}</td>
              <td className="number">{percent(s.previousShare)}</td>
              <td>
                <TrendBadge trend={s.trend} />
              </td>
              <td className="number">{s.people}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

/** Skills asked about: a bar chart of shares, rising and falling marked, and the full table. */
export function SkillsSection(props: { skills: InsightSkill[]; caption: string }) {
  const { skills } = props;
  const chart = useMemo<ShareChart>(
    () => ({
      rows: skills.slice(0, CHART_ROWS).map((s) => ({ label: s.name, share: s.share, trend: s.trend })),
      ariaLabel: `Skills asked about, as a share of interviews (${skills.length} in all)`,
    }),
    [skills],
  );
  const more = skills.length > CHART_ROWS ? ` The chart shows the ${CHART_ROWS} asked about most.` : '';
  return (
    <InsightFigure
      title="Skills asked about"
      caption={`${props.caption}${more} Marked ↑ rising, ↓ falling, ★ new. Share: of this period's interviews; before: of the 13 weeks before.`}
      data={chart}
      draw={shareChart}
      empty={skills.length === 0 ? 'No skills were reported in this period.' : null}
      folded={false}
    >
      <SkillsTable skills={skills} caption="Skills and their trend" />
    </InsightFigure>
  );
}
