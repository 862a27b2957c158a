import { createHash, randomBytes } from 'node:crypto';
import type { ApiClient } from '../support/api-process';
import { sleep } from '../support/api-process';
import type { OutageAnswer } from './outage-problem';

/** Filings are of 2024: their diary numbers are drawn from a year of their own, and the list of 2026 holds them. */
export const FILING_YEAR = 2024;
export const ANNUAL_LIST_YEAR = 2026;

export interface Actors {
  registrar: string;
  /** A committee secretary and the body they record statements for. */
  secretary: string;
  council: string;
  board: string;
  /** Asked for a statement and answering it (the secretary's body). */
  answering: string;
  /** Asked for a statement and waived. */
  waived: string;
}

/** What the clients saw succeed (2xx) and what they tried: the oracle the database is checked against. */
export interface Ledger {
  filings: { id: string; diaryNumber: string }[];
  /** An event acknowledged: its audit row is `seq` of the initiative and carries `marker` in its payload. */
  events: { id: string; seq: number; type: string; marker: string }[];
  uploads: { id: string; initiativeId: string; sha256: string }[];
  /** Every document's hash tried, acknowledged or not: no other document may appear. */
  triedDocuments: Set<string>;
  /** Annual-list decisions tried: `acknowledged` ones closed all their initiatives; any other, all or none. */
  lists: { annualListId: string; ids: string[]; acknowledged: boolean }[];
  outageAnswers: OutageAnswer[];
  unexpected: string[];
}

export function emptyLedger(): Ledger {
  return {
    filings: [],
    events: [],
    uploads: [],
    triedDocuments: new Set(),
    lists: [],
    outageAnswers: [],
    unexpected: [],
  };
}

interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- any JSON
}

type EventBody = { type: string } & Record<string, unknown>;

const date = (monthDay: string) => `${FILING_YEAR}-${monthDay}`;

/**
 * Whole lifecycles under faults: each client files an initiative and drives it to its end (referral, two statement
 * requests, one answered by the body's secretary and one waived, the board's proposal, the council's closure),
 * uploading a document on the way; some are left in board preparation for the annual list's bulk decision. After
 * any answer it did not get, a client reads the initiative afresh and goes on from its stored state.
 */
export class LifecycleWorkload {
  readonly ledger = emptyLedger();
  private running = true;
  private counter = 0;
  private readonly forTheList: string[] = [];

  constructor(
    private readonly api: ApiClient,
    private readonly actors: Actors,
    private readonly random: () => number,
  ) {}

  /** Runs `clients` lifecycle drivers and one annual-list client until `stop()` resolves. */
  start(clients: number): { stop(): Promise<void> } {
    const loops = [...Array.from({ length: clients }, () => this.lifecycles()), this.annualLists()];
    return {
      stop: async () => {
        this.running = false;
        await Promise.all(loops);
      },
    };
  }

  private marker(): string {
    return `crash-${++this.counter}`;
  }

