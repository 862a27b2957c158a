import { stateOf, type InitiativeEvent, type InitiativeFacts } from '@aloite/domain';
import { EXPLORATIONS, simplePaths } from '@aloite/domain/testing';
import { replayEveryInitiative } from '../testing/replay-every-initiative';
import { ok } from '../testing/committee-meetings';
import { municipalityFromTemplate } from '../testing/municipality-from-template';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app';

// The model-based paths of the domain, driven through the real API, each exploration in a municipality whose rules
// are its template: after every step the API's state equals the machine's and the audit log has exactly one more
// row. Afterwards every audit log in the database replays.

describe('the machine’s generated paths, through HTTP', () => {
  let api: TestApp;
  let demoBodies: { id: string; name: string; kind: string }[];

  beforeAll(async () => {
    api = await startTestApp('2026-06-01'); // the explorations' day: no event is dated after today
    demoBodies = (await api.request('GET', '/api/bodies')).body;
  });
  afterAll(() => api.close());

  /**
   * A municipality set up from the exploration's template (its rules judge every filing), with bodies named as the
   * demo's, and a registrar who is also the secretary of them all: the one user who may take every step.
   */
  async function municipalityOf(template: string) {
    const { admin, council, slug } = await municipalityFromTemplate(api, `polku-${template}`, [
      ...['--municipality', `Polku ${template}`, '--template', template],
    ]);
    const bodies = (await admin('GET', '/api/bodies')).body as { id: string; kind: string }[];
    const bodyIds: Record<string, string> = {};
    for (const [key, demoId] of Object.entries(api.demo.bodyIds)) {
      const demoBody = demoBodies.find((body) => body.id === demoId);
      const own = bodies.find(
        (body) => body.kind === demoBody?.kind && ['council', 'board'].includes(body.kind),
      );
      bodyIds[key] =
        own?.id ??
        (await ok(admin('POST', '/api/bodies', { name: demoBody?.name, kind: demoBody?.kind }), 201)).id;
    }
    const username = `polku-${template}.kaikki`;
    await ok(
      admin('POST', '/api/users', {
        username,
        displayName: 'Kaikki vaiheet',
        password: TEST_PASSWORD,
        roles: ['registrar', 'committeeSecretary'],
        bodyIds: Object.values(bodyIds),
      }),
      201,
    );
    return { council, bodyIds, as: api.as(await api.signIn(username, TEST_PASSWORD, slug)) };
  }

  describe.each(EXPLORATIONS)('$name', (exploration) => {
    const paths = simplePaths(exploration);

    it(`agrees with the machine on every step of every path`, async () => {
      const facts: InitiativeFacts = exploration.facts;
      const { bodyIds, as } = await municipalityOf(facts.rulePack);
      const mapBodies = (event: InitiativeEvent): InitiativeEvent => {
        const copy = JSON.parse(JSON.stringify(event)) as InitiativeEvent & {
          bodyId?: string;
          meeting?: { bodyId: string };
        };
        if (copy.bodyId) copy.bodyId = bodyIds[copy.bodyId] ?? copy.bodyId;
        if (copy.meeting) copy.meeting.bodyId = bodyIds[copy.meeting.bodyId] ?? copy.meeting.bodyId;
        return copy;
      };
      for (const path of paths) {
        const filed = await as('POST', '/api/initiatives', {
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
          const response = await as('POST', `/api/initiatives/${id}/events`, mapBodies(event));
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
