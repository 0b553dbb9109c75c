// CSV imports of candidates and openings, and CSV exports of candidates, openings and applications.
export { registerExports } from './export-routes.ts';
export { registerImports } from './routes.ts';
