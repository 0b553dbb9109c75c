import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { registerInsightRoutes } from './routes.ts';

export { betterThanExpectedAt } from './better.ts';
export { MIN_CONTRIBUTORS } from './privacy.ts';
export { rebuildInsights } from './rebuild.ts';
export { forgetDebriefs, recountDebrief, refreshPeople, talliesOf } from './rollups.ts';
export { suggestionsFor } from './suggest-query.ts';

/** The migration that adds the rollups; existing debriefs are counted when it runs. */
export const INSIGHT_ROLLUPS_MIGRATION = '023_insight_rollups';

import { registerSuggestions } from './suggest-routes.ts';

// Insight from debriefs: field and company pages, a seeker's gaps, and better-suited openings.
// Counts are kept in rollups as debriefs change (rollups.ts), so pages read a few rows.

export function registerInsights(app: FastifyInstance, ctx: AppContext): void {
  registerInsightRoutes(app, ctx);
  registerSuggestions(app, ctx);
}
