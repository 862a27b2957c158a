import {
  boardDecision,
  event,
  everyInitiative,
  file,
  referral,
  versionOf,
  versions,
  type Pack,
} from '../testing/rule-pack-versions';
import { startTestApp, type TestApp } from '../testing/test-app';

// Issue 17: "a new version never rewrites history". A version that would judge an initiative whose recorded
// handling its rules do not allow is refused whole; and a decision taken while a version takes an initiative over
// is decided under the rules the initiative ends up judged by, never under the ones it had.

const TODAY = '2026-05-21';
/** Espoo's rules from 1.3.2026: a councillor's initiative of 1–13 signers may be answered directly. */
const ESPOO_FROM = '2026-03-01';

describe('a new version and the handling already recorded (issue 17)', () => {
  let api: TestApp;
  /** Kajaani's rules, without direct answers, from a day. */
  let withoutDirectAnswers: (validFrom: string) => Promise<Pack>;
  const add = (pack: Pack) => api.request('POST', '/api/municipality/rule-packs', pack);
  const fileOn = (submittedOn: string) =>
    file(api.request, api.demo.bodyIds.council, { submittedOn, signatoryCount: 5 });
  const state = async (id: string) => (await api.request('GET', `/api/initiatives/${id}`)).body;

  beforeAll(async () => {
    api = await startTestApp(TODAY);
    withoutDirectAnswers = (validFrom) => versionOf(api.request, 'kajaani', validFrom);
    expect((await add(await versionOf(api.request, 'espoo', ESPOO_FROM))).status).toBe(201);
  });
  afterAll(() => api.close());

  it('refuses a version under which a direct answer already given was impossible, changing nothing', async () => {
    const answered = await fileOn('2026-03-03');
    expect((await event(api.request, answered.id, referral(api, '2026-03-03'))).status).toBe(200);
    const answer = await event(api.request, answered.id, boardDecision(api, '2026-03-10', 'answerDirectly'));
    expect(answer.body.state).toBe('answered');
    const before = { versions: await versions(api.request), initiatives: await everyInitiative(api.request) };

    const pack = await withoutDirectAnswers('2026-03-02');
    const preview = await api.request('POST', '/api/municipality/rule-packs/preview', pack);
    expect(preview.status).toBe(200);
    expect(preview.body.contradicted).toEqual([answered.diaryNumber]);
    const refused = await add(pack);
    expect(refused.status).toBe(422);
    expect(refused.body).toEqual(
      expect.objectContaining({ code: 'RULE_PACK_CONTRADICTS_HISTORY', refused: [answered.diaryNumber] }),
    );
    expect(await versions(api.request)).toEqual(before.versions);
    expect(await everyInitiative(api.request)).toEqual(before.initiatives);
    expect((await state(answered.id)).rulePackValidFrom).toBe(ESPOO_FROM);
  });

  it('decides an event again under the version that took the initiative over after it was last read', async () => {
    const taken = await fileOn('2026-04-10');
    expect((await event(api.request, taken.id, referral(api, '2026-04-10'))).status).toBe(200);
    // The board tables it first: the API now remembers the initiative, under Espoo's rules, and the board.
    expect((await event(api.request, taken.id, boardDecision(api, '2026-04-20', 'tabled'))).status).toBe(200);
    expect((await state(taken.id)).deadlines).toEqual([expect.objectContaining({ kind: 'answer' })]);

    expect((await add(await withoutDirectAnswers('2026-04-01'))).status).toBe(201);
    const answer = await event(api.request, taken.id, boardDecision(api, '2026-05-04', 'answerDirectly'));
    expect(answer.status).toBe(422);
    const now = await state(taken.id);
    expect(now).toEqual(
      expect.objectContaining({ state: 'boardPreparation', rulePackValidFrom: '2026-04-01', deadlines: [] }),
    );
  });

  it('lets exactly one of a direct answer and a version refusing it through when both arrive at once', async () => {
    // Each under Espoo's rules of its own day, raced by Kajaani's from the next day, so that each version judges
    // only its own initiative; the answer starts a little later each time, to meet the version at each step.
    const outcomes = new Set<number>();
    for (let race = 0; race < 10; race++) {
      const espoo = `2026-03-${String(4 + 2 * race).padStart(2, '0')}`;
      const day = `2026-03-${String(5 + 2 * race).padStart(2, '0')}`;
      expect((await add(await versionOf(api.request, 'espoo', espoo))).status).toBe(201);
      const raced = await fileOn(day);
      expect((await event(api.request, raced.id, referral(api, day))).status).toBe(200);
      const pack = await withoutDirectAnswers(day);
      const [version, answer] = await Promise.all([
        add(pack),
        new Promise((resolve) => setTimeout(resolve, race * 3)).then(() =>
          event(api.request, raced.id, boardDecision(api, '2026-04-30', 'answerDirectly')),
        ),
      ]);
      outcomes.add(version.status);
      const now = await state(raced.id);
      if (version.status === 201) {
        expect({ day, answer: answer.status, state: now.state, judgedBy: now.rulePackValidFrom }).toEqual({
          day,
          answer: 422,
          state: 'boardPreparation',
          judgedBy: day,
        });
      } else {
        expect({ day, version: version.status, answer: answer.status, state: now.state }).toEqual({
          day,
          version: 422,
          answer: 200,
          state: 'answered',
        });
        expect(now.rulePackValidFrom).toBe(espoo);
      }
    }
    console.log(`versions added while an answer raced them: ${[...outcomes].join(', ')}`);
  });
});
