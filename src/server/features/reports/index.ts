// Reports for staff: the application funnel, time to placement, placements by source and open
// positions by client, each as JSON and CSV.
export { registerReports } from './routes.ts';
