// Debriefs: what a candidate (or their recruiter) learned from an interview, each part with
// its own visibility; the pipeline keeps their outcome, the outbox asks for them.
export { moveDebriefs } from './merge.ts';
export { followStage, outcomeOfStage } from './outcome.ts';
export { DEBRIEF_REQUEST, scheduleDebriefRequests } from './requests.ts';
export { registerDebriefs } from './routes.ts';
