import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { MAX_RESUME_BYTES } from '../shared/applications.ts';
import type { Config } from './config.ts';
import { connect, type Db } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { registerAccess } from './features/access/index.ts';
import { registerAccounts } from './features/accounts/routes.ts';
import { registerApplications } from './features/applications/routes.ts';
import { registerBlog } from './features/blog/index.ts';
import { registerCalendars } from './features/calendars/index.ts';
import { registerCandidates } from './features/candidates/index.ts';
import { registerComments } from './features/comments/index.ts';
import { registerCompanies } from './features/companies/index.ts';
import { registerContacts } from './features/contacts/routes.ts';
import { registerDebriefs } from './features/debriefs/index.ts';
import { registerGroupPractice } from './features/group-practice/index.ts';
import { registerExports, registerImports } from './features/imports/index.ts';
import { INSIGHT_ROLLUPS_MIGRATION, rebuildInsights, registerInsights } from './features/insights/index.ts';
import { registerInterviews } from './features/interviews/index.ts';
import { registerLeads } from './features/leads/index.ts';
import { registerMockInterviews } from './features/mock-interviews/index.ts';
import { registerNotes } from './features/notes/index.ts';
import { registerHome } from './features/openings/home.tsx';
import { registerOpeningPages } from './features/openings/pages.tsx';
import { registerOpenings } from './features/openings/routes.ts';
import { registerPipeline } from './features/pipeline/index.ts';
import { registerPractice, seedQuestionBank } from './features/practice/index.ts';
import { registerReports } from './features/reports/index.ts';
import { registerResumes } from './features/resumes/index.ts';
import { registerSkills } from './features/skills/index.ts';
import { registerTasks } from './features/tasks/index.ts';
import { registerWriting } from './features/writing/index.ts';
import { createAuth, registerAuth } from './platform/auth.ts';
import type { AppContext } from './platform/context.ts';
import { registerCsrf } from './platform/csrf.ts';
import { errorBody, registerErrorHandler } from './platform/errors.ts';
import { Events } from './platform/events.ts';
import { registerInputGuard } from './platform/input.ts';
import { requestLog } from './platform/logging.ts';
import { createDeliver, type Deliver } from './platform/mail.ts';
import { Dispatcher, enqueueMail } from './platform/outbox.ts';
import { FileStore } from './platform/storage.ts';

export interface BuildOptions {
  /** An already open database (tests pass one per worker). */
  database?: Db;
  /** Replace mail delivery (tests). */
  deliver?: Deliver;
  /** Skip the background dispatcher loop; tests drain it by hand. */
  dispatchInterval?: number | null;
  logger?: boolean;
}

export interface BuiltApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: Db;
}

const root = resolve(import.meta.dirname, '../..');

/** Builds the whole application: platform plugins first, then each feature. */
export async function buildApp(config: Config, opts: BuildOptions = {}): Promise<BuiltApp> {
  const database = opts.database ?? connect(config.databaseUrl);
  const migrated = await migrateToLatest(database.db);
  // Debriefs written before insight kept rollups are counted once, on the upgrade that adds them.
  if (migrated.includes(INSIGHT_ROLLUPS_MIGRATION)) await rebuildInsights(database.db);
  await seedQuestionBank(database.db);

  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : { level: config.logLevel, serializers: { req: requestLog(config.secret) } },
    bodyLimit: 256 * 1024,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    // Malformed URLs (e.g. a bad percent-escape) get the one error shape too.
    frameworkErrors: (_error, _request, reply) => {
      // The reply's generic type here knows no routes; any status is fine for a framework error.
      (reply as unknown as FastifyReply).status(400).send(errorBody('bad_url', 'That address is not valid.'));
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  const deliver =
    opts.deliver ??
    createDeliver({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      outboxDir: join(config.dataDir, 'outbox'),
    });
  const dispatcher = new Dispatcher(database.db, database.dialect, deliver, app.log);
  const sendMail: AppContext['sendMail'] = async (message) => {
    await enqueueMail(database.db, message);
    void dispatcher.kick();
  };
  const ctx: AppContext = {
    config,
    db: database.db,
    dialect: database.dialect,
    database,
    auth: createAuth({ db: database.db, dialect: database.dialect, config, sendMail }),
    site: { ...config.agency, publicUrl: config.publicUrl },
    files: new FileStore(join(config.dataDir, 'files')),
    dispatcher,
    events: new Events(),
    sendMail,
  };

  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(multipart, {
    limits: { fileSize: MAX_RESUME_BYTES, files: 1, fields: 10, fieldSize: 20_000, parts: 12 },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: `${config.agency.name} API`, version: '1' },
      servers: [{ url: config.publicUrl }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerCsrf(app, config.publicUrl);
  registerInputGuard(app);
  registerAuth(app, ctx.auth, config.publicUrl);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('x-frame-options', 'DENY');
  });

  await app.register(fastifyStatic, {
    root: join(root, 'src/web/public'),
    prefix: '/static/',
    decorateReply: true,
  });
  registerWebApp(app);

  registerAccounts(app, ctx);
  registerCompanies(app, ctx);
  registerContacts(app, ctx);
  registerCandidates(app, ctx);
  registerSkills(app);
  registerOpenings(app, ctx);
  registerApplications(app, ctx);
  registerPipeline(app, ctx);
  registerResumes(app, ctx);
  registerImports(app, ctx);
  registerExports(app, ctx);
  registerAccess(app, ctx);
  registerReports(app, ctx);
  registerNotes(app, ctx);
  registerTasks(app, ctx);
  registerInterviews(app, ctx);
  registerCalendars(app, ctx);
  registerPractice(app, ctx);
  registerWriting(app, ctx);
  registerDebriefs(app, ctx);
  registerInsights(app, ctx);
  registerGroupPractice(app, ctx);
  registerMockInterviews(app, ctx);
  registerOpeningPages(app, ctx);
  registerLeads(app, ctx);
  registerBlog(app, ctx);
  registerComments(app, ctx);
  registerHome(app, ctx);

  if (opts.dispatchInterval !== null) dispatcher.start(opts.dispatchInterval ?? 5000);
  app.addHook('onClose', async () => {
    await dispatcher.stop();
    if (!opts.database) await database.close();
  });
  return { app, ctx, database };
}

/** Serves the built React app under /app (index.html for every client-side route). */
function registerWebApp(app: FastifyInstance): void {
  const dist = join(root, 'dist/web');
  if (!existsSync(join(dist, 'index.html'))) {
    app.get('/app/*', async (_req, reply) =>
      reply.status(503).type('text/plain').send('The web app is not built yet. Run `npm run build`.'),
    );
    return;
  }
  app.register(fastifyStatic, {
    root: join(dist, 'assets'),
    prefix: '/app/assets/',
    decorateReply: false,
    immutable: true,
    maxAge: '1y',
  });
  const serveIndex = async (_req: unknown, reply: FastifyReply) =>
    reply
      .header('cache-control', 'no-cache')
      .header(
        'content-security-policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
      )
      .sendFile('index.html', dist);
  app.get('/app', serveIndex);
  app.get('/app/*', serveIndex);
}
