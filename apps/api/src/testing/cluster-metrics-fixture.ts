// Two node:cluster workers, each with its own metrics on one database, and a primary serving them aggregated:
// started by metrics-cluster.spec.ts as `node tools/run-ts.cjs <this file> <database url>`. The primary prints
// `listening <port>` once both workers are counted; SIGTERM ends it and them.
import cluster from 'node:cluster';
import { DatabaseProbe, openDatabase } from '@aloite/persistence';
import { Metrics } from '../metrics/metrics';
import { serveClusterMetrics, serveMetrics } from '../metrics/metrics-listener';

const WORKERS = 2;
const settings = { host: '127.0.0.1', port: 0, token: null };

async function worker(): Promise<void> {
  const metrics = new Metrics();
  metrics.collectProcessMetrics();
  const db = await openDatabase({ url: process.argv[3] as string, poolSize: 2 });
  metrics.watchDatabase(new DatabaseProbe(db));
  // Worker n applies n events: 1 + 2 across the cluster.
  for (let turn = 0; turn < (cluster.worker?.id ?? 0); turn++)
    await metrics.countTransition('REFER_TO_BOARD', async () => undefined);
  metrics.observeRequest('GET', '/api/initiatives/:id', 200, 0.01);
  if ((await serveMetrics(settings, metrics.registry)) !== null)
    throw new Error('a worker opened a listener');
  process.send?.('counted');
}

async function primary(): Promise<void> {
  let counted = 0;
  const workers = Array.from({ length: WORKERS }, () => cluster.fork());
  process.once('SIGTERM', () => {
    for (const forked of workers) forked.process.kill();
    process.exit(0);
  });
  await new Promise<void>((resolve) =>
    cluster.on('message', (_worker, message) => {
      if (message === 'counted' && ++counted === WORKERS) resolve();
    }),
  );
  const listener = await serveClusterMetrics(settings);
  process.stdout.write(`listening ${listener.port}\n`);
}

(cluster.isPrimary ? primary() : worker()).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
