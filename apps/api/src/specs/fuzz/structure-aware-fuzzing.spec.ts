import fc from 'fast-check';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app';
import { TAMPERED_CURSORS, carriesUnsafeText } from './hostile-text-and-cursors';
import { applyMutation, mutationOf, toJson, type HttpRequest, type Value } from './mutations';

// ≥ 10,000 valid requests with exactly one thing mutated, over every endpoint: never a 5xx, never database or
// stack text in a response. Fixed seed, so a failure replays.

const LEAKS =
  /QueryFailedError|TypeORM|node_modules|\bat \S+\.(ts|js):\d+|syntax error at|violates .* constraint|duplicate key|relation "|column "|invalid input syntax|pg_catalog|\bSELECT\b|\bINSERT\b|\bUPDATE\b .*\bSET\b/i;
const RUNS = 10_000;

describe('structure-aware fuzzing of every endpoint', () => {
  let api: TestApp;
  let token: string;
  let otherUserId: string;
  beforeAll(async () => {
    api = await startTestApp();
    token = await api.signIn('tester', TEST_PASSWORD);
    otherUserId = await api.createUser('fuzz.target', 'fuzz-target-password', ['councilStaff']);
  });
  afterAll(() => api.close());

  it(`answers ${RUNS} mutated requests without a 5xx or a leak`, async () => {
    const ids: Record<string, string> = api.demo.bodyIds;
    const initiative = api.demo.initiativeIds['KAJDno-2026-726'] as string;
    const meeting = (body: string) => ({ bodyId: ids[body], date: '2026-05-20', section: 17 });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const jsonEndpoints: [string, string, Value][] = [
      ['POST', '/api/auth/login', { username: 'fuzz.target', password: 'fuzz-target-password' }],
      [
        'POST',
        '/api/initiatives',
        {
          diaryNumber: 'FUZZ-1',
          title: 'Valtuustoaloite',
          text: 'Teksti',
          kind: 'councillor',
          submittedOn: '2026-05-18',
          signatories: [{ name: 'Aino', party: 'SDP', firstSigner: true }],
          signatoryCount: 2,
          hasFinancialEffect: false,
          filedAt: meeting('council'),
        },
      ],
      ...(
        [
          {
            type: 'REFER_TO_BOARD',
            meeting: meeting('council'),
            proposal: 'p',
            decision: 'd',
            decisionType: 'asProposed',
          },
          {
            type: 'REQUEST_STATEMENT',
            bodyId: ids.education,
            date: '2026-05-20',
            dueDate: '2026-06-30',
            preparers: [{ name: 'V', title: 't', email: 'e@x.fi' }],
          },
          {
            type: 'RECORD_STATEMENT',
            bodyId: ids.employment,
            meeting: meeting('employment'),
            preparers: [{ name: 'V' }],
            presenter: 'E',
            proposal: 'P',
            decision: 'D',
            decisionType: 'tabled',
            responseText: 'R',
          },
          { type: 'WAIVE_STATEMENT', bodyId: ids.employment, date: '2026-05-20', reason: 'r' },
          {
            type: 'RECORD_BOARD_DECISION',
            meeting: meeting('board'),
            preparers: [],
            presenter: 'x',
            proposal: 'p',
            decision: 'd',
            decisionType: 'tabled',
            outcome: 'tabled',
          },
          {
            type: 'RECORD_COUNCIL_DECISION',
            meeting: meeting('council'),
            presenter: 'x',
            proposal: 'p',
            decision: 'd',
            decisionType: 'tabled',
            outcome: 'tabled',
            resolutions: ['r'],
          },
          { type: 'CLOSE_VIA_ANNUAL_LIST', meeting: meeting('council'), annualListId: 'l', listYear: 2026 },
          { type: 'WITHDRAW', date: '2026-05-20', requestedBy: 'x' },
          { type: 'DECLARE_LAPSED', meeting: meeting('council') },
        ] as Value[]
      ).map((event): [string, string, Value] => ['POST', `/api/initiatives/${initiative}/events`, event]),
      ['POST', '/api/bodies', { name: 'Fuzz-lautakunta', kind: 'committee' }],
      ['PATCH', `/api/bodies/${ids.technical}`, { name: 'Tekninen lautakunta', active: true }],
      ['PUT', '/api/municipality', { name: 'Kajaani', rulePack: 'kajaani', diaryPrefix: 'KAJDno' }],
      [
        'POST',
        '/api/users',
        {
          username: 'fuzz.user',
          displayName: 'F',
          email: 'fuzz@kajaani.fi',
          password: 'fuzz-password-1',
          roles: ['committeeSecretary'],
          bodyIds: [ids.education],
        },
      ],
      [
        'PATCH',
        `/api/users/${otherUserId}`,
        { displayName: 'F', roles: ['councilStaff'], bodyIds: [], active: true, password: 'fuzz-password-2' },
      ],
      [
        'POST',
        '/api/annual-lists/2027/decision',
        { meeting: meeting('council'), annualListId: 'KAJDno-2027-1', close: [initiative], keep: [] },
      ],
    ];
    const bodyRequests = jsonEndpoints.map(([method, url, body]) =>
      mutationOf(body).map((mutation) => applyMutation({ method, url, headers }, body, mutation)),
    );
    const query = {
      state: 'awaitingStatements',
      q: 'aloite',
      bodyId: ids.employment,
      year: '2026',
      deadline: 'dueSoon',
      signatory: 'Urpi',
      limit: '5',
      sort: 'dueDate',
    } as Record<string, Value>;
    const listRequests = mutationOf(query)
      .filter((mutation) => ['replace', 'remove', 'addKey'].includes(mutation.kind))
      .map((mutation): HttpRequest => {
        const mutated = JSON.parse(
          applyMutation({ method: 'GET', url: '', headers }, query, mutation).payload ?? '{}',
        ) as Record<string, unknown>;
        const search = new URLSearchParams();
        for (const [key, value] of Object.entries(mutated ?? {})) {
          for (const item of Array.isArray(value) ? value : [value])
            search.append(key, typeof item === 'string' ? item : toJson(item));
        }
        return {
          method: 'GET',
          url: `/api/initiatives?${search.toString()}`,
          headers: { authorization: headers.authorization },
        };
      });
    const hostileIds = [
      '-1',
      '1.5',
      '0',
      '1e309',
      '9223372036854775808',
      'null',
      '%00',
      '%ED%A0%80',
      'x'.repeat(5000),
    ];
    const idRequests = fc
      .tuple(
        fc.constantFrom('/api/initiatives/', '/api/bodies/', '/api/users/'),
        fc.constantFrom(...hostileIds, initiative.toUpperCase(), `${initiative}/events`),
        fc.constantFrom('GET', 'PATCH', 'DELETE'),
      )
      .map(([prefix, id, method]): HttpRequest => ({
        method,
        url: `${prefix}${id}`,
        headers,
        payload: method === 'PATCH' ? '{}' : undefined,
      }));

    const minutesRequests = fc.constantFrom(...hostileIds, '2', '999').map((seq): HttpRequest => ({
      method: 'GET',
      url: `/api/initiatives/${initiative}/handlings/${seq}/minutes`,
      headers: { authorization: headers.authorization },
    }));

    const annualListRequests = fc
      .tuple(
        fc.constantFrom(...hostileIds, '2027', '0000'),
        fc.constantFrom('', '/export?format=pdf', '/export?format=csv&preparer=%00', '/export?format=xls'),
      )
      .map(([year, rest]): HttpRequest => ({
        method: 'GET',
        url: `/api/annual-lists/${year}${rest}`,
        headers: { authorization: headers.authorization },
      }));

    const part = (name: string, value: string, fileName?: string) =>
      `--b\r\nContent-Disposition: form-data; name="${name}"${fileName === undefined ? '' : `; filename="${fileName}"`}\r\n\r\n${value}\r\n`;
    const uploadRequests = fc
      .tuple(
        fc.constantFrom(
          `${part('publicity', 'public')}${part('file', 'teksti\n', 'a.txt')}--b--\r\n`,
          `${part('publicity', 'confidential')}${part('file', '%PDF-1.7', 'a.pdf')}--b--\r\n`,
          `${part('publicity', 'public')}${part('file', 'MZ\u0000\u0000', 'a.exe')}--b--\r\n`,
          `${part('publicity', 'public')}${part('file', 'x', '../../etc/passwd')}${part('file', 'y', 'b.txt')}--b--\r\n`,
          `${part('__proto__', 'x')}${part('file', 'x', 'a.txt')}--b--\r\n`,
          `${part('handlingSeq', '1e309')}${part('publicity', 'public')}${part('file', 'x', 'a.txt')}--b--\r\n`,
          `${part('publicity', 'public')}--b`,
          `${part('publicity', 'x'.repeat(5000))}${part('file', 'x', 'a.txt')}--b--\r\n`,
          '--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--\r\n',
          'not multipart at all',
        ),
        fc.constantFrom('multipart/form-data; boundary=b', 'multipart/form-data', 'text/plain'),
      )
      .map(([payload, type]): HttpRequest => ({
        method: 'POST',
        url: `/api/initiatives/${initiative}/attachments`,
        headers: { authorization: headers.authorization, 'content-type': type },
        payload,
      }));

    const cursorRequests = fc
      .tuple(fc.constantFrom(...TAMPERED_CURSORS), fc.constantFrom('filedAt', '-filedAt', 'dueDate'))
      .map(([cursor, sort]): HttpRequest => ({
        method: 'GET',
        url: `/api/initiatives?limit=2&sort=${sort}&cursor=${encodeURIComponent(cursor)}`,
        headers: { authorization: headers.authorization },
      }));

    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          ...bodyRequests,
          listRequests,
          idRequests,
          minutesRequests,
          annualListRequests,
          uploadRequests,
          cursorRequests,
        ),
        async (request) => {
          const response = await api.app.inject({
            method: request.method as 'GET',
            url: request.url,
            headers: request.headers,
            payload: request.method === 'GET' ? undefined : request.payload,
          });
          checked++;
          const acceptedUnsafeText = response.statusCode < 300 && carriesUnsafeText(request);
          if (response.statusCode >= 500 || LEAKS.test(response.body) || acceptedUnsafeText) {
            throw new Error(
              `${request.method} ${request.url} → ${response.statusCode}: ${response.body.slice(0, 300)}\n${(request.payload ?? '').slice(0, 300)}`,
            );
          }
        },
      ),
      { numRuns: RUNS, seed: 20_261_122, endOnFailure: true },
    );
    expect(checked).toBe(RUNS);
  }, 600_000);
});
