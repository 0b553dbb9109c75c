// Timed writing tests: job seekers write against the clock; staff read and give feedback.
export { registerWriting } from './routes.ts';
