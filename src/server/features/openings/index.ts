// What other features may use of openings.
export { insertOpening, listOpenings } from './queries.ts';
