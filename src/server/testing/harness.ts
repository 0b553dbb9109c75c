import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import type { Role } from '../../shared/vocabulary.ts';
import { buildApp } from '../app.ts';
import { type Config, readConfig } from '../config.ts';
import { connect, type Db } from '../db/connect.ts';
import { createAccount } from '../features/accounts/accounts.ts';
import type { AppContext } from '../platform/context.ts';
import type { MailMessage } from '../platform/mail.ts';

/** A test's own database: a temp SQLite file, or a fresh schema on the test PostgreSQL server. */
export async function testDatabase(): Promise<{ database: Db; drop: () => Promise<void>; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ft-test-'));
  if (process.env.TEST_DB === 'postgres') {
    const url = process.env.TEST_POSTGRES_URL;
    if (!url) throw new Error('TEST_DB=postgres needs TEST_POSTGRES_URL');
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const database = connect(url, { schema, poolSize: 4 });
    return {
      database,
      dataDir,
      drop: async () => {
        await database.close();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const database = connect(`sqlite:${join(dataDir, 'test.db')}`);
  return {
    database,
    dataDir,
    drop: async () => {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  config: Config;
  /** Every mail delivered so far (call deliverMail first). */
  mails: MailMessage[];
  deliverMail(): Promise<MailMessage[]>;
  close(): Promise<void>;
}

export async function testApp(env: Record<string, string> = {}): Promise<TestApp> {
  const { database, drop, dataDir } = await testDatabase();
  const config: Config = {
    ...readConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      AUTH_RATE_LIMIT: '1000',
      FORM_RATE_LIMIT: '1000',
      ...env,
    }),
    secret: 'test-secret-that-is-long-enough-for-better-auth',
  };
  const mails: MailMessage[] = [];
  const { app, ctx } = await buildApp(config, {
    database,
    logger: false,
    dispatchInterval: null,
    deliver: async (m) => {
      mails.push(m);
    },
  });
  await app.ready();
  return {
    app,
    ctx,
    config,
    mails,
    deliverMail: async () => {
      await ctx.dispatcher.drain();
      return mails;
    },
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

let counter = 0;
export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}-${randomBytes(2).toString('hex')}@example.test`;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  cookie: string;
}

/** Creates an account with a role and returns its session cookie. */
export async function createUser(t: TestApp, role: Role, name = `Test ${role}`): Promise<TestUser> {
  const email = uniqueEmail(role);
  const password = 'correct horse battery staple';
  const { userId, cookies } = await createAccount(t.ctx, { name, email, password, role, verified: true });
  return { id: userId, email, password, cookie: cookieHeader(cookies) };
}

export function cookieHeader(setCookies: string[] | string | undefined): string {
  const list = Array.isArray(setCookies) ? setCookies : setCookies ? [setCookies] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}

/** app.inject with a same-origin Origin header, as a browser would send it. */
export function request(
  t: TestApp,
  opts: InjectOptions & { cookie?: string },
): Promise<LightMyRequestResponse> {
  const { cookie, headers, ...rest } = opts;
  return t.app.inject({
    ...rest,
    headers: { origin: t.config.publicUrl, ...(cookie ? { cookie } : {}), ...headers },
  });
}
