import { ok } from '../testing/committee-meetings';
import { initiativeStages } from '../testing/initiative-stages';
import { municipalityFromTemplate } from '../testing/municipality-from-template';
import { replayEveryInitiative } from '../testing/replay-every-initiative';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

// Issue 19, "entered once, not retyped", and domain.md § 2: "several bodies may be asked in parallel". The
// registry asks several bodies (or office holders) in one form, each with its own due date and preparers. One
// submit records every request, each as its own REQUEST_STATEMENT in the audit log, or, if any one is refused,
// none of them; the refusal names the request it is about.

const TODAY = '2026-05-21';
const director = { name: 'Liisa Virtanen', title: 'palveluverkkojohtaja' };
const kari = { name: 'Kari Tekninen', title: 'Kaupungininsinööri', email: 'kari.tekninen@kajaani.fi' };
const hilkka = { name: 'Hilkka Hyvinvointi', title: 'Hyvinvointijohtaja' };

describe('statements asked of several bodies in one submit', () => {
  let api: TestApp;
  let stages: ReturnType<typeof initiativeStages>;

  beforeAll(async () => {
    api = await startTestApp(TODAY);
    stages = initiativeStages(api, '2026-05-04');
  }, 60_000);
  afterAll(() => api.close());

  const ask = (id: string, body: object, headers?: Record<string, string>) =>
    api.request('POST', `/api/initiatives/${id}/statement-requests`, body, headers);
  const read = async (id: string) => (await api.request('GET', `/api/initiatives/${id}`)).body;
  /** What a refused submit must leave as it was: the initiative, its audit log and its request rows. */
  const recorded = async (id: string) => ({
    initiative: await read(id),
    auditRows: await api.auditRows(id),
    requestRows: (
      await api.database.dataSource.query(
        'SELECT count(*)::int AS count FROM statement_request WHERE initiative_id = $1',
        [id],
      )
    )[0].count as number,
  });

  it('records every request with its own due date and preparers, each its own audit entry that replays', async () => {
    const { technical, welfare } = api.demo.bodyIds;
    const id = await stages.referred();
    const asked = await ask(
      id,
      {
        date: '2026-05-20',
        requests: [
          { bodyId: technical, dueDate: '2026-06-30', preparers: [kari] },
          { bodyId: welfare, dueDate: '2026-07-15', preparers: [hilkka] },
          { officeHolder: director, dueDate: '2026-06-15', preparers: [] },
        ],
      },
      { 'if-match': '"2"' },
    );
    expect(asked.status).toBe(200);
    expect(asked.body).toEqual(expect.objectContaining({ state: 'awaitingStatements', version: 5 }));
    const request = { status: 'open', requestedOn: '2026-05-20', kind: 'statement' };
    expect(asked.body.statements).toEqual([
      expect.objectContaining({ ...request, bodyId: technical, dueDate: '2026-06-30', preparers: [kari] }),
      expect.objectContaining({ ...request, bodyId: welfare, dueDate: '2026-07-15', preparers: [hilkka] }),
      expect.objectContaining({ ...request, bodyId: null, officeHolder: director, dueDate: '2026-06-15' }),
    ]);
    expect((await read(id)).statements).toEqual(asked.body.statements);

    const log = (await api.request('GET', `/api/initiatives/${id}/events`)).body as {
      seq: number;
      type: string;
      fromState: string;
      toState: string;
      payload: Record<string, unknown>;
    }[];
    expect(
      log
        .slice(2)
        .map(({ seq, type, fromState, toState, payload }) => ({ seq, type, fromState, toState, payload })),
    ).toEqual([
      {
        seq: 3,
        type: 'REQUEST_STATEMENT',
        fromState: 'boardPreparation',
        toState: 'awaitingStatements',
        payload: {
          type: 'REQUEST_STATEMENT',
          bodyId: technical,
          date: '2026-05-20',
          dueDate: '2026-06-30',
          preparers: [kari],
        },
      },
      {
        seq: 4,
        type: 'REQUEST_STATEMENT',
        fromState: 'awaitingStatements',
        toState: 'awaitingStatements',
        payload: {
          type: 'REQUEST_STATEMENT',
          bodyId: welfare,
          date: '2026-05-20',
          dueDate: '2026-07-15',
          preparers: [hilkka],
        },
      },
      {
        seq: 5,
        type: 'REQUEST_STATEMENT',
        fromState: 'awaitingStatements',
        toState: 'awaitingStatements',
        payload: {
          type: 'REQUEST_STATEMENT',
          officeHolder: director,
          date: '2026-05-20',
          dueDate: '2026-06-15',
          preparers: [],
        },
      },
    ]);
    const replayed = (await replayEveryInitiative(api)).find((initiative) => initiative.id === id);
    expect(replayed?.replayed).toEqual(replayed?.stored);
    expect(replayed?.auditRows).toBe(5);

    // The list finds it by each body asked.
    for (const bodyId of [technical, welfare]) {
      const listed = (await api.request('GET', `/api/initiatives?bodyId=${bodyId}&limit=200`)).body;
      expect(listed.items.map((item: { id: string }) => item.id)).toContain(id);
    }
  });

  it('records nothing when one body was already asked, and names that request', async () => {
    const { technical, welfare, education } = api.demo.bodyIds;
    const id = await stages.referred();
    await stages.apply(id, {
      type: 'REQUEST_STATEMENT',
      bodyId: technical,
      date: '2026-05-18',
      dueDate: '2026-06-30',
      preparers: [kari],
    });
    const before = await recorded(id);
    const refused = await ask(id, {
      requests: [
        { bodyId: welfare, dueDate: '2026-07-15', preparers: [hilkka] },
        { bodyId: technical, dueDate: '2026-07-31', preparers: [kari] },
        { bodyId: education, dueDate: '2026-07-31', preparers: [] },
      ],
    });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toEqual(
      expect.objectContaining({
        code: 'TRANSITION_NOT_ALLOWED',
        reason: 'requestAlreadyOpen',
        requestIndex: 1,
        params: { requestedOn: '2026-05-18' },
      }),
    );
    expect(await recorded(id)).toEqual(before);
  });

  it('records nothing when one request is due in the past, and names its due date', async () => {
    const { technical, welfare } = api.demo.bodyIds;
    const id = await stages.referred();
    const before = await recorded(id);
    // Sent today (the date left out): the first request is valid and would be written first.
    const refused = await ask(id, {
      requests: [
        { bodyId: technical, dueDate: '2026-06-30', preparers: [kari] },
        { bodyId: welfare, dueDate: '2026-05-20', preparers: [hilkka] },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        field: 'requests.1.dueDate',
        rule: 'dateRange',
        params: { earliest: TODAY, since: 'request' },
      }),
    ]);
    expect(await recorded(id)).toEqual(before);
  });

  it('refuses, naming the request and writing nothing: the same body twice, no addressee, a field, none at all', async () => {
    const { technical, welfare } = api.demo.bodyIds;
    const id = await stages.referred();
    const before = await recorded(id);
    const valid = { bodyId: welfare, dueDate: '2026-07-15', preparers: [hilkka] };
    const cases: [object, object[]][] = [
      [
        { requests: [{ ...valid, bodyId: technical }, valid, { ...valid, bodyId: technical }] },
        [{ field: 'requests.2.bodyId', rule: 'addresseeTwice', params: { request: 1 } }],
      ],
      [
        {
          requests: [
            { officeHolder: director, dueDate: '2026-07-15', preparers: [] },
            { ...valid, bodyId: undefined, officeHolder: director },
          ],
        },
        [{ field: 'requests.1.officeHolder.name', rule: 'addresseeTwice', params: { request: 1 } }],
      ],
      [
        { requests: [valid, { dueDate: '2026-07-15', preparers: [] }] },
        [{ field: 'requests.1.bodyId', rule: 'oneAddressee' }],
      ],
      [
        { requests: [valid, { ...valid, bodyId: technical, preparers: [{ name: '' }] }] },
        [{ field: 'requests.1.preparers.0.name', rule: 'required' }],
      ],
      [{ requests: [valid], date: '2026-05-22' }, [{ field: 'date', rule: 'dateRange' }]],
      [{ requests: [] }, [{ field: 'requests', rule: 'required' }]],
      [{ requests: [valid], extra: 1 }, [{ field: 'extra', rule: 'unknownField' }]],
    ];
    for (const [body, errors] of cases) {
      const refused = await ask(id, body);
      expect({ body, status: refused.status, code: refused.body.code }).toEqual({
        body,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect(refused.body.errors).toEqual(errors.map((error) => expect.objectContaining(error)));
    }
    expect(await recorded(id)).toEqual(before);
  });

  it('refuses a stale version, a secretary and an initiative that takes no request, writing nothing', async () => {
    const { technical } = api.demo.bodyIds;
    const id = await stages.referred();
    const filed = await stages.file();
    const one = { requests: [{ bodyId: technical, dueDate: '2026-06-30', preparers: [kari] }] };
    const before = await recorded(id);
    const stale = await ask(id, one, { 'if-match': '"1"' });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual(expect.objectContaining({ code: 'STALE_VERSION', currentVersion: 2 }));
    await api.createUser('tekninen.sihteeri', TEST_PASSWORD, ['committeeSecretary'], [technical]);
    const secretary = api.as(await api.signIn('tekninen.sihteeri', TEST_PASSWORD));
    const forbidden = await secretary('POST', `/api/initiatives/${id}/statement-requests`, one);
    expect(forbidden.status).toBe(403);
    expect(await recorded(id)).toEqual(before);
    // Not yet referred: the state refuses the request, which is the initiative's matter, not the request's.
    const registered = await ask(filed, one);
    expect(registered.status).toBe(422);
    expect(registered.body).toEqual(expect.objectContaining({ reason: 'notInState', state: 'registered' }));
    expect(registered.body.requestIndex).toBeUndefined();
  });

  it('refuses another municipality’s body and another municipality’s initiative, writing nothing', async () => {
    const { technical } = api.demo.bodyIds;
    const other = await municipalityFromTemplate(api, 'beetala', [
      '--municipality',
      'Beetala',
      '--template',
      'espoo',
      '--prefix',
      'BEETAdno',
    ]);
    const foreign = (await ok(
      other.admin('POST', '/api/bodies', { name: 'Beetalan tekninen lautakunta', kind: 'committee' }),
      201,
    )) as { id: string };
    const id = await stages.referred();
    const before = await recorded(id);
    const refused = await ask(id, {
      requests: [
        { bodyId: technical, dueDate: '2026-06-30', preparers: [kari] },
        { bodyId: foreign.id, dueDate: '2026-06-30', preparers: [] },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'requests.1.bodyId', rule: 'noSuchBody' }),
    ]);
    const intruding = await other.registrar('POST', `/api/initiatives/${id}/statement-requests`, {
      requests: [{ bodyId: foreign.id, dueDate: '2026-06-30', preparers: [] }],
    });
    expect(intruding.status).toBe(404);
    expect(await recorded(id)).toEqual(before);
  }, 60_000);
});
