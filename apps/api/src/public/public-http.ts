import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error';
import { clientAddressKey } from '../http/client-address';
import { sendProblem } from '../http/problem.filter';

/**
 * A person reads a page or two a minute and a polite crawler about one a second; a whole library or office behind
 * one address (NAT) is tens of people. 600 a minute per address serves all of them and still bounds what one
 * anonymous client can make the database do for everyone else.
 */
export const DEFAULT_PUBLIC_RATE_LIMIT = 600;
const RATE_WINDOW_MS = 60_000;

/**
 * Public data changes a few times a day and nothing public ever turns private again (a document only becomes
 * public), so a minute's staleness costs nothing, while it lets browsers and a proxy in front of Aloite answer
 * repeated reads without the API; after that a conditional request costs a 304 and no bytes.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

const PUBLIC_PATH = /^\/(public|oparl)(\/|\?|$)/;

/** By the route it matched (never by a spelling of the URL that only looks public); unmatched, by its path. */
function isPublic(request: FastifyRequest): boolean {
  return PUBLIC_PATH.test(request.routeOptions.url ?? request.url);
}

/** RFC 9110 § 13.1.2: If-None-Match compares weakly, and `*` matches any current representation. */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/**
 * The one place where every public answer (`/public/…`, `/oparl/…`) is made cacheable and rate-limited per client
 * address; the staff API (`/api/…`) is neither.
 */
export async function registerPublicHttp(fastify: FastifyInstance, requestsPerMinute: number): Promise<void> {
  await fastify.register(rateLimit, { global: false });
  const limit = fastify.rateLimit({
    max: requestsPerMinute,
    timeWindow: RATE_WINDOW_MS,
    // Fastify's request.ip follows the app's trustProxy rules; an IPv6 client counts by its /64.
    keyGenerator: (request) => clientAddressKey(request.ip),
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'TOO_MANY_REQUESTS',
        `More than ${requestsPerMinute} requests a minute from your address.`,
        { retryAfter: Math.max(1, Math.ceil(context.ttl / 1000)) },
      ),
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (!isPublic(request)) return;
    try {
      await limit.call(fastify, request, reply);
    } catch (error) {
      void reply.header('cache-control', 'no-store');
      sendProblem(reply, error, request.log);
      return reply;
    }
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    if (reply.statusCode !== 200 || !isPublic(request)) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = `"${createHash('sha256').update(payload).digest('base64url')}"`;
    void reply.header('etag', etag).header('cache-control', PUBLIC_CACHE_CONTROL);
    if (!matchesEtag(request.headers['if-none-match'], etag)) return payload;
    void reply.code(304).removeHeader('content-length');
    return null;
  });
}
