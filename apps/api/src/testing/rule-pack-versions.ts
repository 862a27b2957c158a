import type { TestApp, TestResponse } from './test-app';

// Rule-pack versions through HTTP (issue 17), for the specs that add them: a template changed by hand, initiatives
// filed and handled on given days, and everything the API shows of the initiatives, to compare before and after.

export type Requester = TestApp['request'];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a rule pack as JSON, changed field by field
export type Pack = Record<string, any>;

/** A template as the API offers it, as a version starting on `validFrom`, with the given fields changed. */
export async function versionOf(
  request: Requester,
  templateId: string,
  validFrom: string,
  changes: Pack = {},
): Promise<Pack> {
  const templates = (await request('GET', '/api/municipality/rule-packs/templates')).body as {
    id: string;
    rules: Pack;
  }[];
  const found = templates.find((template) => template.id === templateId);
  if (!found) throw new Error(`no template ${templateId}`);
  return { ...found.rules, validFrom, ...changes };
}

export interface Filing {
  submittedOn: string;
  kind?: 'councillor' | 'councilGroup' | 'resident';
  signatoryCount?: number;
  hasFinancialEffect?: boolean;
}

/** Files an initiative recorded at the council's meeting on its filing day. */
export async function file(request: Requester, councilId: string, filing: Filing) {
  const { submittedOn, kind = 'councillor', signatoryCount = 1, hasFinancialEffect = false } = filing;
  const filed = await request('POST', '/api/initiatives', {
    title: `Aloite ${submittedOn} (${kind}, ${signatoryCount})`,
    text: 'Sääntöjen versioiden testi.',
    kind,
    submittedOn,
    signatories: [{ name: 'Testi Valtuutettu' }],
    signatoryCount,
    hasFinancialEffect,
    filedAt: { bodyId: councilId, date: submittedOn, section: 1 },
  });
  if (filed.status !== 201) throw new Error(`filing answered ${filed.status}: ${filed.text}`);
  return { id: filed.body.id as string, diaryNumber: filed.body.diaryNumber as string, ...filing };
}

export function event(request: Requester, id: string, payload: object): Promise<TestResponse> {
  return request('POST', `/api/initiatives/${id}/events`, payload);
}

export const referral = (api: TestApp, date: string) => ({
  type: 'REFER_TO_BOARD',
  meeting: { bodyId: api.demo.bodyIds.council, date, section: 2 },
});

export const boardDecision = (api: TestApp, date: string, outcome: 'answerDirectly' | 'tabled') => ({
  type: 'RECORD_BOARD_DECISION',
  meeting: { bodyId: api.demo.bodyIds.board, date, section: 3 },
  proposal: 'Esitys',
  decision: outcome === 'tabled' ? 'Pöydätään.' : 'Vastataan aloitteeseen.',
  decisionType: outcome === 'tabled' ? 'tabled' : 'asProposed',
  outcome,
});

/** Every initiative of the municipality as `GET /api/initiatives/:id` shows it, by id. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any shape, compared whole
export async function everyInitiative(request: Requester): Promise<Map<string, any>> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = (await request('GET', `/api/initiatives?limit=200${query}`)).body;
    ids.push(...(page.items as { id: string }[]).map((item) => item.id));
    cursor = page.nextCursor as string | null;
  } while (cursor);
  const shown = await Promise.all(ids.map((id) => request('GET', `/api/initiatives/${id}`)));
  return new Map(shown.map((response, index) => [ids[index] as string, response.body]));
}

export async function versions(request: Requester): Promise<Pack[]> {
  const listed = await request('GET', '/api/municipality/rule-packs');
  if (listed.status !== 200) throw new Error(`listing versions answered ${listed.status}: ${listed.text}`);
  return listed.body as Pack[];
}
