import type { ApiClient } from '../support/api-process';
import { sleep } from '../support/api-process';
import { tabling, tablingTargets, type Prepared } from './fault-harness';
import type { OutageAnswer } from './outage-problem';

/** One request of the load: when it started, how it ended and how long it took. */
export interface Outcome {
  at: number;
  /** The HTTP status; `hang` when the client gave up waiting (capMs), `network` when the connection failed. */
  status: number | 'hang' | 'network';
  ms: number;
  answer: OutageAnswer | null;
  /** Which of several API processes answered (x-aloite-process), if any did. */
  process: string | null;
}

/**
 * Clients tabling on the prepared initiatives, one request after another, each waiting at most `capMs` for its
 * answer, until `stop()`, which resolves with every outcome once each client's last request has ended.
 */
export function tablingLoad(
  api: ApiClient,
  prepared: Prepared,
  { clients, capMs }: { clients: number; capMs: number },
): { outcomes: Outcome[]; stop(): Promise<Outcome[]> } {
  const target = tablingTargets(api, prepared);
  const outcomes: Outcome[] = [];
  let running = true;
  let counter = 0;
  const client = async (index: number) => {
    while (running) {
      let id: string;
      try {
        id = await target(counter++);
      } catch {
        await sleep(50); // replacing a full initiative needs the database: try again after the outage
        continue;
      }
      const at = Date.now();
      try {
        const response = await api.call(
          'POST',
          `/api/initiatives/${id}/events`,
          prepared.token,
          tabling(prepared.board, `load-${index}-${counter}`),
          capMs,
        );
        const answer = {
          status: response.status,
          contentType: response.headers.get('content-type'),
          retryAfter: response.headers.get('retry-after'),
          text: response.text,
        };
        const process = response.headers.get('x-aloite-process');
        outcomes.push({ at, status: response.status, ms: response.ms, answer, process });
      } catch (error) {
        const status = (error as Error).name === 'TimeoutError' ? 'hang' : 'network';
        outcomes.push({ at, status, ms: Date.now() - at, answer: null, process: null });
      }
      if (outcomes.length % 5 === 0) await sleep(10);
    }
  };
  const loops = Array.from({ length: clients }, (_, index) => client(index));
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}
