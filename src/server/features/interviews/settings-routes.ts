import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { interviewSettings } from '../../../shared/interview-api.ts';
import { requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { getSetting, putSetting } from '../access/settings.ts';

// The agency's interview settings: when reminders go out. A change applies to times booked or
// moved after it; reminders already queued keep the hours they were queued with.

const settingsOut = z.object({ reminderHours: z.array(z.number()) });

export function registerInterviewSettings(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['settings'];
  app.get(
    '/api/v1/settings/interviews',
    { preHandler: requireRole('recruiter', 'admin'), schema: { tags, response: { 200: settingsOut } } },
    async () => ({ reminderHours: await getSetting(ctx.db, 'interviewReminderHours') }),
  );
  app.put(
    '/api/v1/settings/interviews',
    {
      preHandler: requireRole('admin'),
      schema: { tags, body: interviewSettings, response: { 200: settingsOut } },
    },
    async (req) => {
      await putSetting(ctx.db, 'interviewReminderHours', req.body.reminderHours);
      return { reminderHours: req.body.reminderHours };
    },
  );
}
