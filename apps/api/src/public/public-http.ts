import { createHash } from 'node:crypto';
import { finished } from 'node:stream';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { hasUnsafeCharacters } from '@aloite/domain';
import { AppError, invalid } from '../http/app-error';
import { clientAddressKey } from '../http/client-address';
import { sendProblem } from '../http/problem.filter';
import { UNSAFE_CHARACTERS_MESSAGE } from '../validation/fields';
import { Turns } from './turns';

/**
 * A person reads a page or two a minute and a polite crawler about one a second; a whole library or office behind
 * one address (NAT) is tens of people. 600 a minute per address serves all of them and still bounds what one
 * anonymous client can make the database do for everyone else.
 */
export const DEFAULT_PUBLIC_RATE_LIMIT = 600;
const RATE_WINDOW_MS = 60_000;

/**
 * Public data changes a few times a day, and almost always by growing: a document only becomes public, and the one
 * thing that leaves the public set is the agenda of a published meeting that is cancelled. A minute's staleness
 * costs little, while it lets browsers and a proxy in front of Aloite answer repeated reads without the API; after
 * that a conditional request costs a 304 and no bytes.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

const PUBLIC_PATH = /^\/(public|oparl)(\/|\?|$)/;

/**
 * Public answers are kept in memory for a few seconds, so that many readers of the same pages (a link shared in
 * the news) cost one rendering, not one each, and leave the database and the event loop to the staff. Any staff
 * write in this process empties it at once; the few seconds bound what another API process's writes leave stale.
 */
const ANSWER_TTL_MS = 5_000;
const ANSWER_CACHE_BYTES = 32 * 1024 * 1024;
const ANSWER_CACHE_ENTRIES = 4_000;
/** The headers a public answer is made of, beside the caching ones set here. */
const ANSWER_HEADERS = ['content-type', 'content-disposition', 'content-language'] as const;

interface Answer {
  body: string | Buffer;
  etag: string;
  headers: Partial<Record<(typeof ANSWER_HEADERS)[number], string>>;
  /** The writes seen when its reading began: an answer read before a write is never served after it. */
  generation: number;
  storedAt: number;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Public answers made at once: enough to overlap one answer's database reads with another's rendering, few enough
 * that a clerk's request waits behind a handful of them, not behind every anonymous reader connected.
 */
const PUBLIC_TURNS = 8;

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
  const answers = new LRUCache<string, Answer>({
    maxSize: ANSWER_CACHE_BYTES,
    // The key counts too: an address may be long, and many of them must not outgrow the bound.
    sizeCalculation: (answer, key) => Buffer.byteLength(answer.body) + Buffer.byteLength(key),
    max: ANSWER_CACHE_ENTRIES,
    ttl: ANSWER_TTL_MS,
  });
  const turns = new Turns(PUBLIC_TURNS);
  let writes = 0;
  const generationAtStart = new WeakMap<FastifyRequest, number>();
  const servedFromMemory = new WeakMap<FastifyRequest, Answer>();
  // Absolute links in feeds and OParl objects are made from the request's origin, so it is part of the key.
  const keyOf = (request: FastifyRequest) => `${request.protocol}://${request.host}${request.url}`;

  fastify.addHook('onRequest', async (request, reply) => {
    if (!isPublic(request)) return;
    try {
      await limit.call(fastify, request, reply);
      refuseUnsafeQuery(request);
    } catch (error) {
      void reply.header('cache-control', 'no-store');
      sendProblem(reply, error, request.log);
      return reply;
    }
    // Only reads take turns: a request with a body would hold its turn while the body came, or never came.
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    // After the event loop's I/O: a clerk's request and its database answers that came with this one go first.
    await new Promise((resolve) => setImmediate(resolve));
    await turns.take();
    // Given back when the answer is sent or the client has gone, even if it went while it waited.
    finished(reply.raw, () => turns.give());
    // Nothing is made for a client that has gone (nginx's 499, "client closed request").
    if (request.raw.socket?.destroyed) return reply.code(499).send();
    generationAtStart.set(request, writes);
    const answer = answers.get(keyOf(request));
    if (!answer || answer.generation !== writes) return;
    servedFromMemory.set(request, answer);
    void reply.headers(answer.headers).header('age', Math.floor((Date.now() - answer.storedAt) / 1000));
    return reply.code(200).send(answer.body);
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    // A staff write has committed when its answer is sent: readings that began before it can no longer be served.
    // A refused request changed nothing, so it leaves the memory alone (else anyone could keep it empty).
    if (!SAFE_METHODS.has(request.method) && !isPublic(request) && reply.statusCode < 400) writes++;
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    if (reply.statusCode !== 200 || !isPublic(request)) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const served = servedFromMemory.get(request);
    const etag = served?.etag ?? `"${createHash('sha256').update(payload).digest('base64url')}"`;
    if (!served && request.method === 'GET') {
      const generation = generationAtStart.get(request) ?? -1;
      answers.set(keyOf(request), {
        body: payload,
        etag,
        headers: headersOf(reply),
        generation,
        storedAt: Date.now(),
      });
    }
    void reply.header('etag', etag).header('cache-control', PUBLIC_CACHE_CONTROL);
    if (!matchesEtag(request.headers['if-none-match'], etag)) return payload;
    void reply.code(304).removeHeader('content-length');
    return null;
  });
}

function headersOf(reply: FastifyReply): Answer['headers'] {
  const headers: Answer['headers'] = {};
  for (const name of ANSWER_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  return headers;
}

/**
 * The public pages and feeds read a parameter or two and pass over the rest; a parameter carrying what no text may
 * (a control character, U+FFFE) is refused all the same, as everywhere else in the API.
 */
function refuseUnsafeQuery(request: FastifyRequest): void {
  // Everything after the first `?` is the query, as the router reads it (a second `?` is part of a value).
  const start = request.url.indexOf('?');
  const query = new URLSearchParams(start < 0 ? '' : request.url.slice(start + 1));
  for (const [name, value] of query) {
    if (hasUnsafeCharacters(name) || hasUnsafeCharacters(value))
      throw invalid('query', UNSAFE_CHARACTERS_MESSAGE, 'unsafeCharacters');
  }
}
