import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resumeVersion } from '../../../shared/resumes.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { invalid, notFound, orNotFound } from '../../platform/errors.ts';
import { withoutControls } from '../../platform/input.ts';
import { idParams } from '../../platform/params.ts';
import { assertCanChange, assertCanSee, scopeOf } from '../access/index.ts';
import { extractResumeText } from './extract.ts';
import { addResume, listResumes } from './queries.ts';

export function registerResumes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['candidates'];

  const candidateOf = async (id: number) => {
    const c = await ctx.db
      .selectFrom('candidate')
      .select(['id', 'owner_id', 'user_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!c) throw notFound('That candidate');
    return c;
  };

  app.get(
    '/api/v1/candidates/:id/resumes',
    { ...staff, schema: { tags, params: idParams, response: { 200: z.array(resumeVersion) } } },
    async (req) => {
      const c = await candidateOf(req.params.id);
      assertCanSee(await scopeOf(ctx.db, await mustUser(req)), [c.owner_id], 'That candidate');
      return listResumes(ctx.db, c.id);
    },
  );

  app.post(
    '/api/v1/candidates/:id/resumes',
    {
      ...staff,
      schema: {
        tags,
        params: idParams,
        description: 'multipart/form-data with one file field `resume`: a PDF or DOCX up to 5 MB.',
        response: { 201: resumeVersion },
      },
    },
    async (req, reply) => {
      const user = await mustUser(req);
      const c = await candidateOf(req.params.id);
      assertCanChange(await scopeOf(ctx.db, user), [c.owner_id], 'That candidate');
      if (!req.isMultipart()) throw invalid('Choose a resume to upload.', { resume: 'Choose a file' });
      let upload: { data: Buffer; name: string } | null = null;
      for await (const part of req.parts()) {
        if (part.type === 'file' && part.fieldname === 'resume') {
          const data = await (part as MultipartFile).toBuffer();
          if (data.length > 0)
            upload = { data, name: withoutControls(part.filename || 'resume').slice(0, 200) || 'resume' };
        } else if (part.type === 'file') {
          await (part as MultipartFile).toBuffer();
        }
      }
      if (!upload) throw invalid('Choose a resume to upload.', { resume: 'Choose a file' });
      const stored = await ctx.files.saveDocument(upload.data);
      const text = await extractResumeText(upload.data, stored.mimeType);
      try {
        await ctx.db
          .transaction()
          .execute((tx) =>
            addResume(
              tx,
              c.id,
              { ...stored, name: upload.name, size: upload.data.length, ownerId: c.user_id ?? user.id, text },
              user.id,
            ),
          );
      } catch (err) {
        await ctx.files.remove(stored.key);
        throw err;
      }
      const [newest] = await listResumes(ctx.db, c.id);
      return reply.status(201).send(orNotFound(newest, 'That resume'));
    },
  );
}
