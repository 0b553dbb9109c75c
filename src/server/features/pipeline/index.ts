// Pipelines: stages, applications and their moves, and the job seeker's view of them.
export { insertApplication } from './moves.ts';
export { listApplications } from './queries.ts';
export { registerPipeline } from './routes.ts';
export { seekerApplications } from './seeker.ts';
export { listStages } from './stages.ts';
