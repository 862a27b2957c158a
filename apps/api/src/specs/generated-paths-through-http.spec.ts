import { stateOf, type InitiativeEvent, type InitiativeFacts } from '@aloite/domain';
import { EXPLORATIONS, simplePaths } from '@aloite/domain/testing';
import { replayEveryInitiative } from '../testing/replay-every-initiative';
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
    const initiatives = await replayEveryInitiative(api);
    expect(initiatives.length).toBeGreaterThan(100);
    for (const initiative of initiatives) {
      expect(initiative.replayed).toEqual(initiative.stored);
      expect(initiative.version).toBe(initiative.auditRows);
    }
  });
});
