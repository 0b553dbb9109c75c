import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from './context.ts';
import { sendHtml } from './pages.tsx';
import { hashIp, readFormStamp, signFormStamp } from './spam.ts';

// What every public HTML form (the contact form, comments, the comment-deletion request) shares
// around its spam checks: a per-address rate limit keyed on the salted hash, a page a person
// can read when it bites, and a form stamp that survives a re-render.

/** Registers `routes` in a scope where a flood gets `tooMany` as a readable 429 page, not JSON. */
export function publicFormScope(
  app: FastifyInstance,
  tooMany: () => string,
  routes: (scope: FastifyInstance) => void,
): void {
  app.register(async (scope) => {
    scope.setErrorHandler((err: FastifyError, _req, reply) => {
      if (err.statusCode === 429) return sendHtml(reply, tooMany(), 429);
      throw err;
    });
    routes(scope);
  });
}

/** The route config that limits posts to FORM_RATE_LIMIT a minute per client address. */
export function formRateLimit(ctx: AppContext) {
  return {
    rateLimit: {
      max: ctx.config.formRateLimit,
      timeWindow: 60_000,
      keyGenerator: (req: FastifyRequest) => hashIp(ctx.config.secret, req.ip),
    },
  };
}

/** A genuine posted stamp kept across re-renders, so fixing an error does not restart the clock. */
export function keptStamp(secret: string, posted: string): string {
  return readFormStamp(secret, posted) !== null ? posted : signFormStamp(secret, Date.now());
}
