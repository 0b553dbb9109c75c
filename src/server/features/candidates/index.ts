// What other features may use of candidate records.
export { duplicateReasons, nameKey, phoneKey } from './duplicates.ts';
export {
  ensureCandidateForUser,
  findPossibleDuplicates,
  insertCandidate,
  isStaffId,
  listCandidates,
} from './queries.ts';
export { registerCandidates } from './routes.ts';
