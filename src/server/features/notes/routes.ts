import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  type NoteVisibility,
  note,
  noteInput,
  noteQuery,
  noteUpdate,
  SHAREABLE_SUBJECTS,
  type SubjectType,
  seekerNote,
} from '../../../shared/notes.ts';
import type { Tables } from '../../db/tables.ts';
import { mustUser, requireRole, type SessionUser } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { forbidden, invalid, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { canChange, type Scope, scopeOf } from '../access/index.ts';
import { recordActivity } from '../activity/index.ts';
import {
  deleteNote,
  findNote,
  findSubject,
  insertNote,
  listNotes,
  type NoteRow,
  seekerNotes,
  updateNote,
} from './queries.ts';
import {
  activityTarget,
  assertChangeSubject,
  assertSeeSubject,
  excerpt,
  hasTimeline,
  NO_SUCH,
  type Subject,
} from './subjects.ts';

type Db = Kysely<Tables>;

/** The subject a request names; an id that names nothing is a field error, not a 404. */
export async function existingSubject(
  db: Db,
  type: SubjectType,
  id: number,
  field = 'subjectId',
): Promise<Subject> {
  const found = await findSubject(db, type, id);
  if (!found) throw invalid('That record does not exist.', { [field]: NO_SUCH[type] });
  return found;
}

function checkShareable(subject: Subject, visibility: NoteVisibility): void {
  if (visibility === 'shared' && !SHAREABLE_SUBJECTS.includes(subject.type))
    throw invalid('Only notes about a candidate or an application can be shared.', {
      visibility: 'Notes here stay internal',
    });
}

const present = (n: NoteRow, user: SessionUser, s: Scope, subject: Subject) => ({
  ...n,
  canChange:
    (n.author?.id === user.id || user.role === 'admin') &&
    (subject.type === 'company' || canChange(s, subject.ownerIds)),
});

/** The note and its subject, if this person may change it: the author or an admin. */
async function changeableNote(db: Db, req: FastifyRequest, id: number) {
  const user = await mustUser(req);
  const s = await scopeOf(db, user);
  const found = orNotFound(await findNote(db, id), 'That note');
  const subject = orNotFound(await findSubject(db, found.subjectType, found.subjectId), 'That note');
  assertSeeSubject(s, subject);
  if (found.author?.id !== user.id && user.role !== 'admin')
    throw forbidden('Only the note’s author or an admin can change it.');
  assertChangeSubject(s, subject);
  return { user, s, found, subject };
}

/** Notes on candidates, applications, openings and companies: staff write them; seekers read shared ones. */
export function registerNotes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['notes'];
  const db = ctx.db;

  app.get(
    '/api/v1/notes',
    { ...staff, schema: { tags, querystring: noteQuery, response: { 200: z.array(note) } } },
    async (req) => {
      const user = await mustUser(req);
      const s = await scopeOf(db, user);
      const subject = await existingSubject(db, req.query.subjectType, req.query.subjectId);
      assertSeeSubject(s, subject);
      return (await listNotes(db, subject.type, subject.id)).map((n) => present(n, user, s, subject));
    },
  );

  app.post(
    '/api/v1/notes',
    { ...staff, schema: { tags, body: noteInput, response: { 201: note } } },
    async (req, reply) => {
      const user = await mustUser(req);
      const s = await scopeOf(db, user);
      const subject = await existingSubject(db, req.body.subjectType, req.body.subjectId);
      assertChangeSubject(s, subject);
      checkShareable(subject, req.body.visibility);
      const id = await db.transaction().execute(async (tx) => {
        const created = await insertNote(tx, subject, req.body, user.id);
        if (hasTimeline(subject))
          await recordActivity(tx, {
            ...activityTarget(subject),
            kind: 'note',
            summary: `${req.body.visibility === 'shared' ? 'Shared note' : 'Note'}: ${excerpt(req.body.body)}`,
            actorId: user.id,
          });
        return created;
      });
      const created = orNotFound(await findNote(db, id), 'That note');
      return reply.status(201).send(present(created, user, s, subject));
    },
  );

  app.put(
    '/api/v1/notes/:id',
    { ...staff, schema: { tags, params: idParams, body: noteUpdate, response: { 200: note } } },
    async (req) => {
      const { user, s, subject } = await changeableNote(db, req, req.params.id);
      checkShareable(subject, req.body.visibility);
      await updateNote(db, req.params.id, req.body);
      return present(orNotFound(await findNote(db, req.params.id), 'That note'), user, s, subject);
    },
  );

  app.delete('/api/v1/notes/:id', { ...staff, schema: { tags, params: idParams } }, async (req, reply) => {
    await changeableNote(db, req, req.params.id);
    await deleteNote(db, req.params.id);
    return reply.status(204).send();
  });

  // A job seeker reads what their recruiter shared on their record; never an internal note.
  app.get(
    '/api/v1/me/notes',
    { preHandler: requireRole('candidate'), schema: { tags, response: { 200: z.array(seekerNote) } } },
    async (req) => seekerNotes(db, (await mustUser(req)).id),
  );
}
