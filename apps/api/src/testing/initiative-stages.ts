import type { TestApp } from './test-app';

/** Initiatives brought to a stage through the API, as a registry would: for specs that need several of them. */
export function initiativeStages(api: TestApp, submittedOn = '2026-05-04') {
  const ids = api.demo.bodyIds;
  const apply = async (id: string, event: object) => {
    const response = await api.request('POST', `/api/initiatives/${id}/events`, event);
    if (response.status !== 200) throw new Error(`setup ${JSON.stringify(event)}: ${response.text}`);
  };
  let section = 200;
  const file = async (title = 'Valtuustoaloite kokouksen testiä varten') => {
    const response = await api.request('POST', '/api/initiatives', {
      title,
      text: 'Aloitteen teksti.',
      kind: 'councillor',
      submittedOn,
      signatories: [{ name: 'Testi Valtuutettu', party: 'SDP' }],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { bodyId: ids.council, date: submittedOn, section: (section += 1) },
    });
    if (response.status !== 201) throw new Error(`setup filing: ${response.text}`);
    return response.body.id as string;
  };
  const referred = async () => {
    const id = await file();
    await apply(id, { type: 'REFER_TO_BOARD', meeting: { bodyId: ids.council, date: submittedOn, section } });
    return id;
  };
  const beforeTheCouncil = async () => {
    const id = await referred();
    await apply(id, {
      type: 'RECORD_BOARD_DECISION',
      meeting: { bodyId: ids.board, date: submittedOn, section: (section += 1) },
      proposal: 'Kaupunginhallitus esittää vastauksen valtuustolle.',
      decision: 'Hyväksyttiin.',
      decisionType: 'asProposed',
      outcome: 'proposeToCouncil',
    });
    return id;
  };
  return { apply, file, referred, beforeTheCouncil };
}
