import type { ApiClient } from '../support/api-process';

// The three ways an initiative in council consideration ends (domain.md § 2): the first signer withdraws it, the
// council closes it (RECORD_COUNCIL_DECISION, outcome closed), or the council closes it through the annual list
// (kuntalaki 23 §) – one initiative at a time as an event, or in the council's decision on the whole list.

export type Ending = 'withdrawal' | 'councilClosure' | 'annualListEvent' | 'annualListDecision';
export const ENDINGS: Ending[] = ['withdrawal', 'councilClosure', 'annualListEvent', 'annualListDecision'];

/** What each ending leaves: the audit row's event and the stored state and closure kind. */
export const OUTCOME_OF: Record<Ending, { event: string; state: string; closure: string | null }> = {
  withdrawal: { event: 'WITHDRAW', state: 'withdrawn', closure: null },
  councilClosure: { event: 'RECORD_COUNCIL_DECISION', state: 'closed', closure: 'council' },
  annualListEvent: { event: 'CLOSE_VIA_ANNUAL_LIST', state: 'closed', closure: 'annualList' },
  annualListDecision: { event: 'CLOSE_VIA_ANNUAL_LIST', state: 'closed', closure: 'annualList' },
};

/** Today in Helsinki, whose calendar the API dates events by. */
function helsinkiToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

/**
 * This year's list holds what was filed last year and is still open; every ending is dated 1.1. of this year,
 * which is never after today and within the list's year.
 */
export function calendar() {
  const listYear = Number(helsinkiToday().slice(0, 4));
  return {
    listYear,
    filedOn: `${listYear - 1}-06-01`,
    proposedOn: `${listYear - 1}-09-14`,
    endedOn: `${listYear}-01-01`,
  };
}

export interface Registry {
  token: string;
  council: string;
  board: string;
}

export async function signInAsRegistry(api: ApiClient): Promise<Registry> {
  const login = await api.call('POST', '/api/auth/login', null, {
    username: 'hallintojohtaja',
    password: 'demo-hallintojohtaja',
  });
  const token = login.body.token as string;
  const bodies = (await api.call('GET', '/api/bodies', token)).body as { id: string; kind: string }[];
  const idOf = (kind: string) => bodies.find((body) => body.kind === kind)?.id as string;
  return { token, council: idOf('council'), board: idOf('board') };
}

/** Files an initiative last year and brings it to council consideration, where all three endings are possible. */
export async function initiativeBeforeTheCouncil(api: ApiClient, registry: Registry, trial: number) {
  const { filedOn, proposedOn } = calendar();
  const filed = await api.call('POST', '/api/initiatives', registry.token, {
    title: `Kolme loppua ${trial}`,
    text: 'Peruutus, valtuuston päätös ja vuosiluettelo kilpailevat.',
    kind: 'councillor',
    submittedOn: filedOn,
    signatories: [],
    signatoryCount: 1,
    hasFinancialEffect: false,
    filedAt: { bodyId: registry.council, date: filedOn, section: trial + 1 },
  });
  if (filed.status !== 201) throw new Error(`filing answered ${filed.status}: ${filed.text}`);
  const id = filed.body.id as string;
  const events = [
    { type: 'REFER_TO_BOARD', meeting: { bodyId: registry.council, date: filedOn, section: trial + 1 } },
    {
      type: 'RECORD_BOARD_DECISION',
      meeting: { bodyId: registry.board, date: proposedOn, section: trial + 1 },
      proposal: 'Kaupunginhallitus esittää, että valtuusto toteaa aloitteen loppuun käsitellyksi.',
      decision: 'Hyväksyttiin.',
      decisionType: 'asProposed',
      outcome: 'proposeToCouncil',
    },
  ];
  for (const event of events) {
    const applied = await api.call('POST', `/api/initiatives/${id}/events`, registry.token, event);
    if (applied.status !== 200) throw new Error(`${event.type} answered ${applied.status}: ${applied.text}`);
  }
  return id;
}

/** The council tables the initiative: it stays before the council, one version on. */
export function councilTabling(registry: Registry, trial: number) {
  return {
    type: 'RECORD_COUNCIL_DECISION',
    meeting: { bodyId: registry.council, date: calendar().endedOn, section: 200 + trial },
    decision: 'Asia pantiin pöydälle.',
    decisionType: 'tabled',
    outcome: 'tabled',
    resolutions: [],
  };
}

/** The request that ends initiative `id` the given way; `section` tells racers' meetings apart. */
export function endingRequest(ending: Ending, id: string, registry: Registry, section: number) {
  const { listYear, endedOn } = calendar();
  const meeting = { bodyId: registry.council, date: endedOn, section };
  const annualListId = `vuosiluettelo-${listYear}`;
  const event = (body: object) => ({ path: `/api/initiatives/${id}/events`, body });
  switch (ending) {
    case 'withdrawal':
      return event({ type: 'WITHDRAW', date: endedOn, requestedBy: `Kilpailija ${section}` });
    case 'councilClosure':
      return event({
        type: 'RECORD_COUNCIL_DECISION',
        meeting,
        decision: 'Valtuusto totesi aloitteen loppuun käsitellyksi.',
        decisionType: 'asProposed',
        outcome: 'closed',
        resolutions: [],
      });
    case 'annualListEvent':
      return event({ type: 'CLOSE_VIA_ANNUAL_LIST', meeting, annualListId, listYear });
    case 'annualListDecision':
      return {
        path: `/api/annual-lists/${listYear}/decision`,
        body: { meeting, annualListId, close: [id], keep: [] },
      };
  }
}
