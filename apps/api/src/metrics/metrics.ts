import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DatabaseProbe } from '@aloite/persistence';
import { problemOf, toAppError } from '../http/problem';

/** The label of every request no route matched: a client must not be able to make up label values. */
export const UNMATCHED_ROUTE = 'unmatched';

export type TransitionOutcome = 'applied' | 'refused' | 'conflict' | 'failed';
export type ReminderOutcome = 'sent' | 'failed' | 'skipped';

/**
 * One process's metrics, in a registry of their own (several apps may share a test process). Counted where things
 * happen; what the database holds is read when Prometheus scrapes.
 */
export class Metrics {
  readonly registry = new Registry();

  private readonly requests = new Histogram({
    name: 'aloite_http_request_duration_seconds',
    help: 'Time to answer a request, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly transitions = new Counter({
    name: 'aloite_transitions_total',
    help: 'Lifecycle events asked for, by event and outcome (applied, refused, conflict, failed) and error code',
    labelNames: ['event', 'outcome', 'code'],
    registers: [this.registry],
  });

  private readonly reminders = new Counter({
    name: 'aloite_reminders_total',
    help: 'Deadline reminders: sent, failed to send, or skipped as already in the day’s outbox',
    labelNames: ['outcome'],
    registers: [this.registry],
  });

  /**
   * prom-client's own: CPU, memory, event loop, garbage collection. Once per process (what `npm start` runs), not
   * per app: they watch the process, and each call adds observers of its own.
   */
  collectProcessMetrics(): void {
    collectDefaultMetrics({ register: this.registry });
  }

  observeRequest(method: string, route: string | undefined, status: number, seconds: number): void {
    this.requests.observe({ method, route: route ?? UNMATCHED_ROUTE, status }, seconds);
  }

  /** Counts `work`, one lifecycle event, by how it ended; its result or error passes through. */
  async countTransition<T>(event: string, work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      this.transitions.inc({ event, outcome: 'applied' });
      return result;
    } catch (error) {
      const problem = problemOf(toAppError(error));
      this.transitions.inc({ event, outcome: transitionOutcome(problem.status), code: problem.code });
      throw error;
    }
  }

  countReminders(outcome: ReminderOutcome, count: number): void {
    this.reminders.inc({ outcome }, count);
  }

  /** The pool in use and waiting, the job queues and the documents' bytes, read at every scrape. */
  watchDatabase(probe: DatabaseProbe): void {
    const registers = [this.registry];
    new Gauge({
      name: 'aloite_db_pool_in_use',
      help: 'Database connections checked out of the pool',
      registers,
      collect() {
        this.set(probe.pool().inUse);
      },
    });
    new Gauge({
      name: 'aloite_db_pool_waiting',
      help: 'Queries waiting for a free database connection',
      registers,
      collect() {
        this.set(probe.pool().waiting);
      },
    });
    // Every process reads the same database: across a cluster these are one value, not a sum. A scrape while the
    // database is down keeps the last values.
    new Gauge({
      name: 'aloite_job_queue_depth',
      help: 'pg-boss jobs waiting to run, by queue',
      labelNames: ['queue'],
      aggregator: 'max',
      registers,
      async collect() {
        const depths = await probe.jobQueueDepths().catch(() => []);
        for (const { queue, depth } of depths) this.set({ queue }, depth);
      },
    });
    new Gauge({
      name: 'aloite_attachment_bytes',
      help: 'Bytes of documents stored',
      aggregator: 'max',
      registers,
      async collect() {
        const bytes = await probe.attachmentBytes().catch(() => null);
        if (bytes !== null) this.set(bytes);
      },
    });
  }
}

function transitionOutcome(status: number): TransitionOutcome {
  if (status === 409) return 'conflict';
  return status < 500 ? 'refused' : 'failed';
}
