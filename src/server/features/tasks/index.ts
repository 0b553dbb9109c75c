// Staff tasks with due times, the "My day" view and reminder mails.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { registerReminders } from './reminders.ts';
import { registerTaskRoutes } from './routes.ts';

export function registerTasks(app: FastifyInstance, ctx: AppContext): void {
  registerReminders(ctx);
  registerTaskRoutes(app, ctx);
}
