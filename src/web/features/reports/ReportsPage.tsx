import { useSearchParams } from 'react-router';
import type {
  FunnelReport,
  OpenPositionsReport,
  PlacementsBySourceReport,
  TimeToPlacementReport,
} from '../../../shared/reports.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { CHART_ROWS, funnelChart, openPositionsChart, sourcesChart, timeToPlacementChart } from './charts.ts';
import { FollowThroughFigure } from './FollowThroughFigure.tsx';
import { readFilter, toParams, useReport } from './queries.ts';
import { ReportFigure } from './ReportFigure.tsx';
import { ReportFilters } from './ReportFilters.tsx';
import { FunnelTable, OpenPositionsTable, SourcesTable, TimeToPlacementTable } from './ReportTables.tsx';
import { count, days, periodWords } from './words.ts';

const onlySome = (shown: number, all: number, what: string) =>
  all > shown ? ` The chart shows the ${shown} ${what}; the table lists all ${all}.` : '';

/** /app/reports: the funnel, time to placement, placements by source, open positions and follow-through. */
export function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const funnel = useReport<FunnelReport>('funnel', filter);
  const time = useReport<TimeToPlacementReport>('time-to-placement', filter);
  const sources = useReport<PlacementsBySourceReport>('placements-by-source', filter);
  const open = useReport<OpenPositionsReport>('open-positions', filter);

  return (
    <Page title="Reports">
      <ReportFilters key={params.toString()} filter={filter} onChange={(f) => setParams(toParams(f))} />
      <div className="reports">
        <ReportFigure
          name="funnel"
          title="Funnel"
          filter={filter}
          query={funnel}
          caption={(r) =>
            `${count(r.applications, 'application')} created ${periodWords(r.period)}, and how many reached each stage, by ${r.groupBy}.`
          }
          empty={(r) => (r.applications ? null : 'No applications were created in this period.')}
          draw={funnelChart}
          table={(r) => <FunnelTable report={r} />}
        />
        <ReportFigure
          name="time-to-placement"
          title="Time to placement"
          filter={filter}
          query={time}
          caption={(r) =>
            `${count(r.placements, 'placement')} made ${periodWords(r.period)}` +
            (r.placements
              ? `: a median of ${days(r.medianDays)} from application to placement, the middle half between ${days(r.p25Days)} and ${days(r.p75Days)}.`
              : '.') +
            onlySome(CHART_ROWS, r.openings.length, 'openings with the most placements')
          }
          empty={(r) => (r.placements ? null : 'Nobody was placed in this period.')}
          draw={timeToPlacementChart}
          table={(r) => <TimeToPlacementTable report={r} />}
        />
        <ReportFigure
          name="placements-by-source"
          title="Placements by source"
          filter={filter}
          query={sources}
          caption={(r) =>
            `${count(r.placements, 'placement')} made ${periodWords(r.period)}, by where the candidate came from.`
          }
          empty={(r) => (r.placements ? null : 'Nobody was placed in this period.')}
          draw={sourcesChart}
          table={(r) => <SourcesTable report={r} />}
        />
        <ReportFigure
          name="open-positions"
          title="Open positions by client"
          filter={filter}
          query={open}
          caption={(r) =>
            `${count(r.openPositions, 'position')} still to fill in ${count(r.openOpenings, 'open opening')} at ${count(r.companies.length, 'company', 'companies')}, as of ${formatDateTime(r.asOf)} (the period does not apply).` +
            onlySome(CHART_ROWS, r.companies.length, 'companies with the most open positions')
          }
          empty={(r) => (r.openOpenings ? null : 'No openings are open.')}
          draw={openPositionsChart}
          table={(r) => <OpenPositionsTable report={r} />}
        />
        <FollowThroughFigure filter={filter} />
      </div>
    </Page>
  );
}
