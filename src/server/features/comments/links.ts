import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { formField } from '../../platform/input.ts';
import { sendHtml } from '../../platform/pages.tsx';
import { formRateLimit, publicFormScope } from '../../platform/public-form.ts';
import { DELETE_LINK_HOURS, deleteUrl } from './notify.ts';
import { renderBadLink, renderConfirm, renderDeleteRequest, renderDone, renderTooMany } from './pages.tsx';
import { deleteComments, idsByEmail, stopReplyMail } from './queries.ts';
import { readToken, type TokenPurpose } from './tokens.ts';

// Signed links from our mails: one-click unsubscribe from reply mail, and deletion of every
// comment written with an email. A GET shows a confirm page (mail scanners follow links); the
// POST does it. RFC 8058 one-click unsubscribe POSTs to the same address with the token in it.

const emailSchema = z.string().trim().toLowerCase().max(254).email('Please enter a valid email address');

function tokenFrom(req: FastifyRequest): unknown {
  const q = (req.query as Record<string, unknown> | undefined)?.token;
  return formField(req.body, 'token') || q;
}

/** The email a token was signed for, or an error page already sent. */
function checked(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, purpose: TokenPurpose) {
  const check = readToken(ctx.config.secret, purpose, tokenFrom(req), Date.now());
  if (check.ok) return check.value;
  sendHtml(
    reply,
    renderBadLink(ctx.site, check.reason === 'expired'),
    check.reason === 'expired' ? 410 : 400,
  );
  return null;
}

export function registerCommentLinks(app: FastifyInstance, ctx: AppContext): void {
  const unsub = '/blog/comments/unsubscribe';
  const confirm = '/blog/comments/delete/confirm';

  app.get(unsub, { schema: { hide: true } }, async (req, reply) => {
    if (checked(ctx, req, reply, 'comment-unsubscribe.v1') === null) return reply;
    return sendHtml(
      reply,
      renderConfirm(ctx.site, {
        title: 'Stop reply emails',
        text: 'You will no longer get an email when someone replies to your comments.',
        action: unsub,
        token: String(tokenFrom(req)),
        button: 'Unsubscribe',
      }),
    );
  });

  app.post(unsub, { schema: { hide: true } }, async (req, reply) => {
    const email = checked(ctx, req, reply, 'comment-unsubscribe.v1');
    if (email === null) return reply;
    await stopReplyMail(ctx.db, email);
    return sendHtml(
      reply,
      renderDone(ctx.site, 'You are unsubscribed', 'We will not email you about replies again.'),
    );
  });

  app.get(confirm, { schema: { hide: true } }, async (req, reply) => {
    if (checked(ctx, req, reply, 'comment-delete.v1') === null) return reply;
    return sendHtml(
      reply,
      renderConfirm(ctx.site, {
        title: 'Delete your comments',
        text: 'Every comment written with your email address will be deleted. This cannot be undone.',
        action: confirm,
        token: String(tokenFrom(req)),
        button: 'Delete my comments',
      }),
    );
  });

  app.post(confirm, { schema: { hide: true } }, async (req, reply) => {
    const email = checked(ctx, req, reply, 'comment-delete.v1');
    if (email === null) return reply;
    const n = await deleteComments(ctx.db, await idsByEmail(ctx.db, email));
    const text = n === 1 ? 'Your comment has been deleted.' : `Your ${n} comments have been deleted.`;
    return sendHtml(
      reply,
      renderDone(ctx.site, 'Comments deleted', n ? text : 'There were no comments to delete.'),
    );
  });

  app.get('/blog/comments/delete', { schema: { hide: true } }, async (req, reply) =>
    sendHtml(reply, renderDeleteRequest(ctx.site, await req.currentUser(), { email: '', error: null })),
  );

  publicFormScope(
    app,
    () => renderTooMany(ctx.site),
    (scope) => {
      scope.post(
        '/blog/comments/delete',
        { schema: { hide: true }, config: formRateLimit(ctx) },
        async (req, reply) => {
          const typed = formField(req.body, 'email');
          const parsed = emailSchema.safeParse(typed);
          if (!parsed.success) {
            const error = parsed.error.issues[0]?.message ?? 'Please enter a valid email address';
            return sendHtml(
              reply,
              renderDeleteRequest(ctx.site, await req.currentUser(), { email: typed, error }),
              400,
            );
          }
          // The same answer either way, so the form cannot tell anyone who has commented.
          if ((await idsByEmail(ctx.db, parsed.data)).length) {
            await ctx.sendMail({
              to: parsed.data,
              subject: `Delete your comments on ${ctx.site.name}`,
              text: `Hello,\n\nSomeone (we hope you) asked to delete the comments written with this email address on ${ctx.site.name}.\n\nTo delete them, follow this link within ${DELETE_LINK_HOURS} hours:\n${deleteUrl(ctx, parsed.data)}\n\nIf you did not ask, ignore this email and nothing changes.\n\n${ctx.site.name}`,
            });
          }
          return sendHtml(
            reply,
            renderDone(
              ctx.site,
              'Check your email',
              'If we have comments written with that address, we have sent it a link to delete them.',
            ),
          );
        },
      );
    },
  );
}
