import cluster from 'node:cluster';
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AggregatorRegistry, type Registry } from 'prom-client';

export interface MetricsSettings {
  port: number;
  host: string;
  /** When set, a scrape must send `Authorization: Bearer <token>`. */
  token: string | null;
}

export interface MetricsListener {
  port: number;
  close(): Promise<void>;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compared as digests of equal length, so the time taken tells nothing about the token. */
function authorized(request: IncomingMessage, token: string | null): boolean {
  if (token === null) return true;
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(token));
}

/**
 * `GET /metrics` in Prometheus's text format on a listener of its own, apart from the public port: `read` gives
 * this process's metrics, or the whole cluster's.
 */
async function listen(
  settings: MetricsSettings,
  read: () => Promise<{ contentType: string; body: string }>,
): Promise<MetricsListener> {
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: scrape /metrics\n');
      return;
    }
    if (!authorized(request, settings.token)) {
      response
        .writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' })
        .end('Send the metrics token: Authorization: Bearer <METRICS_TOKEN>\n');
      return;
    }
    read().then(
      ({ contentType, body }) => response.writeHead(200, { 'content-type': contentType }).end(body),
      (error: unknown) =>
        response.writeHead(500, { 'content-type': 'text/plain' }).end(`Metrics failed: ${String(error)}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * This process's metrics: served on their own port by a process that runs alone, or handed to the cluster's
 * primary by a worker (which opens no listener: the primary serves them all on the one port).
 */
export async function serveMetrics(
  settings: MetricsSettings,
  registry: Registry,
): Promise<MetricsListener | null> {
  if (cluster.isWorker) {
    AggregatorRegistry.setRegistries([registry]);
    // Made in a worker, an aggregator only installs the answer to the primary's requests.
    new AggregatorRegistry();
    return null;
  }
  return listen(settings, async () => ({
    contentType: registry.contentType,
    body: await registry.metrics(),
  }));
}

/** For the cluster's primary: every worker's metrics, summed (or as each metric says), on the one port. */
export function serveClusterMetrics(settings: MetricsSettings): Promise<MetricsListener> {
  const aggregator = new AggregatorRegistry();
  return listen(settings, async () => ({
    contentType: aggregator.contentType,
    body: await aggregator.clusterMetrics(),
  }));
}
