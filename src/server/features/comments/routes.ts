import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  COMMENT_PAGE_SIZE,
  type CommentAction,
  type CommentStatus,
  commentBulk,
  commentBulkResult,
  commentCount,
  commentEdit,
  commentQuery,
  commentQueue,
  commentReply,
  commentSettings,
  staffComment,
} from '../../../shared/comments.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { invalid, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { getSetting, putSetting } from '../access/settings.ts';
import { notifyReplies } from './notify.ts';
import {
  countQueue,
  deleteComments,
  editComment,
  findStaffComment,
  insertComment,
  listQueue,
  parentsOnPost,
  setStatus,
} from './queries.ts';
import { cappedParent } from './thread.ts';

const TARGET: Record<Exclude<CommentAction, 'delete'>, CommentStatus> = {
  approve: 'approved',
  unapprove: 'pending',
  spam: 'spam',
  trash: 'trash',
};

/** The staff moderation queue: the only place a commenter's email is ever shown. */
export function registerCommentRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['comments'];
  const mustComment = async (id: number) => orNotFound(await findStaffComment(ctx.db, id), 'That comment');

  async function apply(ids: number[], action: CommentAction): Promise<number> {
    if (action === 'delete') return deleteComments(ctx.db, ids);
    const moved = await setStatus(ctx.db, ids, TARGET[action]);
    if (action === 'approve') await notifyReplies(ctx, moved);
    return moved.length;
  }

  app.get(
    '/api/v1/comments',
    { ...staff, schema: { tags, querystring: commentQuery, response: { 200: commentQueue } } },
    async (req) => ({
      comments: await listQueue(ctx.db, req.query.status, req.query.page),
      page: req.query.page,
      pageSize: COMMENT_PAGE_SIZE,
      counts: await countQueue(ctx.db),
    }),
  );

  app.get(
    '/api/v1/comments/count',
    { ...staff, schema: { tags, response: { 200: commentCount } } },
    async () => ({ pending: (await countQueue(ctx.db)).pending }),
  );

  app.get(
    '/api/v1/comments/settings',
    { ...staff, schema: { tags, response: { 200: commentSettings } } },
    async () => ({ holdAll: await getSetting(ctx.db, 'holdAllComments') }),
  );

  app.put(
    '/api/v1/comments/settings',
    { ...staff, schema: { tags, body: commentSettings, response: { 200: commentSettings } } },
    async (req) => {
      await putSetting(ctx.db, 'holdAllComments', req.body.holdAll);
      return req.body;
    },
  );

  app.post(
    '/api/v1/comments/bulk',
    { ...staff, schema: { tags, body: commentBulk, response: { 200: commentBulkResult } } },
    async (req) => ({ changed: await apply([...new Set(req.body.ids)], req.body.action) }),
  );

  app.get(
    '/api/v1/comments/:id',
    { ...staff, schema: { tags, params: idParams, response: { 200: staffComment } } },
    async (req) => mustComment(req.params.id),
  );

  app.put(
    '/api/v1/comments/:id',
    { ...staff, schema: { tags, params: idParams, body: commentEdit, response: { 200: staffComment } } },
    async (req) => {
      await mustComment(req.params.id);
      await editComment(ctx.db, req.params.id, req.body);
      return mustComment(req.params.id);
    },
  );

  app.post(
    '/api/v1/comments/:id/reply',
    { ...staff, schema: { tags, params: idParams, body: commentReply, response: { 201: staffComment } } },
    async (req, reply) => {
      const parent = await mustComment(req.params.id);
      if (parent.status === 'spam' || parent.status === 'trash')
        throw invalid('Approve the comment before replying to it.', { body: 'Approve the comment first' });
      // Replying to a held comment approves it, as a recruiter would expect.
      await apply([parent.id], 'approve');
      const user = await mustUser(req);
      const id = await insertComment(ctx.db, {
        postId: parent.postId,
        parentId: cappedParent(parent.id, await parentsOnPost(ctx.db, parent.postId)),
        status: 'approved',
        spamReason: null,
        name: user.name,
        email: user.email,
        website: '',
        body: req.body.body,
        ipHash: '',
        notify: false,
        userId: user.id,
      });
      await notifyReplies(ctx, [id]);
      return reply.status(201).send(await mustComment(id));
    },
  );
}
