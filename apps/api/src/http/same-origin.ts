import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error';
import { sessionCookieOf } from '../auth/auth.guard';
import { sendProblem } from './problem.filter';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * A browser sends the session cookie with a request another site makes it send; only SameSite stood in the way.
 * A change authenticated by the cookie must therefore come from a page of this site: its `Origin` (or, where a
 * browser leaves that out, its `Referer`, as OWASP advises) must be the request's own scheme and host, as seen
 * through a trusted proxy. A bearer token is never sent by the browser on its own, so it needs no such check.
 */
export function refuseCrossSiteCookieChanges(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!STATE_CHANGING.has(request.method) || sessionCookieOf(request.headers) === null) return done();
    const source = request.headers.origin ?? request.headers.referer;
    const ownOrigin = originOf(`${request.protocol}://${request.host}`);
    if (source !== undefined && ownOrigin !== null && originOf(source) === ownOrigin) return done();
    sendProblem(
      reply,
      new AppError(
        'CROSS_ORIGIN_REQUEST',
        'A change signed in with the session cookie must come from a page of this site (its Origin or Referer).',
      ),
      request.log,
    );
  });
}
