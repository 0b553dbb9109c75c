import type { FastifyInstance } from 'fastify';
import { errorBody } from './errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard for every state change that carries cookies.
 * Browsers always send Origin on cross-site POSTs (and Sec-Fetch-Site everywhere
 * modern), so a request is accepted only when it says it comes from our own site.
 * SameSite=Lax cookies are the second layer.
 */
export function registerCsrf(app: FastifyInstance, publicUrl: string): void {
  const ours = new URL(publicUrl).origin;
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE.has(request.method) || !request.headers.cookie) return;
    const host = request.headers.host;
    const allowed = new Set([ours, `http://${host}`, `https://${host}`]);
    const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
    const site = request.headers['sec-fetch-site'];
    const ok = origin ? allowed.has(origin) : site === 'same-origin' || site === 'none';
    if (!ok) {
      return reply
        .status(403)
        .send(
          errorBody(
            'csrf_failed',
            'This request did not come from this site. Reload the page and try again.',
          ),
        );
    }
  });
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
