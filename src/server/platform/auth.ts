import { betterAuth } from 'better-auth';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Role } from '../../shared/vocabulary.ts';
import type { Config } from '../config.ts';
import type { DialectName } from '../db/connect.ts';
import type { Tables } from '../db/tables.ts';
import { forbidden, unauthorized } from './errors.ts';
import type { MailMessage } from './mail.ts';

/** The header through which we hand better-auth the client IP Fastify resolved. */
const CLIENT_IP_HEADER = 'x-followthrough-client-ip';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  role: Role;
}

export type Auth = ReturnType<typeof createAuth>;

const AUTH_PATHS = [
  '/sign-in/*',
  '/sign-up/*',
  '/request-password-reset',
  '/reset-password',
  '/send-verification-email',
];

/**
 * better-auth does passwords (scrypt), sessions in the database, verification and reset.
 * Mail goes through our outbox, so it survives restarts and reaches SMTP or the outbox folder.
 */
export function createAuth(deps: {
  db: Kysely<Tables>;
  dialect: DialectName;
  config: Config;
  sendMail: (message: MailMessage) => Promise<void>;
}) {
  const { config, sendMail } = deps;
  const limit = { window: 60, max: config.authRateLimit };
  return betterAuth({
    appName: config.agency.name,
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: config.secret,
    trustedOrigins: [config.publicUrl],
    database: { db: deps.db, type: deps.dialect },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 200,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) =>
        sendMail({
          to: user.email,
          subject: `Reset your ${config.agency.name} password`,
          text: `Hello ${user.name},\n\nSomeone (hopefully you) asked to reset your password. Open this link within an hour to choose a new one:\n\n${url}\n\nIf you did not ask, ignore this message: your password stays as it is.\n\n${config.agency.name}`,
        }),
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) =>
        sendMail({
          to: user.email,
          subject: `Confirm your email for ${config.agency.name}`,
          text: `Hello ${user.name},\n\nPlease confirm your email address by opening this link:\n\n${url}\n\n${config.agency.name}`,
        }),
    },
    user: {
      // input: false stops a sign-up from choosing its own role.
      additionalFields: { role: { type: 'string', required: true, defaultValue: 'candidate', input: false } },
    },
    rateLimit: {
      enabled: true,
      storage: 'memory',
      window: 60,
      max: 300,
      customRules: Object.fromEntries(AUTH_PATHS.map((p) => [p, limit])),
    },
    advanced: {
      useSecureCookies: config.publicUrl.startsWith('https://'),
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    logger: { level: config.logLevel === 'silent' ? 'error' : 'warn' },
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. Looked up once per request. */
    currentUser(): Promise<SessionUser | null>;
  }
}

/** Mounts better-auth under /api/auth and gives every request `currentUser()`. */
export function registerAuth(app: FastifyInstance, auth: Auth, publicUrl: string): void {
  app.decorateRequest('currentUser', function (this: FastifyRequest) {
    const cache = this as FastifyRequest & { _user?: Promise<SessionUser | null> };
    cache._user ??= auth.api
      .getSession({ headers: fromNodeHeaders(this.headers) })
      .then((s) => (s ? toSessionUser(s.user as Record<string, unknown>) : null));
    return cache._user;
  });

  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    async handler(request, reply) {
      const headers = fromNodeHeaders(request.headers);
      headers.set(CLIENT_IP_HEADER, request.ip);
      const hasBody = request.method === 'POST' && request.body !== undefined;
      const response = await auth.handler(
        new Request(new URL(request.url, publicUrl), {
          method: request.method,
          headers,
          body: hasBody ? JSON.stringify(request.body) : undefined,
        }),
      );
      reply.status(response.status);
      for (const [key, value] of response.headers) {
        if (key.toLowerCase() !== 'set-cookie') reply.header(key, value);
      }
      const cookies = response.headers.getSetCookie();
      if (cookies.length) reply.header('set-cookie', cookies);
      const text = await response.text();
      if (response.status >= 400) return reply.send(authError(response.status, text));
      return reply.send(text || null);
    },
  });
}

/** Reshapes better-auth's errors into our one error shape. */
function authError(status: number, text: string) {
  let body: { code?: string; message?: string } = {};
  try {
    body = JSON.parse(text);
  } catch {}
  const code = (body.code ?? (status === 429 ? 'rate_limited' : 'auth_error')).toLowerCase();
  return { error: { code, message: body.message ?? 'Authentication failed.' } };
}

export function toSessionUser(u: Record<string, unknown>): SessionUser {
  return {
    id: String(u.id),
    name: String(u.name),
    email: String(u.email),
    emailVerified: Boolean(u.emailVerified),
    role: (u.role as Role) ?? 'candidate',
  };
}

/** A preHandler that lets a request through only for the given roles. */
export function requireRole(...roles: Role[]) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const user = await request.currentUser();
    if (!user) throw unauthorized();
    if (!roles.includes(user.role)) throw forbidden();
  };
}

/** The signed-in user, for handlers behind requireRole. */
export async function mustUser(request: FastifyRequest): Promise<SessionUser> {
  const user = await request.currentUser();
  if (!user) throw unauthorized();
  return user;
}

export const isStaff = (user: SessionUser | null) => user?.role === 'recruiter' || user?.role === 'admin';
