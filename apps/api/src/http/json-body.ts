import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyRequest, RouteOptions } from 'fastify';
import parseSecureJson from 'secure-json-parse';
import { AppError } from './app-error';

/** Deeper than any body the API takes (an event with its meeting is four levels); class-transformer recurses. */
export const JSON_MAX_DEPTH = 32;
/** Object keys in one body: the largest the API takes, a filing with 500 signatories, has about 2,500. */
export const JSON_MAX_KEYS = 10_000;

/** A route's own, tighter limits, given with `@RouteConfig`. */
interface BodyLimits {
  bodyLimit?: number;
  jsonMaxKeys?: number;
}

/** Sign-in's body is two short fields: a few KB and a few keys, refused before it is read whole. */
export const SMALL_BODY: BodyLimits = { bodyLimit: 4 * 1024, jsonMaxKeys: 16 };
export const SmallBody = () => RouteConfig(SMALL_BODY);

/** Fastify stops reading a body at the route's `bodyLimit` (413); this takes it from the route's config. */
export function applyRouteBodyLimit(route: RouteOptions): void {
  const limit = (route.config as BodyLimits | undefined)?.bodyLimit;
  if (limit !== undefined) route.bodyLimit = limit;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]);
const CLOSE = new Set([0x5d, 0x7d]);
const COLON = 0x3a;

/** Why the text is over a limit, counted in one pass without parsing it; null when it is within both. */
function overLimits(text: string, maxKeys: number): string | null {
  let depth = 0;
  let keys = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === BACKSLASH) index++;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) inString = true;
    else if (OPEN.has(char)) {
      if (++depth > JSON_MAX_DEPTH) return `is nested more than ${JSON_MAX_DEPTH} levels deep`;
    } else if (CLOSE.has(char)) depth--;
    else if (char === COLON && ++keys > maxKeys) return `has more than ${maxKeys} keys`;
  }
  return null;
}

/**
 * Replaces Fastify's JSON parser for every route: depth and key count are checked on the text before anything
 * is built from it, so no body makes the parser, class-transformer or the validators do unbounded work. Keys
 * named `__proto__` or `constructor.prototype` are refused, as Fastify's `onProtoPoisoning: 'error'` did.
 */
export function parseJsonBody(
  request: FastifyRequest,
  body: Buffer,
  done: (error: Error | null, parsed?: unknown) => void,
): void {
  const text = body.toString('utf8');
  const maxKeys = (request.routeOptions.config as BodyLimits).jsonMaxKeys ?? JSON_MAX_KEYS;
  const over = overLimits(text, maxKeys);
  if (over) return done(new AppError('BODY_TOO_COMPLEX', `The request body ${over}.`));
  let parsed: unknown;
  try {
    parsed = parseSecureJson(text, null, { protoAction: 'error', constructorAction: 'error' });
  } catch {
    return done(new AppError('VALIDATION_FAILED', 'The request body is not valid JSON.'));
  }
  done(null, parsed);
}
