import type { FastifyInstance, FastifyRequest } from 'fastify';
import { contactForm, type LeadKind } from '../../../shared/leads.ts';
import type { AppContext } from '../../platform/context.ts';
import { issuesToFields } from '../../platform/errors.ts';
import { formField } from '../../platform/input.ts';
import { sendHtml } from '../../platform/pages.tsx';
import { formRateLimit, keptStamp, publicFormScope } from '../../platform/public-form.ts';
import { HONEYPOT_FIELD, hashIp, STAMP_FIELD, signFormStamp, spamReason } from '../../platform/spam.ts';
import { getSetting } from '../access/settings.ts';
import { type ContactValues, EMPTY_CONTACT, renderContact, renderThanks, renderTooMany } from './pages.tsx';
import { insertLead } from './queries.ts';

function readValues(body: unknown): ContactValues {
  return {
    kind: formField(body, 'kind'),
    name: formField(body, 'name'),
    email: formField(body, 'email'),
    phone: formField(body, 'phone'),
    company: formField(body, 'company'),
    lookingFor: formField(body, 'lookingFor'),
    message: formField(body, 'message'),
    consent: formField(body, 'consent') === 'yes',
  };
}

/** The public contact page: GET shows the form, POST stores a lead (or quietly files spam). */
export function registerContactPages(app: FastifyInstance, ctx: AppContext): void {
  const secret = ctx.config.secret;
  const ipKey = (req: FastifyRequest) => hashIp(secret, req.ip);

  publicFormScope(
    app,
    () => renderTooMany(ctx.site),
    (scope) => {
      scope.get('/contact', { schema: { hide: true } }, async (req, reply) =>
        sendHtml(
          reply,
          renderContact(ctx.site, await req.currentUser(), {
            values: EMPTY_CONTACT,
            errors: {},
            stamp: signFormStamp(secret, Date.now()),
          }),
        ),
      );

      scope.get('/contact/thanks', { schema: { hide: true } }, async (req, reply) =>
        sendHtml(reply, renderThanks(ctx.site, await req.currentUser())),
      );

      scope.post('/contact', { schema: { hide: true }, config: formRateLimit(ctx) }, async (req, reply) => {
        const values = readValues(req.body);
        const posted = formField(req.body, STAMP_FIELD);
        const stamp = keptStamp(secret, posted);
        const parsed = contactForm.safeParse({ ...values, kind: values.kind || undefined });
        if (!parsed.success) {
          const errors = issuesToFields(parsed.error.issues);
          const html = renderContact(ctx.site, await req.currentUser(), { values, errors, stamp });
          return sendHtml(reply, html, 400);
        }
        const form = parsed.data;
        const reason = spamReason({
          secret,
          honeypot: formField(req.body, HONEYPOT_FIELD),
          stamp: posted,
          texts: [form.name, form.company, form.lookingFor, form.message],
          words: await getSetting(ctx.db, 'spamWords'),
          now: Date.now(),
        });
        await insertLead(ctx.db, {
          ...form,
          kind: form.kind as LeadKind,
          ipHash: ipKey(req),
          spamReason: reason,
        });
        // Spam sees the same thanks page, so a bot learns nothing, and gets no mail from us.
        if (!reason) {
          await ctx.sendMail({
            to: form.email,
            subject: `Thank you for contacting ${ctx.site.name}`,
            text: `Hello ${form.name},\n\nThank you for your message. A recruiter will read it and get back to you, usually within one working day.\n\nIf you did not write to us, you can ignore this email.\n\n${ctx.site.name}\n${ctx.site.publicUrl}`,
          });
        }
        return reply.redirect('/contact/thanks', 303);
      });
    },
  );
}
