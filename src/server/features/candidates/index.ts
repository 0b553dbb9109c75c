// What other features may use of candidate records.
export { ensureCandidateForUser, isStaffId } from './queries.ts';
export { registerCandidates } from './routes.ts';
