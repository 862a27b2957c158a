import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TEST_PASSWORD } from '../../testing/test-app';
import { LIMITS, LONG_TEXT, padded, preparers, signatories, text } from './largest-values';
import { filePart, render, type HttpRequest } from './request-shape';

// Fresh targets, made through the API: an initiative in the state an event needs, a new body, a new account, a
// session of its own, a document. A twin sent to one of them has real work to do.

export const TODAY = '2026-05-21';
export const MEETING_DAY = '2026-05-20';
const FILED_ON = '2026-03-31';
/** On the annual list of 2026: filed by 31.12.2025. */
const LISTED_FILED_ON = '2025-09-30';
/** Older than Turku's four years at today's meetings; Turku's rules are in force on that day only. */
export const LAPSING_FILED_ON = '2021-09-30';
const AFTER_LAPSING = '2021-10-01';

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of any shape, read by each case
}
export type Send = (request: HttpRequest) => Promise<Answer>;

export function injector(app: NestFastifyApplication): Send {
  return async (request) => {
    const response = await app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: request.headers,
      payload: request.method === 'GET' || request.method === 'HEAD' ? undefined : request.payload,
      remoteAddress: request.remoteAddress,
    });
    const contentType = String(response.headers['content-type'] ?? '');
    let json: unknown = null;
    if (contentType.includes('json')) json = JSON.parse(response.body);
    return { status: response.statusCode, contentType, text: response.body, json };
  };
}

export type Bodies = Record<'council' | 'board' | 'employment' | 'education', string>;
export type Prepared = 'registered' | 'boardPreparation' | 'awaitingStatements' | 'councilConsideration';

export interface InitiativeTarget {
  id: string;
  version: number;
  /** The body with an open statement request, where there is one. */
  askedBody: string;
}

export const meeting = (bodyId: string, section = 17, date = MEETING_DAY) => ({ bodyId, date, section });

export class Targets {
  private serial = 0;

  constructor(
    private readonly send: Send,
    readonly token: string,
    readonly bodies: Bodies,
    /** Committees beyond the demo's, so that one initiative can ask the most bodies allowed. */
    readonly committees: string[],
  ) {}

  unique(prefix: string): string {
    return `${prefix}-${++this.serial}`;
  }

  /** A client address of its own, so that no sign-in throttle carries over from one pair to the next. */
  address(): string {
    const n = ++this.serial;
    return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  }

  /** A request that makes a target: it must succeed, or the test fails here. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any shape, read by each case
  async call(method: string, url: string, body?: unknown, token: string | null = this.token): Promise<any> {
    const answer = await this.send({
      method,
      url,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
    if (answer.status >= 300)
      throw new Error(`preparing a target: ${method} ${url} → ${answer.status} ${answer.text.slice(0, 300)}`);
    return answer.json;
  }

  filing(largest: boolean, submittedOn = FILED_ON) {
    const diaryNumber = this.unique('FUZZ');
    return {
      diaryNumber: largest ? padded(diaryNumber, LIMITS.diaryNumber, 'D') : diaryNumber,
      title: largest ? text(LIMITS.title, 'Aloite ') : 'Valtuustoaloite työllisyydestä',
      text: largest ? text(LONG_TEXT) : 'Teksti',
      kind: 'councillor',
      submittedOn,
      signatories: largest
        ? signatories(LIMITS.signatories)
        : [{ name: 'Aino Aloitteentekijä', party: 'SDP' }],
      signatoryCount: largest ? LIMITS.signatoryCount : 2,
      hasFinancialEffect: false,
      filedAt: meeting(this.bodies.council, largest ? LIMITS.section : 30, submittedOn),
    };
  }

  async initiative(state: Prepared, options: { filedOn?: string; askEvery?: boolean } = {}) {
    const filed = await this.call('POST', '/api/initiatives', this.filing(false, options.filedOn));
    const target: InitiativeTarget = { id: filed.id, version: 1, askedBody: this.bodies.employment };
    const event = async (payload: object) => {
      const next = await this.call('POST', `/api/initiatives/${target.id}/events`, payload);
      target.version = next.version;
    };
    if (state === 'registered') return target;
    await event({ type: 'REFER_TO_BOARD', meeting: meeting(this.bodies.council, 31) });
    if (state === 'awaitingStatements') {
      // All but one of the most bodies one initiative may ask: the twin asks the last.
      const asked = options.askEvery ? this.committees.slice(0, LIMITS.statementRequests - 2) : [];
      for (const bodyId of [this.bodies.employment, ...asked])
        await event({
          type: 'REQUEST_STATEMENT',
          bodyId,
          date: MEETING_DAY,
          dueDate: '2026-08-31',
          preparers: [],
        });
    }
    if (state === 'councilConsideration') {
      await event({
        type: 'RECORD_BOARD_DECISION',
        meeting: meeting(this.bodies.board, 40),
        proposal: 'Esitys',
        decision: 'Päätös',
        decisionType: 'asProposed',
        outcome: 'proposeToCouncil',
      });
    }
    return target;
  }

  /** On the annual list of 2026 and past registration, so the list may close it. */
  listed(): Promise<InitiativeTarget> {
    return this.initiative('boardPreparation', { filedOn: LISTED_FILED_ON });
  }

