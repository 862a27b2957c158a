import { connect, createServer, type Server, type Socket } from 'node:net';

/** Where a connection can be sent: an API process's port on loopback. */
export interface Backend {
  port: number;
}

export interface LoadBalancer {
  port: number;
  baseUrl: string;
  /** How many connections each backend has been handed, in the order the backends were given. */
  handed: number[];
  close(): Promise<void>;
}

/**
 * A round-robin TCP proxy on loopback in front of several API processes, as a municipality's reverse proxy would
 * stand in front of them: each client connection goes whole to the next backend in turn. A backend that refuses
 * the connection (its process is down) is skipped for the next one, as a proxy's health checks would; only when
 * every backend refuses does the client's connection end without an answer.
 */
export async function startLoadBalancer(backends: Backend[]): Promise<LoadBalancer> {
  let next = 0;
  const handed = backends.map(() => 0);
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  };

  /** Connects to the first backend from `next` on that accepts, or to none. */
  const upstream = (tried = 0): Promise<Socket | null> => {
    if (tried === backends.length) return Promise.resolve(null);
    const index = next;
    next = (next + 1) % backends.length;
    return new Promise((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: (backends[index] as Backend).port });
      socket.once('connect', () => {
        socket.removeAllListeners('error');
        handed[index] = (handed[index] ?? 0) + 1;
        resolve(socket);
      });
      socket.once('error', () => {
        socket.destroy();
        resolve(upstream(tried + 1));
      });
    });
  };

  const server: Server = createServer({ pauseOnConnect: true }, (client) => {
    track(client);
    client.on('error', () => client.destroy());
    void upstream().then((backend) => {
      if (!backend || client.destroyed) {
        backend?.destroy();
        client.destroy();
        return;
      }
      track(backend);
      backend.on('error', () => client.destroy());
      backend.once('close', () => client.destroy());
      client.once('close', () => backend.destroy());
      client.pipe(backend).pipe(client);
      client.resume();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    handed,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of open) socket.destroy();
      }),
  };
}
