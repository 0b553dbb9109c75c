// Interviews: staff set them up from an application; candidates book, confirm and cancel
// their own, in the portal or from a signed link.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { registerFollowThrough } from './follow-through-routes.ts';
import { registerInterviewPrep } from './prep-routes.ts';
import { registerInterviewReminders } from './reminders.ts';
import { registerStaffInterviews } from './routes.ts';
import { registerSeekerInterviews } from './seeker-routes.ts';
import { registerInterviewSettings } from './settings-routes.ts';

export { foldInterviewApplication, moveInterviewBookings } from './merge.ts';
export { findInterview } from './queries.ts';
export { LINK_LIFETIME_MS, signInterviewLink, verifyInterviewLink } from './tokens.ts';

export function registerInterviews(app: FastifyInstance, ctx: AppContext): void {
  registerStaffInterviews(app, ctx);
  registerSeekerInterviews(app, ctx);
  registerInterviewPrep(app, ctx);
  registerFollowThrough(app, ctx);
  registerInterviewReminders(ctx);
  registerInterviewSettings(app, ctx);
}
