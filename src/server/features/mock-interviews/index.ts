// Mock interviews: a recruiter scores a candidate's answers on a rubric and shares the feedback.
export { moveMockInterviews } from './queries.ts';
export { registerMockInterviews } from './routes.ts';
