import {
  boardDecision,
  event,
  referral,
  everyInitiative,
  file,
  versionOf,
  versions,
  type Filing,
  type Pack,
} from '../testing/rule-pack-versions';
import { startTestApp, type TestApp } from '../testing/test-app';

// Issue 17's what-if and a version that starts before some filings: the administrator sees exactly the open
// initiatives whose deadline, answer channel or lapse would change, and saving re-judges exactly those filed from
// its day; the oracle below is the version's rules worked out by hand, not the product's functions.

const TODAY = '2026-05-21';
const STARTS = '2026-02-01';
const SECTION = 119;
/** Kajaani's rules, and from 1.2.2026 also: */
const RULES = {
  // ≥ 10 signers, no financial effect: on the council's agenda within six months;
  deadlines: [
    {
      kind: 'council',
      minSignatories: 10,
      maxSignatories: null,
      financialEffect: 'without',
      kinds: ['councillor', 'councilGroup'],
      months: 6,
      section: SECTION,
    },
    // a councillor's initiative of 1–3 signers: answered directly, in writing within three months;
    {
      kind: 'answer',
      minSignatories: 1,
      maxSignatories: 3,
      financialEffect: 'any',
      kinds: ['councillor'],
      months: 3,
      section: SECTION,
    },
  ],
  directAnswer: [
    { minSignatories: 1, maxSignatories: 3, financialEffect: 'any', kinds: ['councillor'], section: SECTION },
  ],
  // a year old at the list's due day (31.3.): lapses on that list.
  lapse: { years: 1, measuredAt: 'listDueDate', section: SECTION },
};
/** Today is past 31.3.2026, so the next list is 2027's; its due day is 31.3.2027. */
const NEXT_LIST = 2027;
const LAPSES_IF_FILED_BY = '2026-03-31';

interface Facts {
  kind: string;
  signatoryCount: number;
  hasFinancialEffect: boolean;
  submittedOn: string;
}