  /**
   * Rule-pack versions (issue 17): Turku's rules (a lapse rule) for filings on LAPSING_FILED_ON, Kajaani's again
   * from the day after. Added before anything is filed, so that they take nothing over.
   */
  async lapseRules(): Promise<void> {
    const templates = (await this.call('GET', '/api/municipality/rule-packs/templates')) as {
      id: string;
      rules: object;
    }[];
    const rules = (id: string) => templates.find((template) => template.id === id)?.rules;
    await this.call('POST', '/api/municipality/rule-packs', {
      ...rules('kajaani'),
      validFrom: AFTER_LAPSING,
    });
    await this.call('POST', '/api/municipality/rule-packs', {
      ...rules('turku'),
      validFrom: LAPSING_FILED_ON,
    });
  }

  /** Filed under Turku's rules long enough ago (lapseRules). */
  lapsing(): Promise<InitiativeTarget> {
    return this.initiative('registered', { filedOn: LAPSING_FILED_ON });
  }

  async body(kind = 'committee'): Promise<string> {
    return (await this.call('POST', '/api/bodies', { name: this.unique('Fuzz-lautakunta'), kind })).id;
  }

  async user(largest = false): Promise<{ id: string; username: string; password: string }> {
    const unique = this.unique('fuzz.user');
    const username = largest ? padded(unique, LIMITS.username, 'u') : unique;
    const password = largest ? padded(unique, LIMITS.password, 'p') : `${unique}-password`;
    const roles = ['councilStaff'];
    const created = await this.call('POST', '/api/users', {
      username,
      displayName: username,
      password,
      roles,
    });
    return { id: created.id, username, password };
  }

  /** A session of its own, signed in from an address of its own: the tester's, or the named account's. */
  async session(username = 'tester', password = TEST_PASSWORD): Promise<string> {
    const signedIn = await this.send({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username, password }),
      remoteAddress: this.address(),
    });
    if (signedIn.status !== 200) throw new Error(`preparing a session → ${signedIn.status} ${signedIn.text}`);
    return signedIn.json.token as string;
  }

  /** A document of each publicity on one initiative: public, not yet public, confidential. */
  async documents(): Promise<string[]> {
    const { id } = await this.initiative('registered');
    const ids: string[] = [];
    for (const publicity of ['public', 'notYetPublic', 'confidential']) {
      const uploaded = await this.send(
        render({
          method: 'POST',
          route: '/api/initiatives/:id/attachments',
          params: { id },
          form: {
            publicity,
            ...(publicity === 'confidential' ? { legalGround: 'JulkL 24 § 1 mom. 32 k.' } : {}),
            file: filePart(`${publicity}.txt`, Buffer.from(`Asiakirja: ${publicity}\n`)),
          },
          token: this.token,
        }),
      );
      if (uploaded.status !== 201)
        throw new Error(`preparing a document → ${uploaded.status} ${uploaded.text}`);
      ids.push(uploaded.json.id as string);
    }
    return ids;
  }

  /** The largest initiative there may be, a good way along: what the reads read. */
  async largestInitiative(): Promise<string> {
    const filed = await this.call('POST', '/api/initiatives', this.filing(true, LISTED_FILED_ON));
    const apply = (payload: object) => this.call('POST', `/api/initiatives/${filed.id}/events`, payload);
    const long = { proposal: text(LONG_TEXT), decision: text(LONG_TEXT) };
    await apply({
      type: 'REFER_TO_BOARD',
      meeting: meeting(this.bodies.council, 31),
      ...long,
      decisionType: 'asProposed',
    });
    const asked = {
      type: 'REQUEST_STATEMENT',
      bodyId: this.bodies.employment,
      date: MEETING_DAY,
      dueDate: '2026-05-25',
      preparers: preparers(LIMITS.preparers),
    };
    await apply(asked);
    await apply({
      type: 'RECORD_STATEMENT',
      bodyId: this.bodies.employment,
      meeting: meeting(this.bodies.employment, 16),
      preparers: preparers(LIMITS.preparers),
      presenter: text(LIMITS.presenter),
      ...long,
      decisionType: 'tabled',
      responseText: text(LONG_TEXT),
    });
    return filed.id;
  }
}
