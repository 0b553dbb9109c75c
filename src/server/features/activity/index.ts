// The activity timeline: features record what happened; candidates and openings list it.
export { listActivity, type NewActivity, recordActivity } from './queries.ts';
