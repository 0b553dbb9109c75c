import type { FastifyInstance } from 'fastify';
import type { ReactElement } from 'react';
import { commentForm } from '../../../shared/comments.ts';
import { isStaff, type SessionUser } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { issuesToFields } from '../../platform/errors.ts';
import { formField } from '../../platform/input.ts';
import { sendHtml } from '../../platform/pages.tsx';
import { formRateLimit, keptStamp, publicFormScope } from '../../platform/public-form.ts';
import { HONEYPOT_FIELD, hashIp, STAMP_FIELD, signFormStamp, spamReason } from '../../platform/spam.ts';
import { getSetting } from '../access/settings.ts';
import { ownCommentIds, rememberOwnComment } from './cookie.ts';
import { moderate } from './moderation.ts';
import { notifyReplies } from './notify.ts';
import { renderCommentErrors, renderTooMany } from './pages.tsx';
import {
  approvedOnPost,
  findOpenPost,
  insertComment,
  isKnownCommenter,
  listForPost,
  type PostRef,
  parentsOnPost,
} from './queries.ts';
import { cappedParent } from './thread.ts';
import { CommentSection, type CommentValues, EMPTY_COMMENT } from './view.tsx';

function readValues(body: unknown): CommentValues {
  return {
    name: formField(body, 'name'),
    email: formField(body, 'email'),
    website: formField(body, 'website'),
    comment: formField(body, 'comment'),
    notify: formField(body, 'notify') === 'yes',
  };
}

const prefill = (user: SessionUser | null): CommentValues =>
  user ? { ...EMPTY_COMMENT, name: user.name, email: user.email } : EMPTY_COMMENT;

const replyToId = (req: { query: unknown }): number | null => {
  const raw = (req.query as Record<string, unknown> | undefined)?.replyto;
  const n = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  return n && n > 0 ? n : null;
};

/** The comments and the "Leave a Reply" form under a post, for the blog's post page. */
export async function commentSection(
  ctx: AppContext,
  req: { headers: { cookie?: string | undefined }; query: unknown },
  user: SessionUser | null,
  post: PostRef,
): Promise<ReactElement> {
  const comments = await listForPost(ctx.db, post.id, ownCommentIds(req, ctx.config.secret));
  const wanted = replyToId(req);
  const replyTo = comments.find((c) => c.id === wanted && c.status === 'approved') ?? null;
  const state = {
    values: prefill(user),
    errors: {},
    stamp: signFormStamp(ctx.config.secret, Date.now()),
    replyTo,
  };
  return <CommentSection post={post} comments={comments} state={state} />;
}

/** POST /blog/:slug/comments: stores a comment (held, approved or filed as spam) and goes back. */
export function registerCommentPosting(app: FastifyInstance, ctx: AppContext): void {
  const secret = ctx.config.secret;
  const ipKey = (req: { ip: string }) => hashIp(secret, req.ip);
  const secure = ctx.site.publicUrl.startsWith('https:');

  publicFormScope(
    app,
    () => renderTooMany(ctx.site),
    (scope) => {
      scope.post<{ Params: { slug: string } }>(
        '/blog/:slug/comments',
        { schema: { hide: true }, config: formRateLimit(ctx) },
        async (req, reply) => {
          const user = await req.currentUser();
          const post = await findOpenPost(ctx.db, req.params.slug.slice(0, 200));
          if (!post)
            return reply.status(404).type('text/plain; charset=utf-8').send('That post was not found.');
          const values = readValues(req.body);
          const posted = formField(req.body, STAMP_FIELD);
          const stamp = keptStamp(secret, posted);
          const parentRaw = formField(req.body, 'parent');
          const wanted = /^\d{1,9}$/.test(parentRaw) ? Number(parentRaw) : null;
          const parentOk = wanted !== null && wanted > 0 && (await approvedOnPost(ctx.db, post.id, wanted));
          const parsed = commentForm.safeParse({
            name: values.name,
            email: values.email,
            website: values.website,
            body: values.comment,
            parentId: parentOk ? wanted : null,
            notify: values.notify,
          });
          if (!parsed.success) {
            const errors = issuesToFields(parsed.error.issues);
            if (errors.body) errors.comment = errors.body;
            delete errors.body;
            const replyTo = parentOk
              ? ((await listForPost(ctx.db, post.id, [])).find((c) => c.id === wanted) ?? null)
              : null;
            return sendHtml(
              reply,
              renderCommentErrors(ctx.site, user, post, { values, errors, stamp, replyTo }),
              400,
            );
          }
          const form = parsed.data;
          const byStaff = isStaff(user);
          const spam = byStaff
            ? null
            : spamReason({
                secret,
                honeypot: formField(req.body, HONEYPOT_FIELD),
                stamp: posted,
                texts: [form.name, form.website, form.body],
                words: await getSetting(ctx.db, 'spamWords'),
                now: Date.now(),
              });
          const status = moderate({
            spam,
            byStaff,
            holdAll: await getSetting(ctx.db, 'holdAllComments'),
            knownCommenter: await isKnownCommenter(ctx.db, form.email),
          });
          const parentId =
            form.parentId === null ? null : cappedParent(form.parentId, await parentsOnPost(ctx.db, post.id));
          const id = await insertComment(ctx.db, {
            postId: post.id,
            parentId,
            status,
            spamReason: spam,
            name: form.name,
            email: form.email,
            website: form.website,
            body: form.body,
            ipHash: ipKey(req),
            notify: form.notify,
            userId: user?.id ?? null,
          });
          if (status === 'approved') await notifyReplies(ctx, [id]);
          // Spam is answered like a held comment, so a bot learns nothing.
          if (status !== 'approved') rememberOwnComment(req, reply, secret, id, secure);
          return reply.redirect(`/blog/${post.slug}#comment-${id}`, 303);
        },
      );
    },
  );
}
