import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { applicationFields } from '../../../shared/applications.ts';
import { seekerApplication } from '../../../shared/pipeline.ts';
import { isStaff, mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import {
  conflict,
  HttpError,
  invalid,
  issuesToFields,
  isUniqueViolation,
  notFound,
  orNotFound,
} from '../../platform/errors.ts';
import { withoutControls } from '../../platform/input.ts';
import { idParams } from '../../platform/params.ts';
import { ensureCandidateForUser } from '../candidates/index.ts';
import { insertApplication, seekerApplications } from '../pipeline/index.ts';
import { extractResumeText } from '../resumes/index.ts';
import { appliedAt, findFile, findOpeningBySlug } from './queries.ts';

const slugParams = z.object({ slug: z.string().max(200) });

interface ApplyForm {
  coverNote: string;
  resume: { data: Buffer; name: string } | null;
}

/** Reads a JSON or multipart application completely before anything is stored. */
async function readApplyForm(req: FastifyRequest): Promise<ApplyForm> {
  const fields: Record<string, string> = {};
  let resume: ApplyForm['resume'] = null;
  if (req.isMultipart()) {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'resume')
          throw invalid('Unexpected file.', { [part.fieldname]: 'Not expected' });
        const data = await (part as MultipartFile).toBuffer();
        if (data.length > 0)
          resume = { data, name: withoutControls(part.filename || 'resume').slice(0, 200) || 'resume' };
      } else {
        const value = String(part.value);
        if (value.includes('\u0000'))
          throw invalid('Remove the invisible control characters from the text.', {
            [part.fieldname]: 'Contains a NUL character',
          });
        fields[part.fieldname] = value;
      }
    }
  } else if (req.body && typeof req.body === 'object') {
    Object.assign(fields, req.body);
  }
  const parsed = applicationFields.safeParse(fields);
  if (!parsed.success) throw invalid('Some fields are not valid.', issuesToFields(parsed.error.issues));
  return { coverNote: parsed.data.coverNote, resume };
}

export function registerApplications(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const candidate = { preHandler: requireRole('candidate') };
  const tags = ['applications'];

  app.post(
    '/api/v1/jobs/:slug/applications',
    {
      ...candidate,
      schema: {
        tags,
        params: slugParams,
        description:
          'Apply with multipart/form-data (coverNote, resume: PDF or DOCX up to 5 MB) or JSON ({ coverNote }).',
        response: { 201: seekerApplication },
      },
    },
    async (req, reply) => {
      const user = await mustUser(req);
      const opening = await findOpeningBySlug(ctx.db, req.params.slug);
      if (!opening) throw notFound('That job');
      if (opening.status !== 'open')
        throw conflict('opening_closed', 'This position is closed and no longer takes applications.');
      const already = await appliedAt(ctx.db, opening.id, user.id);
      if (already) throw alreadyApplied(already);
      const form = await readApplyForm(req);
      const stored = form.resume ? await ctx.files.saveDocument(form.resume.data) : null;
      const text = stored && form.resume ? await extractResumeText(form.resume.data, stored.mimeType) : '';
      const candidateId = await ensureCandidateForUser(ctx.db, user);
      let id: number | null = null;
      try {
        id = await insertApplication(ctx.db, {
          openingId: opening.id,
          candidateId,
          origin: 'self',
          submittedBy: user.id,
          coverNote: form.coverNote,
          resume:
            stored && form.resume
              ? { ...stored, name: form.resume.name, size: form.resume.data.length, ownerId: user.id, text }
              : null,
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
      } finally {
        if (id === null && stored) await ctx.files.remove(stored.key);
      }
      if (id === null)
        throw alreadyApplied((await appliedAt(ctx.db, opening.id, user.id)) ?? new Date().toISOString());
      const [mine] = await seekerApplications(ctx.db, user.id, { applicationId: id });
      return reply.status(201).send(orNotFound(mine, 'Your application'));
    },
  );

  app.get(
    '/api/v1/jobs/:slug/application',
    { ...candidate, schema: { tags, params: slugParams, response: { 200: seekerApplication } } },
    async (req) => {
      const [mine] = await seekerApplications(ctx.db, (await mustUser(req)).id, {
        openingSlug: req.params.slug,
      });
      if (!mine) throw notFound('Your application to that job');
      return mine;
    },
  );

  // Files are served only to their owner and to staff.
  app.get('/api/v1/files/:id', { schema: { tags: ['files'], params: idParams } }, async (req, reply) => {
    const user = await mustUser(req);
    const file = await findFile(ctx.db, req.params.id);
    // Someone else's file answers exactly like a missing one, so ids reveal nothing.
    if (!file || (file.owner_id !== user.id && !isStaff(user))) throw notFound('That file');
    return reply
      .type(file.mime_type)
      .header('content-disposition', `attachment; filename="${file.original_name.replace(/[^\w. -]/g, '_')}"`)
      .header('cache-control', 'private, no-store')
      .send(ctx.files.open(file.storage_key));
  });
}

function alreadyApplied(createdAt: string): HttpError {
  const day = new Date(createdAt).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return new HttpError(409, 'already_applied', `You applied on ${day}.`);
}
