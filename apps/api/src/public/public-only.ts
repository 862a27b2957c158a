import type { FastifyInstance } from 'fastify';
import { AppError } from '../http/app-error';
import { sendProblem } from '../http/problem.filter';

/**
 * What a process started with PUBLIC_ONLY=true answers, to everyone as to an anonymous reader: the public pages,
 * feeds and data with their stylesheet, OParl, the content of public documents (OParl's `File.accessUrl`), and the
 * health endpoints. A list of what is
 * served, not of what is refused: a staff route added later, or a path the router would read differently, stays out.
 */
const SERVED = [
  /^\/(public|oparl)(\/|\?|$)/,
  /^\/api\/attachments\/[^/?]+\/content(\?|$)/,
  /^\/api\/health(\/[a-z]+)?(\?|$)/,
];

/**
 * The public side in processes of its own, where a reverse proxy routes the anonymous readers: a staff request
 * routed there by mistake, or sent there from the internet, finds nothing, before anything else runs for it.
 */
export function servePublicOnly(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (SERVED.some((path) => path.test(request.url))) {
      // Everyone is anonymous here: a session (a stolen cookie too) reads no non-public document through it.
      delete request.headers.authorization;
      delete request.headers.cookie;
      done();
      return;
    }
    sendProblem(
      reply,
      new AppError('NOT_FOUND', 'This process serves only the public pages, open data and public documents.'),
      request.log,
    );
  });
}
