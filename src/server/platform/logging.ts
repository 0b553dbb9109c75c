import type { FastifyRequest } from 'fastify';
import { hashIp } from './spam.ts';

/**
 * What a request log line says of a request. A client's address is kept only as the salted hash
 * the spam defences use (never the address itself), and the query string is left out, because
 * signed links (unsubscribe, deletion, invitations) carry their tokens there.
 */
export function requestLog(secret: string) {
  return (req: Pick<FastifyRequest, 'method' | 'url' | 'ip'>) => ({
    method: req.method,
    url: req.url.split('?')[0],
    client: hashIp(secret, req.ip),
  });
}
