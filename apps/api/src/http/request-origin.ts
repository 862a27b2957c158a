import type { FastifyRequest } from 'fastify';
import { invalid } from './app-error';

/**
 * The site's own origin as the request names it (its Host, and through a trusted proxy its X-Forwarded-Proto and
 * -Host), for absolute links in feeds and open data. Only an http(s) address of a host name (and port) is one: a
 * made-up scheme or a Host with a path would otherwise be written into every link of an answer caches may keep.
 */
export function requestOrigin(request: FastifyRequest): string {
  const refused = () => invalid('Host', 'must be the host name (and port) of this site', 'invalid');
  if (request.protocol !== 'http' && request.protocol !== 'https') throw refused();
  let url: URL;
  try {
    url = new URL(`${request.protocol}://${request.host}`);
  } catch {
    throw refused();
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) throw refused();
  return url.origin;
}
