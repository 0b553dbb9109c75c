import type { FastifyInstance, FastifyReply } from 'fastify';
import { newAccount } from '../../../shared/accounts.ts';
import type { AppContext } from '../../platform/context.ts';
import { HttpError, issuesToFields } from '../../platform/errors.ts';
import { renderPage, sendHtml } from '../../platform/pages.tsx';
import { createAccount, hashToken } from './accounts.ts';
import { acceptInvitation, countAdmins, findOpenInvitation } from './queries.ts';

interface FormState {
  values: { name?: string; email?: string };
  errors: Record<string, string>;
  message?: string;
}

function AccountForm(props: { action: string; state: FormState; fixedEmail?: string; submit: string }) {
  const { values, errors } = props.state;
  const field = (
    name: 'name' | 'email' | 'password',
    labelText: string,
    type: string,
    autoComplete: string,
  ) => (
    <div className="field">
      <label htmlFor={`a-${name}`}>{labelText}</label>
      <input
        id={`a-${name}`}
        name={name}
        type={type}
        required
        autoComplete={autoComplete}
        defaultValue={
          name === 'password'
            ? undefined
            : name === 'email' && props.fixedEmail
              ? props.fixedEmail
              : values[name]
        }
        readOnly={name === 'email' && props.fixedEmail !== undefined}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `a-${name}-error` : undefined}
        {...(name === 'password' ? { minLength: 10 } : {})}
      />
      {errors[name] ? (
        <p className="error" id={`a-${name}-error`}>
          {errors[name]}
        </p>
      ) : null}
    </div>
  );
  return (
    <form method="post" action={props.action} className="stack narrow" noValidate>
      {props.state.message ? (
        <p className="error" role="alert">
          {props.state.message}
        </p>
      ) : null}
      {field('name', 'Your name', 'text', 'name')}
      {field('email', 'Email', 'email', 'email')}
      {field('password', 'Password (at least 10 characters)', 'password', 'new-password')}
      <button type="submit">{props.submit}</button>
    </form>
  );
}

function redirectWithCookies(reply: FastifyReply, cookies: string[], to: string) {
  if (cookies.length) reply.header('set-cookie', cookies);
  return reply.redirect(to, 303);
}

/** Reads a posted account form, or the errors to show with it. */
function readForm(body: unknown, fixedEmail?: string) {
  const raw = (body ?? {}) as Record<string, unknown>;
  const values = { name: String(raw.name ?? ''), email: fixedEmail ?? String(raw.email ?? '') };
  const parsed = newAccount.safeParse({ ...values, password: String(raw.password ?? '') });
  return parsed.success
    ? { ok: true as const, data: parsed.data, values }
    : { ok: false as const, values, errors: issuesToFields(parsed.error.issues) };
}

/** The first-run page that creates the admin, and the page where invited staff accept. */
export function registerAccountPages(app: FastifyInstance, ctx: AppContext): void {
  app.get('/setup', { schema: { hide: true } }, async (_req, reply) => {
    if ((await countAdmins(ctx.db)) > 0) return reply.redirect('/app/signin', 303);
    return sendHtml(reply, renderSetup(ctx, { values: {}, errors: {} }));
  });

  app.post(
    '/setup',
    { schema: { hide: true }, config: { rateLimit: { max: ctx.config.formRateLimit, timeWindow: 60_000 } } },
    async (req, reply) => {
      if ((await countAdmins(ctx.db)) > 0) return reply.redirect('/app/signin', 303);
      const form = readForm(req.body);
      if (!form.ok)
        return sendHtml(reply, renderSetup(ctx, { values: form.values, errors: form.errors }), 400);
      try {
        const { cookies } = await createAccount(ctx, { ...form.data, role: 'admin', verified: true });
        return redirectWithCookies(reply, cookies, '/app');
      } catch (err) {
        if (!(err instanceof HttpError)) throw err;
        return sendHtml(
          reply,
          renderSetup(ctx, { values: form.values, errors: {}, message: err.message }),
          err.status,
        );
      }
    },
  );

  app.get<{ Params: { token: string } }>('/invite/:token', { schema: { hide: true } }, async (req, reply) => {
    const invite = await findOpenInvitation(ctx.db, hashToken(req.params.token.slice(0, 100)));
    if (!invite) return sendHtml(reply, renderInviteGone(ctx), 404);
    return sendHtml(reply, renderInvite(ctx, req.params.token, invite, { values: {}, errors: {} }));
  });

  app.post<{ Params: { token: string } }>(
    '/invite/:token',
    { schema: { hide: true }, config: { rateLimit: { max: ctx.config.formRateLimit, timeWindow: 60_000 } } },
    async (req, reply) => {
      const invite = await findOpenInvitation(ctx.db, hashToken(req.params.token.slice(0, 100)));
      if (!invite) return sendHtml(reply, renderInviteGone(ctx), 404);
      const form = readForm(req.body, invite.email);
      if (!form.ok)
        return sendHtml(
          reply,
          renderInvite(ctx, req.params.token, invite, { values: form.values, errors: form.errors }),
          400,
        );
      try {
        // The email is unique, so a second submission of the same invitation fails here.
        const { userId, cookies } = await createAccount(ctx, {
          ...form.data,
          role: invite.role,
          verified: true,
        });
        await acceptInvitation(ctx.db, invite.id);
        await ctx.events.emit('invitation.accepted', { userId, candidateId: invite.candidateId });
        return redirectWithCookies(reply, cookies, '/app');
      } catch (err) {
        if (!(err instanceof HttpError)) throw err;
        return sendHtml(
          reply,
          renderInvite(ctx, req.params.token, invite, {
            values: form.values,
            errors: {},
            message: err.message,
          }),
          err.status,
        );
      }
    },
  );
}

function renderSetup(ctx: AppContext, state: FormState): string {
  return renderPage(
    ctx.site,
    null,
    { title: 'Set up Followthrough', noindex: true },
    <>
      <h1>Welcome to Followthrough</h1>
      <p>
        This instance has no administrator yet. Create the first account: it can invite recruiters and manage
        everything.
      </p>
      <AccountForm action="/setup" state={state} submit="Create the admin account" />
    </>,
  );
}

function renderInvite(
  ctx: AppContext,
  token: string,
  invite: { email: string; role: string },
  state: FormState,
): string {
  return renderPage(
    ctx.site,
    null,
    { title: 'Accept your invitation', noindex: true },
    <>
      <h1>Join {ctx.site.name}</h1>
      <p>You were invited as a {invite.role}. Choose your name and a password to finish.</p>
      <AccountForm
        action={`/invite/${encodeURIComponent(token)}`}
        state={state}
        fixedEmail={invite.email}
        submit="Create my account"
      />
    </>,
  );
}

function renderInviteGone(ctx: AppContext): string {
  return renderPage(
    ctx.site,
    null,
    { title: 'Invitation not valid', noindex: true },
    <>
      <h1>This invitation is no longer valid</h1>
      <p>It was used already or it expired. Ask your administrator for a new one.</p>
    </>,
  );
}
