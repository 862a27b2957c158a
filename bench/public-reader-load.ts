// The public readers of bench/public-readers.ts, in a process of their own: 200 readers in the measuring process
// would slow its own event loop, and the clerk's latency it measures would be the bench's, not the API's.
// Arguments: base URL, duration in ms, readers, then the paths; prints one JSON line of what they saw.
import { Agent } from 'node:http';
import { readStatus, summary } from './harness';

async function main(): Promise<void> {
  // After node, tools/run-ts.cjs and this file.
  const [baseUrl, durationMs, readerCount, ...paths] = process.argv.slice(3);
  const readers = Number(readerCount);
  const agent = new Agent({ keepAlive: true, maxSockets: readers });
  const statuses: Record<number, number> = {};
  const latencies: number[] = [];
  const ends = Date.now() + Number(durationMs);
  const reader = async (index: number) => {
    for (let turn = index; Date.now() < ends; turn++) {
      const started = performance.now();
      const status = await readStatus(`${baseUrl}${paths[turn % paths.length]}`, agent).catch(() => 0);
      latencies.push(performance.now() - started);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: readers }, (_, index) => reader(index)));
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ seconds, statuses, latency: summary(latencies) })}\n`);
  agent.destroy();
}

void main();