/** The same day `months` later, or the month's last day where it has no such day (30.6. for 31.3. + 3). */
function monthsLater(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const [toYear, toMonth] = [Math.floor(total / 12), (total % 12) + 1];
  const lastDay = new Date(Date.UTC(toYear, toMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${toYear}-${pad(toMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** Kuntalaki 23 §: a residents' initiative has its six months under any rules. */
const residents = (facts: Facts) => [{ kind: 'council', dueDate: monthsLater(facts.submittedOn, 6) }];

const kajaani = (facts: Facts) => ({
  deadlines: facts.kind === 'resident' ? residents(facts) : [],
  channel: 'council',
  lapses: false,
});

function fromFebruary(facts: Facts) {
  const lapses = facts.submittedOn <= LAPSES_IF_FILED_BY;
  if (facts.kind === 'resident') return { deadlines: residents(facts), channel: 'council', lapses };
  const councillor = facts.kind === 'councillor';
  const council = facts.signatoryCount >= 10 && !facts.hasFinancialEffect;
  const direct = councillor && facts.signatoryCount <= 3;
  return {
    deadlines: [
      ...(council ? [{ kind: 'council', dueDate: monthsLater(facts.submittedOn, 6) }] : []),
      ...(direct ? [{ kind: 'answer', dueDate: monthsLater(facts.submittedOn, 3) }] : []),
    ],
    channel: direct ? 'directAnswer' : 'council',
    lapses,
  };
}

/** What the what-if must say of one initiative, or null: nothing changes for it. */
function expectedChange(diaryNumber: string, facts: Facts) {
  const [before, after] = [kajaani(facts), fromFebruary(facts)];
  const change = {
    diaryNumber,
    deadlines:
      JSON.stringify(before.deadlines) === JSON.stringify(after.deadlines)
        ? null
        : { before: before.deadlines, after: after.deadlines },
    channel: before.channel === after.channel ? null : { before: before.channel, after: after.channel },
    lapse:
      before.lapses === after.lapses
        ? null
        : { listYear: NEXT_LIST, before: before.lapses, after: after.lapses },
  };
  return change.deadlines || change.channel || change.lapse ? change : null;
}

const deadlinesShown = (deadlines: Pack[]) => deadlines.map(({ kind, dueDate }) => ({ kind, dueDate }));

describe('a version that starts before some filings (issue 17)', () => {
  let api: TestApp;
  let pack: Pack;
  const filed: Record<string, { id: string; diaryNumber: string }> = {};
  const filings: Record<string, Filing> = {
    before: { submittedOn: '2026-01-15', signatoryCount: 12 },
    council: { submittedOn: '2026-02-10', signatoryCount: 12 },
    overdueAnswer: { submittedOn: '2026-02-03', signatoryCount: 1 },
    withdrawn: { submittedOn: '2026-02-15', signatoryCount: 12 },
    dueSoonAnswer: { submittedOn: '2026-03-05', signatoryCount: 2 },
    residents: { submittedOn: '2026-03-10', kind: 'resident', signatoryCount: 2000 },
    unchanged: {
      submittedOn: '2026-04-20',
      kind: 'councilGroup',
      signatoryCount: 15,
      hasFinancialEffect: true,
    },
    councilOnly: { submittedOn: '2026-04-21', signatoryCount: 20 },
  };
  beforeAll(async () => {
    api = await startTestApp(TODAY);
    for (const [name, filing] of Object.entries(filings))
      filed[name] = await file(api.request, api.demo.bodyIds.council, filing);
    const withdrawal = { type: 'WITHDRAW', date: '2026-03-01', requestedBy: 'Testi Valtuutettu' };
    expect((await event(api.request, filed.withdrawn?.id as string, withdrawal)).status).toBe(200);
    pack = await versionOf(api.request, 'kajaani', STARTS, RULES);
  });
  afterAll(() => api.close());

  const ids = (filter: string) =>
    api
      .request('GET', `/api/initiatives?deadline=${filter}&limit=200`)
      .then((page) => (page.body.items as { id: string }[]).map((item) => item.id));

  it('previews exactly the open initiatives filed from its day whose deadline, channel or lapse changes', async () => {
    const everything = [...(await everyInitiative(api.request)).values()];
    const judged = everything.filter(
      (initiative) =>
        initiative.submittedOn >= STARTS && !['closed', 'withdrawn', 'lapsed'].includes(initiative.state),
    );
    const expected = judged
      .map((initiative) => expectedChange(initiative.diaryNumber, initiative))
      .filter((change) => change !== null)
      .sort((a, b) => a.diaryNumber.localeCompare(b.diaryNumber));
    // The filings above cover every kind of change, and no change.
    const changed = (name: string) =>
      expected.some((change) => change.diaryNumber === filed[name]?.diaryNumber);
    expect(Object.keys(filed).filter(changed)).toEqual([
      'council',
      'overdueAnswer',
      'dueSoonAnswer',
      'residents',
      'councilOnly',
    ]);

    const preview = await api.request('POST', '/api/municipality/rule-packs/preview', pack);
    expect(preview.status).toBe(200);
    expect(preview.body.rules).toEqual(pack);
    expect(preview.body.judged).toBe(judged.length);
    expect(preview.body.contradicted).toEqual([]);
    const shown = (preview.body.changes as Pack[])
      .map(({ diaryNumber, deadlines, channel, lapse }) => ({
        diaryNumber,
        deadlines: deadlines && {
          before: deadlinesShown(deadlines.before),
          after: deadlinesShown(deadlines.after),
        },
        channel,
        lapse,
      }))
      .sort((a, b) => a.diaryNumber.localeCompare(b.diaryNumber));
    expect(shown).toEqual(expected);
    const cited = (preview.body.changes as Pack[]).flatMap((change) => change.deadlines?.after ?? []);
    for (const deadline of cited.filter((it) => it.kind === 'answer'))
      expect(deadline.rule).toContain(`Kajaanin hallintosääntö ${SECTION} §`);
  });

  it('saving re-judges those filed from its day, and the deadline filters see their new due dates', async () => {
    const before = await everyInitiative(api.request);
    expect(await ids('overdue')).not.toContain(filed.overdueAnswer?.id);
    expect(await ids('dueSoon')).not.toContain(filed.dueSoonAnswer?.id);

    const saved = await api.request('POST', '/api/municipality/rule-packs', pack);
    expect(saved.status).toBe(201);
    expect((await versions(api.request)).map((version) => version.rules.validFrom)).toEqual([
      '1900-01-01',
      STARTS,
    ]);

    const after = await everyInitiative(api.request);
    for (const [id, initiative] of before) {
      const now = after.get(id);
      if (initiative.submittedOn < STARTS) {
        expect(now).toEqual(initiative);
        continue;
      }
      expect({ id, judgedBy: now.rulePackValidFrom }).toEqual({ id, judgedBy: STARTS });
      const answers = deadlinesShown(
        now.deadlines.filter((it: Pack) => ['council', 'answer'].includes(it.kind)),
      );
      const expected = ['withdrawn', 'lapsed'].includes(initiative.state)
        ? []
        : fromFebruary(initiative).deadlines;
      expect({ id, answers }).toEqual({ id, answers: expected });
    }
    expect(after.get(filed.overdueAnswer?.id as string).deadlines).toEqual([
      expect.objectContaining({ kind: 'answer', dueDate: '2026-05-03', status: 'overdue' }),
    ]);
    expect(await ids('overdue')).toContain(filed.overdueAnswer?.id);
    expect(await ids('dueSoon')).toContain(filed.dueSoonAnswer?.id);
    const dashboard = (await api.request('GET', '/api/dashboard')).body;
    expect(dashboard.deadlines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          initiativeId: filed.overdueAnswer?.id,
          dueDate: '2026-05-03',
          status: 'overdue',
        }),
        expect.objectContaining({
          initiativeId: filed.dueSoonAnswer?.id,
          dueDate: '2026-06-05',
          status: 'dueSoon',
        }),
      ]),
    );
    // Its channel changed: the board may now answer it directly.
    const id = filed.dueSoonAnswer?.id as string;
    expect((await event(api.request, id, referral(api, '2026-04-01'))).status).toBe(200);
    const answered = await event(api.request, id, boardDecision(api, '2026-05-04', 'answerDirectly'));
    expect(answered.status).toBe(200);
    expect(answered.body.state).toBe('answered');
  });
});
