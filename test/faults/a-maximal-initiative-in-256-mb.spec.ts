import { memoryMegabytes, sleep, startBuiltApi, type ApiProcess } from '../support/api-process';

// A committee secretary may table one statement again and again, each time with three 100,000-character texts.
// The initiative is grown through the API as far as the API lets it (at most as far as the attack of 121 tablings
// that made 60 MB), then four staff open it at once, round after round, as the web app does (the initiative and
// its audit log), against the API as `npm start` runs it: built, with a 256 MB heap.

const LONG = 100_000;
const ATTACK_HANDLINGS = 121;
const CLIENTS = 4;
const ROUNDS = 8;
/** The most characters of text one initiative may hold (TEXT_CHARACTER_LIMIT); the baseline had no bound. */
const TEXT_LIMIT = 1_000_000;
const PRESENTER = 'Milla Tikkanen';

describe('a maximal initiative opened by four staff at once under a 256 MB heap', () => {
  let api: ApiProcess;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ api, close } = await startBuiltApi());
  });
  afterAll(() => close());

  const signIn = async (username: string) =>
    (await api.call('POST', '/api/auth/login', null, { username, password: `demo-${username}` })).body
      .token as string;

  /** Files the largest filing there is and tables its statement with the longest texts until refused. */
  async function growInitiative(registrar: string, secretary: string): Promise<string> {
    const bodies = (await api.call('GET', '/api/bodies', registrar)).body as {
      id: string;
      kind: string;
      name: string;
    }[];
    const council = bodies.find((body) => body.kind === 'council')?.id as string;
    const employment = bodies.find((body) => body.name.startsWith('Työllisyys'))?.id as string;
    const filed = await api.call('POST', '/api/initiatives', registrar, {
      title: 'T'.repeat(500),
      text: 'a'.repeat(LONG),
      kind: 'councillor',
      submittedOn: '2025-01-13',
      signatories: Array.from({ length: 500 }, (_, index) => ({
        name: `${index} ${'N'.repeat(195)}`,
        party: 'P'.repeat(100),
      })),
      signatoryCount: 500,
      hasFinancialEffect: false,
      filedAt: { bodyId: council, date: '2025-01-13', section: 5 },
    });
    expect(filed.status).toBe(201);
    const id = filed.body.id as string;
    const send = (token: string, event: object) =>
      api.call('POST', `/api/initiatives/${id}/events`, token, event, 60_000);
    const meeting = (section: number) => ({ bodyId: employment, date: '2025-03-11', section });
    const request = {
      type: 'REQUEST_STATEMENT',
      bodyId: employment,
      date: '2025-02-03',
      dueDate: '2025-12-31',
      preparers: [],
    };
    expect(
      (
        await send(registrar, {
          type: 'REFER_TO_BOARD',
          meeting: { bodyId: council, date: '2025-01-13', section: 5 },
        })
      ).status,
    ).toBe(200);
    expect((await send(registrar, request)).status).toBe(200);
    const statement = (section: number, decisionType: string, length: number) => ({
      type: 'RECORD_STATEMENT',
      bodyId: employment,
      meeting: meeting(section),
      presenter: PRESENTER,
      proposal: 'p'.repeat(length),
      decision: 'd'.repeat(length),
      decisionType,
      responseText: 'r'.repeat(length),
    });
    let characters = 500 + LONG;
    for (let handlings = 1; handlings < ATTACK_HANDLINGS; handlings++) {
      const tabled = await send(secretary, statement(handlings, 'tabled', LONG));
      if (tabled.body?.code === 'TEXT_LIMIT_REACHED') {
        const rest = Math.floor((TEXT_LIMIT - characters - PRESENTER.length) / 3);
        expect((await send(secretary, statement(handlings, 'tabled', rest))).status).toBe(200);
        break;
      }
      if (tabled.body?.code === 'POSTPONEMENT_LIMIT_REACHED') {
        expect((await send(secretary, statement(handlings, 'asProposed', LONG))).status).toBe(200);
        characters += PRESENTER.length + 3 * LONG;
        expect((await send(registrar, request)).status).toBe(200);
        continue;
      }
      expect(tabled.status).toBe(200);
      characters += PRESENTER.length + 3 * LONG;
    }
    return id;
  }

  it('stays up and answers every reader, its memory growing by a bounded amount', async () => {
    const registrar = await signIn('hallintojohtaja');
    const secretary = await signIn('jaostosihteeri');
    const staff = await signIn('valtuustosihteeri');
    const id = await growInitiative(registrar, secretary);
    const opened = await api.call('GET', `/api/initiatives/${id}`, staff, undefined, 60_000);
    expect(opened.status).toBe(200);
    const pid = api.child?.pid as number;
    await sleep(2_000);
    const quiet = memoryMegabytes(pid).resident;

    let highest = quiet;
    const sampler = setInterval(() => {
      // A process that has just died has no resident memory to read.
      const { resident } = memoryMegabytes(pid);
      if (Number.isFinite(resident)) highest = Math.max(highest, resident);
    }, 50);
    const statuses: number[] = [];
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const answers = await Promise.all(
          Array.from({ length: CLIENTS }, () => [
            api.call('GET', `/api/initiatives/${id}`, staff, undefined, 60_000).catch(() => ({ status: 0 })),
            api
              .call('GET', `/api/initiatives/${id}/events`, staff, undefined, 60_000)
              .catch(() => ({ status: 0 })),
          ]).flat(),
        );
        statuses.push(...answers.map((answer) => answer.status));
      }
    } finally {
      clearInterval(sampler);
    }
    console.log(
      `a maximal initiative: ${opened.text.length.toLocaleString('en-US')} characters as JSON, ` +
        `${opened.body.handlings.length} handlings; ${CLIENTS} clients × ${ROUNDS} rounds: ` +
        `resident memory ${quiet} MB quiet, ${highest} MB at most (+${highest - quiet} MB)`,
    );
    expect(api.alive()).toBe(true);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(highest - quiet).toBeLessThan(150);
  }, 900_000);
});
