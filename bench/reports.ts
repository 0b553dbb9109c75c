// Reports benchmark. Prints figures; never passes or fails.
//
//   node --import tsx bench/reports.ts [candidates=200000] [applications=1000000] [--postgres URL] [--keep]
//
// Generates the pipeline benchmark's synthetic agency (applications spread over a year, with
// their stage moves) in a fresh database, or reuses one kept by --keep, and times the report
// query functions the /api/v1/reports endpoints call (no HTTP, so the figures are the database's).
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { listStages } from '../src/server/features/pipeline/index.ts';
import { REPORT_TIME_ZONE, resolvePeriod, todayIn } from '../src/server/features/reports/periods.ts';
import {
  funnel,
  openPositions,
  placementsBySource,
  type ReportFilters,
  timeToPlacementReport,
} from '../src/server/features/reports/queries.ts';
import { measure, openBenchDatabase } from './bench-db.ts';
import { generatePipeline } from './pipeline-data.ts';
import { recruiterId } from './pipeline-words.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { postgres: { type: 'string' }, keep: { type: 'boolean' } },
});
const size = {
  candidates: Number(positionals[0] ?? 200_000),
  applications: Number(positionals[1] ?? 1_000_000),
};
const RUNS = 10;
const log = (msg: string) => console.log(msg);

async function open() {
  const opened = await openBenchDatabase(`reports_${size.candidates}_${size.applications}`, values);
  const { database, fresh } = opened;
  if (fresh) {
    log(`Generating ${size.applications.toLocaleString()} applications…`);
    await generatePipeline(database, size, log);
    if (database.dialect === 'postgres')
      for (const t of ['opening', 'candidate', 'application', 'stage_move'])
        await sql`VACUUM ANALYZE ${sql.table(t)}`.execute(database.db);
  }
  return opened;
}

async function main(): Promise<void> {
  // SQLite reads run on unref'd worker threads; without a timer the process would exit mid-read.
  const keepAlive = setInterval(() => {}, 60_000);
  const { database, label, cleanup } = await open();
  const stages = await listStages(database.db);
  const check = resolvePeriod({}, todayIn(REPORT_TIME_ZONE));
  if (!check.ok) throw new Error(check.message);
  const year = resolvePeriod(
    { from: todayIn(REPORT_TIME_ZONE, new Date(Date.now() - 365 * 86_400_000)) },
    todayIn(REPORT_TIME_ZONE),
  );
  if (!year.ok) throw new Error(year.message);
  const all: ReportFilters = { period: check.period, onlyOwner: null };
  const cases: [string, ReportFilters][] = [
    ['last 90 days', all],
    ['last 365 days', { ...all, period: year.period }],
    ['last 90 days, own-only recruiter', { ...all, onlyOwner: recruiterId(1) }],
    ['last 90 days, one company', { ...all, companyId: 1 }],
  ];
  log(`\n${label}: ms over ${RUNS} runs after a warm-up        median     max`);
  for (const [name, f] of cases) {
    await measure(`funnel by month: ${name}`, async () => {
      const r = await funnel(database, stages, f, { groupBy: 'month', byOpening: false });
      return `${r.applications.toLocaleString()} applications`;
    });
    await measure(`funnel by week and opening: ${name}`, async () => {
      const r = await funnel(database, stages, f, { groupBy: 'week', byOpening: true });
      return `${r.openings.length.toLocaleString()} openings`;
    });
    await measure(`time to placement: ${name}`, async () => {
      const r = await timeToPlacementReport(database, stages, f);
      return `${r.placements.toLocaleString()} placements, median ${r.medianDays} days`;
    });
    await measure(`placements by source: ${name}`, async () => {
      const r = await placementsBySource(database, stages, f);
      return `${r.placements.toLocaleString()} placements`;
    });
  }
  await measure('open positions: everything', async () => {
    const r = await openPositions(database, stages, { onlyOwner: null });
    return `${r.openPositions.toLocaleString()} positions in ${r.companies.length.toLocaleString()} companies`;
  });
  await measure('open positions: own-only recruiter', async () => {
    const r = await openPositions(database, stages, { onlyOwner: recruiterId(1) });
    return `${r.openPositions.toLocaleString()} positions`;
  });
  await cleanup();
  clearInterval(keepAlive);
}

await main();
