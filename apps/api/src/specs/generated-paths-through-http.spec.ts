import { replay, stateOf, type InitiativeEvent, type InitiativeFacts } from '@aloite/domain';
import { EXPLORATIONS, simplePaths } from '@aloite/domain/testing';
import { startTestApp, type TestApp } from '../testing/test-app';

// The model-based paths of the domain, driven through the real API: after every step the API's state equals the
// machine's and the audit log has exactly one more row. Afterwards every audit log in the database replays.

describe('the machine’s generated paths, through HTTP', () => {
  let api: TestApp;
  let bodyIds: Record<string, string>;
  const mapBodies = (event: InitiativeEvent): InitiativeEvent => {
    const copy = JSON.parse(JSON.stringify(event)) as InitiativeEvent & {
      bodyId?: string;
      meeting?: { bodyId: string };
    };
    if (copy.bodyId) copy.bodyId = bodyIds[copy.bodyId] ?? copy.bodyId;
    if (copy.meeting) copy.meeting.bodyId = bodyIds[copy.meeting.bodyId] ?? copy.meeting.bodyId;
    return copy;
  };

  beforeAll(async () => {
    api = await startTestApp('2026-06-01'); // the explorations' day: no event is dated after today
    bodyIds = { ...api.demo.bodyIds };
  });
  afterAll(() => api.close());

  describe.each(EXPLORATIONS)('$name', (exploration) => {
    const paths = simplePaths(exploration);

    it(`agrees with the machine on every step of every path`, async () => {
      const facts: InitiativeFacts = exploration.facts;
      const municipality = await api.request('PUT', '/api/municipality', {
        name: 'Kajaani',
        rulePack: facts.rulePack,
        diaryPrefix: 'KAJDno',
      });
      expect(municipality.status).toBe(200);
      for (const path of paths) {
        const filed = await api.request('POST', '/api/initiatives', {
          title: 'Polkutesti',
          text: 'Mallipohjainen testi.',
          kind: facts.kind,
          submittedOn: facts.submittedOn,
          signatories: [{ name: 'Testi Allekirjoittaja', party: null }],
          signatoryCount: facts.signatoryCount,
          hasFinancialEffect: facts.hasFinancialEffect,
          filedAt: { bodyId: bodyIds.council, date: facts.submittedOn, section: 1 },
        });
        expect(filed.status).toBe(201);
        const id = filed.body.id as string;
        for (const [index, { event, state }] of path.steps.slice(1).entries()) {
          const response = await api.request('POST', `/api/initiatives/${id}/events`, mapBodies(event));
          if (response.status !== 200)
            throw new Error(`${event.type} answered ${response.status}: ${response.text}`);
          expect(response.body.state).toBe(stateOf(state));
          expect(response.body.version).toBe(index + 2);
          expect(await api.auditRows(id)).toBe(index + 2);
        }
      }
    }, 300_000);
  });

  it('replays every initiative’s audit log from start to exactly the stored state and context', async () => {
    const rows = (await api.database.dataSource.query(
      `SELECT i.id, i.state, i.context, i.version, json_agg(e.payload ORDER BY e.seq) AS payloads
       FROM initiative i JOIN initiative_event e ON e.initiative_id = i.id GROUP BY i.id`,
    )) as { id: string; state: string; context: unknown; version: number; payloads: unknown[] }[];
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const [filing, ...events] = row.payloads as [{ facts: InitiativeFacts }, ...InitiativeEvent[]];
      expect(replay(filing.facts, events)).toEqual({ state: row.state, context: row.context });
      expect(row.version).toBe(row.payloads.length);
    }
  });
});
