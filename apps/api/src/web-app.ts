import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { AppError } from './http/app-error';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sendProblem } from './http/problem.filter';

/** The API's own address spaces: what they do not answer is a 404 there, never the staff app's page. */
const OWN_PREFIXES = ['/api', '/public', '/oparl'];

/** A path that names a file (`.js`, `.map`, …), not a page of the app's router. */
const FILE_PATH = /\.[a-z0-9]+$/i;

/**
 * Serves the staff web app's build: hashed assets cached for a year, each as the build's brotli or gzip copy when
 * the browser accepts one, and `index.html` (never cached, so a new release is picked up) for every other path
 * outside `/api`, `/public` and `/oparl`, where the app's own router takes over. A file the build does not hold (a source map, an old
 * release's script) is a 404, never the app's page in its place.
 */
export async function serveWebApp(app: NestFastifyApplication, webRoot: string): Promise<void> {
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new Error(`The web app is not built in ${webRoot}: run \`npm run build:web\` first.`);
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    preCompressed: true,
    // @fastify/static 10 passes Fastify's reply here, not Node's response its types still name.
    setHeaders: (reply: unknown, path: string) => {
      void (reply as FastifyReply).header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] as string;
    if (
      OWN_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)) ||
      FILE_PATH.test(path)
    ) {
      sendProblem(reply, new AppError('NOT_FOUND', `No resource at ${path}.`), request.log);
      return;
    }
    void reply.sendFile('index.html');
  });
  fastify.get('/', (_request, reply) => {
    void reply.sendFile('index.html');
  });
}
