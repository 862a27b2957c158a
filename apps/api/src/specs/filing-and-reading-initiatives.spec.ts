import { INITIATIVE_17 } from '@aloite/domain/testing';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('filing and reading initiatives over HTTP', () => {
  let api: TestApp;
  let filing: Record<string, unknown>;
  beforeAll(async () => {
    api = await startTestApp();
    filing = {
      title: 'Valtuustoaloite kirjaston aukioloajoista',
      text: 'Esitän, että pääkirjasto on auki myös sunnuntaisin.',
      kind: 'councillor',
      submittedOn: '2026-05-18',
      signatories: [
        { name: 'Aila Esimerkki', party: 'KESK' },
        { name: 'Bertta Esimerkki', party: 'SDP' },
      ],
      signatoryCount: 2,
      hasFinancialEffect: false,
      filedAt: { bodyId: api.demo.bodyIds.council, date: '2026-05-18', section: 61 },
    };
  });
  afterAll(() => api.close());

  it('files with a generated diary number, version 1 and the first named as first signer', async () => {
    const response = await api.request('POST', '/api/initiatives', filing);
    expect(response.status).toBe(201);
    expect(response.body).toEqual(
      expect.objectContaining({
        diaryNumber: 'KAJDno-2026-1',
        state: 'registered',
        version: 1,
        allowedEvents: ['REFER_TO_BOARD', 'WITHDRAW'],
        handlings: [],
        closure: null,
      }),
    );
    expect(response.body.signatories).toEqual([
      { name: 'Aila Esimerkki', party: 'KESK', firstSigner: true },
      { name: 'Bertta Esimerkki', party: 'SDP', firstSigner: false },
    ]);
    const audit = await api.request('GET', `/api/initiatives/${response.body.id}/events`);
    expect(audit.body).toEqual([
      expect.objectContaining({
        seq: 1,
        type: 'FILE',
        actor: 'tester',
        fromState: null,
        toState: 'registered',
      }),
    ]);
  });

  it('refuses a diary number already in use with 409', async () => {
    const response = await api.request('POST', '/api/initiatives', {
      ...filing,
      diaryNumber: INITIATIVE_17.diaryNumber,
    });
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual(expect.objectContaining({ code: 'DUPLICATE_DIARY_NUMBER', status: 409 }));
  });

  it.each([
    ['an unknown field', { extra: 1 }, 'extra'],
    ['a wrong type', { signatoryCount: '2' }, 'signatoryCount'],
    ['a missing title', { title: undefined }, 'title'],
    ['a NUL character', { title: 'a\u0000b' }, 'title'],
    ['a lone surrogate', { text: 'a\ud800b' }, 'text'],
    ['an integer beyond the column', { signatoryCount: 2 ** 31 }, 'signatoryCount'],
    ['an over-long title', { title: 'x'.repeat(501) }, 'title'],
    ['an impossible date', { submittedOn: '2026-02-30' }, 'submittedOn'],
    ['fewer signers than named', { signatoryCount: 1 }, 'signatoryCount'],
    [
      'a filing body that is not the council',
      { filedAt: { bodyId: '00000000-0000-4000-8000-000000000000', date: '2026-05-18', section: 1 } },
      'filedAt.bodyId',
    ],
    [
      'a nested unknown field',
      { filedAt: { bodyId: 'x', date: '2026-05-18', section: 1, extra: true } },
      'filedAt.extra',
    ],
  ])('answers 400 with the field for %s, and files nothing', async (_case, change, field) => {
    const before = await api.request('GET', '/api/initiatives?limit=1');
    const response = await api.request('POST', '/api/initiatives', { ...filing, ...change });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect((await api.request('GET', '/api/initiatives?limit=1')).body.total).toBe(before.body.total);
  });

  it('names the rule each field broke, so a client can word the message in its own language', async () => {
    const response = await api.request('POST', '/api/initiatives', {
      ...filing,
      submittedOn: '2026-02-30',
      signatoryCount: 'two',
    });
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'submittedOn', rule: 'isoDate' }),
        expect.objectContaining({ field: 'signatoryCount', rule: 'isInt' }),
      ]),
    );
  });

  it('refuses JSON that is not JSON, JSON that is not an object, and bodies that are not JSON', async () => {
    expect((await api.request('POST', '/api/initiatives', '{"title": ')).status).toBe(400);
    expect((await api.request('POST', '/api/initiatives', '[1,2]')).status).toBe(400);
    expect((await api.request('POST', '/api/initiatives', '"text"')).status).toBe(400);
    expect((await api.request('POST', '/api/initiatives', '{"__proto__": {"admin": true}}')).status).toBe(
      400,
    );
    const plain = await api.request('POST', '/api/initiatives', 'title=x', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    expect(plain.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('reads one initiative with its timeline, statements and deadlines', async () => {
    const list = await api.request('GET', '/api/initiatives?q=tinder');
    expect(list.body.items).toHaveLength(1);
    const response = await api.request('GET', `/api/initiatives/${list.body.items[0].id}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(
      expect.objectContaining({
        diaryNumber: 'KAJDno-2026-726',
        state: 'awaitingStatements',
        version: 3,
        allowedEvents: [
          'REQUEST_STATEMENT',
          'RECORD_STATEMENT',
          'WAIVE_STATEMENT',
          'REFER_FOR_MEASURES',
          'WITHDRAW',
        ],
        filedAt: { bodyId: api.demo.bodyIds.council, date: '2026-04-28', section: 52 },
      }),
    );
    expect(response.body.handlings).toEqual([
      expect.objectContaining({
        event: 'REFER_TO_BOARD',
        bodyId: api.demo.bodyIds.council,
        date: '2026-04-28',
        section: 52,
      }),
    ]);
    expect(response.body.statements).toEqual([
      expect.objectContaining({ bodyId: api.demo.bodyIds.employment, status: 'open', dueDate: '2026-05-31' }),
    ]);
    expect(response.body.deadlines).toEqual([
      expect.objectContaining({ kind: 'statement', bodyId: api.demo.bodyIds.employment, status: 'dueSoon' }),
    ]);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id', '-1', '1.5']) {
      const response = await api.request('GET', `/api/initiatives/${id}`);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
      expect((await api.request('GET', `/api/initiatives/${id}/events`)).status).toBe(404);
    }
  });
});
