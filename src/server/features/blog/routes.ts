import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  coverImage,
  MAX_COVER_BYTES,
  post,
  postInput,
  postListQuery,
  previewInput,
  previewOutput,
  scheduleInput,
} from '../../../shared/blog.ts';
import type { Tables } from '../../db/tables.ts';
import { mustUser, requireRole, type SessionUser } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { HttpError, invalid, isUniqueViolation, notFound, orNotFound } from '../../platform/errors.ts';
import { renderMarkdown } from '../../platform/markdown.ts';
import { idParams } from '../../platform/params.ts';
import { slugify } from '../../platform/slug.ts';
import { isStaffId } from '../candidates/index.ts';
import type { BlogImages } from './images.ts';
import {
  deletePost,
  findPost,
  imageExists,
  insertImage,
  insertPost,
  listPosts,
  type PostFields,
  setPublishedAt,
  slugTaken,
  toCover,
  updatePost,
} from './queries.ts';
import { normalizeTags, readingMinutes } from './reading.ts';

type Db = Kysely<Tables>;
type Input = z.output<typeof postInput>;

const slugClash = () =>
  new HttpError(409, 'slug_taken', 'Another post already uses that address.', {
    slug: 'Another post uses this address; choose another',
  });

/** The first free slug made from the title: "title", "title-2", "title-3"… */
async function freeSlug(db: Db, title: string, exceptId: number | null): Promise<string> {
  const base = slugify(title, 70);
  for (let n = 1; n <= 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(db, candidate, exceptId))) return candidate;
  }
  throw slugClash();
}

/** Checks what the schema cannot (author, cover, slug) and turns the input into columns. */
async function toFields(db: Db, input: Input, user: SessionUser, id: number | null): Promise<PostFields> {
  const fields: Record<string, string> = {};
  const authorId = input.authorId ?? user.id;
  if (authorId !== user.id && !(await isStaffId(db, authorId)))
    fields.authorId = 'Choose a recruiter or an admin';
  if (input.coverImageId !== null && !(await imageExists(db, input.coverImageId)))
    fields.coverImageId = 'Upload the cover image again';
  if (input.coverImageId !== null && !input.coverAlt)
    fields.coverAlt = 'Describe the image for people who cannot see it';
  if (Object.keys(fields).length) throw invalid('Some fields are not valid.', fields);
  let slug = input.slug;
  if (!slug) slug = await freeSlug(db, input.title, id);
  else if (await slugTaken(db, slug, id)) throw slugClash();
  return {
    title: input.title,
    slug,
    summary: input.summary,
    body: input.body,
    authorId,
    coverImageId: input.coverImageId,
    coverAlt: input.coverImageId === null ? '' : input.coverAlt,
    tags: normalizeTags(input.tags),
  };
}

/** A unique-index race on the slug is still a 409, never a 500. */
async function guardSlug<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw slugClash();
    throw err;
  }
}

/** The staff API: write, schedule, publish and unpublish posts; upload covers; preview Markdown. */
export function registerBlogRoutes(fastify: FastifyInstance, ctx: AppContext, images: BlogImages): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['blog'];
  const db = ctx.db;
  const existing = async (id: number) => orNotFound(await findPost(db, id), 'That post');

  app.get(
    '/api/v1/posts',
    { ...staff, schema: { tags, querystring: postListQuery, response: { 200: z.array(post) } } },
    async (req) => listPosts(db, req.query.status),
  );

  app.get(
    '/api/v1/posts/:id',
    { ...staff, schema: { tags, params: idParams, response: { 200: post } } },
    async (req) => existing(req.params.id),
  );

  app.post(
    '/api/v1/posts',
    { ...staff, schema: { tags, body: postInput, response: { 201: post } } },
    async (req, reply) => {
      const fields = await toFields(db, req.body, await mustUser(req), null);
      const id = await guardSlug(() => db.transaction().execute((tx) => insertPost(tx, fields)));
      return reply.status(201).send(await existing(id));
    },
  );

  app.put(
    '/api/v1/posts/:id',
    { ...staff, schema: { tags, params: idParams, body: postInput, response: { 200: post } } },
    async (req) => {
      await existing(req.params.id);
      const fields = await toFields(db, req.body, await mustUser(req), req.params.id);
      await guardSlug(() => db.transaction().execute((tx) => updatePost(tx, req.params.id, fields)));
      return existing(req.params.id);
    },
  );

  app.post(
    '/api/v1/posts/:id/publish',
    { ...staff, schema: { tags, params: idParams, response: { 200: post } } },
    async (req) => {
      const p = await existing(req.params.id);
      // Publishing a published post again keeps its date; a scheduled one goes out now.
      if (p.status !== 'published') await setPublishedAt(db, p.id, new Date().toISOString());
      return existing(p.id);
    },
  );

  app.post(
    '/api/v1/posts/:id/schedule',
    { ...staff, schema: { tags, params: idParams, body: scheduleInput, response: { 200: post } } },
    async (req) => {
      const p = await existing(req.params.id);
      const at = new Date(req.body.publishAt);
      if (at.getTime() <= Date.now())
        throw invalid('Choose a time in the future, or publish now.', {
          publishAt: 'Choose a time in the future',
        });
      await setPublishedAt(db, p.id, at.toISOString());
      return existing(p.id);
    },
  );

  app.post(
    '/api/v1/posts/:id/unpublish',
    { ...staff, schema: { tags, params: idParams, response: { 200: post } } },
    async (req) => {
      const p = await existing(req.params.id);
      await setPublishedAt(db, p.id, null);
      return existing(p.id);
    },
  );

  app.delete('/api/v1/posts/:id', { ...staff, schema: { tags, params: idParams } }, async (req, reply) => {
    if (!(await deletePost(db, req.params.id))) throw notFound('That post');
    return reply.status(204).send();
  });

  app.post(
    '/api/v1/posts/preview',
    { ...staff, schema: { tags, body: previewInput, response: { 200: previewOutput } } },
    async (req) => ({ html: renderMarkdown(req.body.body), readingMinutes: readingMinutes(req.body.body) }),
  );

  app.post(
    '/api/v1/posts/images',
    {
      ...staff,
      schema: {
        tags,
        description: 'multipart/form-data with one file field `image`: JPEG, PNG or WebP up to 5 MB.',
        response: { 201: coverImage },
      },
    },
    async (req, reply) => {
      const user = await mustUser(req);
      const choose = () => invalid('Choose an image to upload.', { image: 'Choose a file' });
      if (!req.isMultipart()) throw choose();
      let data: Buffer | null = null;
      for await (const part of req.parts({ limits: { fileSize: MAX_COVER_BYTES } })) {
        if (part.type !== 'file') continue;
        const buf = await (part as MultipartFile).toBuffer();
        if (part.fieldname === 'image' && buf.length > 0) data = buf;
      }
      if (!data) throw choose();
      const stored = await images.save(data);
      try {
        const id = await insertImage(db, stored, user.id);
        return reply.status(201).send(toCover(id, stored));
      } catch (err) {
        await images.remove(stored.key, stored.widths);
        throw err;
      }
    },
  );
}