  /** One request; null when no answer came (the API is down or was killed meanwhile). */
  private async send(
    method: string,
    path: string,
    token: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer | null> {
    let response: Response;
    try {
      response = await fetch(`${this.api.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...headers,
          ...(body && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
        },
        body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(15_000),
      });
    } catch {
      await sleep(50);
      return null;
    }
    const text = await response.text().catch(() => '');
    if (response.status === 503) {
      this.ledger.outageAnswers.push({
        status: 503,
        contentType: response.headers.get('content-type'),
        retryAfter: response.headers.get('retry-after'),
        text,
      });
      await sleep(50);
      return null;
    }
    if (response.status >= 300) {
      this.ledger.unexpected.push(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
      return null;
    }
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  private async lifecycles(): Promise<void> {
    while (this.running) {
      const id = await this.file();
      if (id) await this.drive(id, this.random() < 0.25);
    }
  }

  private async file(): Promise<string | null> {
    const title = `Kaatumistesti ${this.marker()}`;
    const filed = await this.send('POST', '/api/initiatives', this.actors.registrar, {
      title,
      text: 'Koko elinkaari vikojen keskellä.',
      kind: 'councillor',
      submittedOn: date('02-05'),
      signatories: [{ name: 'Testi Valtuutettu', party: 'SDP', firstSigner: true }],
      signatoryCount: 3,
      hasFinancialEffect: false,
      filedAt: { bodyId: this.actors.council, date: date('02-05'), section: 1 + (this.counter % 400) },
    });
    if (!filed) return null;
    this.ledger.filings.push({ id: filed.body.id, diaryNumber: filed.body.diaryNumber });
    return filed.body.id as string;
  }

  /** Drives one initiative from its stored state to its end, or to board preparation for the annual list. */
  private async drive(id: string, leaveForTheList: boolean): Promise<void> {
    let uploaded = false;
    while (this.running) {
      const view = (await this.send('GET', `/api/initiatives/${id}`, this.actors.registrar))?.body;
      if (!view) continue;
      if (view.state === 'closed') return;
      if (!uploaded) {
        uploaded = true;
        await this.upload(id);
        continue;
      }
      if (leaveForTheList && view.state === 'boardPreparation') {
        this.forTheList.push(id);
        return;
      }
      const { token, event } = this.nextEvent(view);
      const marker = event.marker;
      const answer = await this.send('POST', `/api/initiatives/${id}/events`, token, event.body, {
        'if-match': `"${view.version}"`,
      });
      if (answer) this.ledger.events.push({ id, seq: answer.body.version, type: event.body.type, marker });
    }
  }

  private nextEvent(view: { state: string; statements: { bodyId: string; status: string }[] }): {
    token: string;
    event: { marker: string; body: EventBody };
  } {
    const { registrar, secretary, council, board, answering, waived } = this.actors;
    const marker = this.marker();
    const section = 1 + (this.counter % 400);
    const open = (bodyId: string) =>
      view.statements.some((request) => request.bodyId === bodyId && request.status === 'open');
    const request = (bodyId: string) => ({
      type: 'REQUEST_STATEMENT',
      bodyId,
      date: date('03-01'),
      dueDate: date('04-30'),
      preparers: [{ name: marker, title: 'Valmistelija' }],
    });
    const as = (token: string, body: EventBody) => ({ token, event: { marker, body } });
    switch (view.state) {
      case 'registered':
        return as(registrar, {
          type: 'REFER_TO_BOARD',
          meeting: { bodyId: council, date: date('02-05'), section },
          proposal: marker,
        });
      case 'boardPreparation':
        if (view.statements.length === 0) return as(registrar, request(answering));
        return as(registrar, {
          type: 'RECORD_BOARD_DECISION',
          meeting: { bodyId: board, date: date('05-06'), section },
          proposal: marker,
          decision: 'Kaupunginhallitus esittää vastauksen valtuustolle.',
          decisionType: 'asProposed',
          outcome: 'proposeToCouncil',
        });
      case 'awaitingStatements':
        if (view.statements.length === 1) return as(registrar, request(waived));
        if (open(answering)) {
          return as(secretary, {
            type: 'RECORD_STATEMENT',
            bodyId: answering,
            meeting: { bodyId: answering, date: date('04-10'), section },
            presenter: 'Esittelijä',
            proposal: marker,
            decision: 'Hyväksyttiin.',
            decisionType: 'asProposed',
            responseText: `Vastine ${marker}.`,
          });
        }
        return as(registrar, {
          type: 'WAIVE_STATEMENT',
          bodyId: waived,
          date: date('04-15'),
          reason: marker,
        });
      case 'councilConsideration':
        return as(registrar, {
          type: 'RECORD_COUNCIL_DECISION',
          meeting: { bodyId: council, date: date('06-10'), section },
          decision: marker,
          decisionType: 'asProposed',
          outcome: 'closed',
          resolutions: [`Toivomusponsi ${marker}`],
        });
      default:
        throw new Error(`no step from ${view.state}`);
    }
  }

  /** A document of random bytes (a PDF as far as the type check reads), so each has a hash of its own. */
  private async upload(initiativeId: string): Promise<void> {
    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      randomBytes(16_384 + (this.counter % 7) * 4_096),
    ]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    this.ledger.triedDocuments.add(sha256);
    const form = new FormData();
    form.append('publicity', 'public');
    form.append('file', new Blob([bytes]), `${this.marker()}.pdf`);
    const answer = await this.send(
      'POST',
      `/api/initiatives/${initiativeId}/attachments`,
      this.actors.registrar,
      form,
    );
    if (answer) this.ledger.uploads.push({ id: answer.body.id, initiativeId, sha256 });
  }

  /** The council's bulk decisions on the annual list, each closing the initiatives left for it meanwhile. */
  private async annualLists(): Promise<void> {
    while (this.running) {
      await sleep(700);
      if (this.forTheList.length < 2) continue;
      const ids = this.forTheList.splice(0, 6);
      const annualListId = this.marker();
      const answer = await this.send(
        'POST',
        `/api/annual-lists/${ANNUAL_LIST_YEAR}/decision`,
        this.actors.registrar,
        {
          meeting: {
            bodyId: this.actors.council,
            date: `${ANNUAL_LIST_YEAR}-03-30`,
            section: 1 + (this.counter % 400),
          },
          annualListId,
          close: ids,
          keep: [],
        },
      );
      this.ledger.lists.push({ annualListId, ids, acknowledged: answer !== null });
    }
  }
}
