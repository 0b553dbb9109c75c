import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { availability } from '../../../shared/availability.ts';
import {
  calendarFeedCreated,
  calendarFeedStatus,
  MAX_SUGGESTIONS,
  suggestTimesInput,
  suggestTimesResult,
} from '../../../shared/calendars.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { hashToken, newToken } from '../accounts/accounts.ts';
import { feedIcs } from '../interviews/ics.ts';
import {
  contactBusy,
  deleteFeedToken,
  feedEvents,
  feedTokenOf,
  type OwnerType,
  readAvailability,
  saveFeedToken,
  userBusy,
  userOfFeed,
  writeAvailability,
} from './queries.ts';
import { defaultWeek, type Participant, suggestSlots } from './suggest.ts';

const savedAvailability = availability.safeExtend({ saved: z.boolean(), updatedAt: z.string().nullable() });

export function registerCalendars(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const signedIn = { preHandler: requireRole('candidate', 'recruiter', 'admin') };
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['calendars'];

  // ---- private feed -----------------------------------------------------------------------

  app.get(
    '/api/v1/me/calendar-feed',
    { ...signedIn, schema: { tags, response: { 200: calendarFeedStatus } } },
    async (req) => {
      const found = await feedTokenOf(ctx.db, (await mustUser(req)).id);
      return { exists: !!found, createdAt: found?.createdAt ?? null };
    },
  );

  // Creating again replaces the token, so a leaked URL stops working at once.
  app.post(
    '/api/v1/me/calendar-feed',
    { ...signedIn, schema: { tags, response: { 201: calendarFeedCreated } } },
    async (req, reply) => {
      const user = await mustUser(req);
      const token = newToken();
      const createdAt = new Date().toISOString();
      await saveFeedToken(ctx.db, user.id, hashToken(token), createdAt);
      return reply.status(201).send({ url: `${ctx.config.publicUrl}/calendar/${token}.ics`, createdAt });
    },
  );

  app.delete('/api/v1/me/calendar-feed', { ...signedIn, schema: { tags } }, async (req, reply) => {
    await deleteFeedToken(ctx.db, (await mustUser(req)).id);
    return reply.status(204).send();
  });

  // No session: calendar apps cannot sign in, so the unguessable token is the credential.
  app.get(
    '/calendar/:file',
    { schema: { hide: true, params: z.object({ file: z.string().max(100) }) } },
    async (req, reply) => {
      const match = /^([A-Za-z0-9_-]{20,})\.ics$/.exec(req.params.file);
      const user = match ? await userOfFeed(ctx.db, hashToken(match[1] as string)) : undefined;
      if (!user) throw notFound('That calendar');
      const events = await feedEvents(ctx.db, user, ctx.config.publicUrl);
      const text = feedIcs({ name: `Interviews – ${ctx.site.name}`, events });
      return reply
        .header('Cache-Control', 'private, max-age=0')
        .type('text/calendar; charset=utf-8')
        .send(text);
    },
  );

  // ---- availability -----------------------------------------------------------------------

  const show = async (type: OwnerType, id: string) => {
    const saved = await readAvailability(ctx.db, type, id);
    if (saved) return { ...saved, saved: true };
    return { ...defaultWeek('UTC'), saved: false, updatedAt: null };
  };
  const contactExists = async (id: number) =>
    !!(await ctx.db.selectFrom('contact').select('id').where('id', '=', id).executeTakeFirst());

  app.get(
    '/api/v1/me/availability',
    { ...staff, schema: { tags, response: { 200: savedAvailability } } },
    async (req) => show('user', (await mustUser(req)).id),
  );

  app.put(
    '/api/v1/me/availability',
    { ...staff, schema: { tags, body: availability, response: { 200: savedAvailability } } },
    async (req) => {
      const user = await mustUser(req);
      await writeAvailability(ctx.db, 'user', user.id, req.body);
      return show('user', user.id);
    },
  );

  app.get(
    '/api/v1/contacts/:id/availability',
    { ...staff, schema: { tags, params: idParams, response: { 200: savedAvailability } } },
    async (req) => {
      if (!(await contactExists(req.params.id))) throw notFound('That contact');
      return show('contact', String(req.params.id));
    },
  );

  app.put(
    '/api/v1/contacts/:id/availability',
    {
      ...staff,
      schema: { tags, params: idParams, body: availability, response: { 200: savedAvailability } },
    },
    async (req) => {
      if (!(await contactExists(req.params.id))) throw notFound('That contact');
      await writeAvailability(ctx.db, 'contact', String(req.params.id), req.body);
      return show('contact', String(req.params.id));
    },
  );

  // ---- suggested times --------------------------------------------------------------------

  // userIds left out means "just me"; an empty list means no staff, only the contacts.
  app.post(
    '/api/v1/interviews/suggest-times',
    { ...staff, schema: { tags, body: suggestTimesInput, response: { 200: suggestTimesResult } } },
    async (req) => {
      const me = await mustUser(req);
      const body = req.body;
      const userIds = [...new Set(body.userIds ?? [me.id])];
      const contactIds = [...new Set(body.contactIds)];
      if (userIds.length + contactIds.length === 0)
        throw invalid('Choose at least one person.', { contactIds: 'Choose at least one interviewer' });
      if (userIds.length) {
        const found = await ctx.db
          .selectFrom('user')
          .select('id')
          .where('id', 'in', userIds)
          .where('role', 'in', ['recruiter', 'admin'])
          .execute();
        if (found.length !== userIds.length)
          throw invalid('Some of those people are not staff.', { userIds: 'Choose staff members only' });
      }
      if (contactIds.length) {
        const found = await ctx.db.selectFrom('contact').select('id').where('id', 'in', contactIds).execute();
        if (found.length !== contactIds.length)
          throw invalid('Some of those interviewers do not exist.', {
            contactIds: 'Choose existing contacts',
          });
      }
      const from = new Date(body.from).toISOString();
      const to = new Date(body.to).toISOString();
      // The first person's zone is only the fallback alignment; the request's zone is used.
      const people: Participant[] = [
        ...(await Promise.all(
          userIds.map(async (id) => ({
            availability: await readAvailability(ctx.db, 'user', id),
            busy: await userBusy(ctx.db, id, from, to),
          })),
        )),
        ...(await Promise.all(
          contactIds.map(async (id) => ({
            availability: await readAvailability(ctx.db, 'contact', String(id)),
            busy: await contactBusy(ctx.db, id, from, to),
          })),
        )),
      ];
      const slots = suggestSlots(people, {
        from,
        to,
        durationMinutes: body.durationMinutes,
        zone: body.zone,
        limit: MAX_SUGGESTIONS,
        now: Temporal.Now.instant(),
      });
      return { slots };
    },
  );
}
