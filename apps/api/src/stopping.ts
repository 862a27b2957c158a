import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

const SWEEP_INTERVAL_MS = 50;

/**
 * On close, every request in flight is answered and then its connection ends; a connection that is not being
 * answered ends at once. Node's own close ends only the connections idle at that moment: a keep-alive
 * connection whose request was still running, and one that connected but has sent no request yet (Node counts
 * it as active until its headers time out), would otherwise hold up Ctrl-C for as long as the client keeps them.
 */
export function endConnectionsOnClose(fastify: FastifyInstance): void {
  const open = new Set<Socket>();
  const requestsInFlight = new Map<Socket, number>();
  const server = fastify.server;
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
  server.on('request', ({ socket }, response) => {
    requestsInFlight.set(socket, (requestsInFlight.get(socket) ?? 0) + 1);
    // 'close' comes after the response has been handed to the socket in full, or after it was aborted.
    response.once('close', () => {
      const left = (requestsInFlight.get(socket) ?? 1) - 1;
      if (left > 0) requestsInFlight.set(socket, left);
      else requestsInFlight.delete(socket);
    });
  });
  fastify.addHook('preClose', (done) => {
    const sweep = setInterval(() => {
      for (const socket of open) if (!requestsInFlight.has(socket)) socket.destroy();
    }, SWEEP_INTERVAL_MS).unref();
    server.once('close', () => clearInterval(sweep));
    done();
  });
}
