import { TEMPLATES, handlingOf, minutesText, type InitiativeEvent, type MinutesInitiative } from '../index';

// Issue 17 item 4: the minutes paragraph in Swedish, in the municipal vocabulary of domain.md § 7
// (fullmäktigemotion, stadsstyrelsen, beredare, föredragande, förslag, beslut, hemställningskläm, slutbehandlad).
// The clerk's own texts (proposal, decision, response) stay as typed.
const council = { bodyId: 'council', date: '2026-03-31', section: 30 };
const board = { bodyId: 'board', date: '2026-06-01', section: 201 };
const bodyName = (bodyId: string) =>
  ({ council: 'Stadsfullmäktige', board: 'Stadsstyrelsen', education: 'Bildningsnämnden' })[bodyId] ?? '';

const motion = (overrides: Partial<MinutesInitiative> = {}): MinutesInitiative => ({
  title: 'Motion om cykelvägar',
  text: 'Vi föreslår att staden bygger cykelvägar.',
  diaryNumber: 'KAJDno-2026-577',
  kind: 'councillor',
  signatories: [{ name: 'Anna Lindström', party: 'SFP', firstSigner: true }],
  signatoryCount: 1,
  ...overrides,
});

function paragraph(event: InitiativeEvent, of = motion(), pack = TEMPLATES.kajaani): string[] {
  const handling = handlingOf(event);
  if (!handling) throw new Error(`${event.type} has no handling`);
  return minutesText(handling, of, pack, bodyName, 'sv').split('\n\n');
}

describe('a Swedish minutes paragraph', () => {
  it('records the motion and remits it to the city board for preparation under the hallintosääntö §', () => {
    expect(paragraph({ type: 'REFER_TO_BOARD', meeting: council })).toEqual([
      'Stadsfullmäktige, 31.03.2026, § 30',
      'Motion om cykelvägar',
      'KAJDno-2026-577',
      'Till protokollet antecknades följande fullmäktigemotion, framställd och undertecknad av ledamoten Anna Lindström (SFP):',
      '"Motion om cykelvägar',
      'Vi föreslår att staden bygger cykelvägar."',
      'Förslag',
      'Fullmäktigemotionen remitteras till stadsstyrelsen för beredning enligt 119 § i stadens förvaltningsstadga.',
      'Beslut',
      'Fullmäktigemotionen remitterades till stadsstyrelsen för beredning enligt 119 § i stadens förvaltningsstadga.',
    ]);
  });

  it('remits without citing a § where the pack names none', () => {
    expect(paragraph({ type: 'REFER_TO_BOARD', meeting: council }, motion(), TEMPLATES.espoo).at(-1)).toBe(
      'Fullmäktigemotionen remitterades till stadsstyrelsen för beredning.',
    );
  });

  it('counts co-signers as other members, one in the singular', () => {
    const filing = (signatoryCount: number) =>
      paragraph({ type: 'REFER_TO_BOARD', meeting: council }, motion({ signatoryCount }))[3];
    expect(filing(27)).toBe(
      'Till protokollet antecknades följande fullmäktigemotion, framställd och undertecknad av ledamoten Anna Lindström (SFP) och 26 andra ledamöter:',
    );
    expect(filing(2)).toContain('ledamoten Anna Lindström (SFP) och 1 annan ledamot:');
  });

  it('names a council group with its first signer, and a residents’ initiative by its signers', () => {
    const group = motion({ kind: 'councilGroup', signatoryCount: 9 });
    expect(paragraph({ type: 'REFER_TO_BOARD', meeting: council }, group)[3]).toBe(
      'Till protokollet antecknades följande fullmäktigemotion, framställd och undertecknad av fullmäktigegruppen, med Anna Lindström (SFP) som första undertecknare:',
    );
    const residents = motion({ kind: 'resident', signatories: [], signatoryCount: 1250 });
    expect(paragraph({ type: 'REFER_TO_BOARD', meeting: council }, residents)[3]).toBe(
      'Till protokollet antecknades följande invånarinitiativ, undertecknat av 1250 kommuninvånare:',
    );
  });

  it('heads a statement’s preparers, presenter, proposal and decision in Swedish and keeps the typed texts', () => {
    expect(
      paragraph({
        type: 'RECORD_STATEMENT',
        bodyId: 'education',
        meeting: { bodyId: 'education', date: '2026-05-20', section: 16 },
        preparers: [{ name: 'Eva Berg', title: 'Bildningsdirektör', email: 'eva.berg@example.fi' }],
        presenter: 'Eva Berg',
        proposal: 'Nämnden ger utlåtandet.',
        decision: 'Förslaget godkändes.',
        decisionType: 'asProposed',
        responseText: 'Genmäle: cykelvägar byggs 2027.',
      }),
    ).toEqual([
      'Bildningsnämnden, 20.05.2026, § 16',
      'Motion om cykelvägar',
      'KAJDno-2026-577',
      'Beredare / ytterligare uppgifter:\nEva Berg, Bildningsdirektör, eva.berg@example.fi',
      'Genmäle: cykelvägar byggs 2027.',
      'Förslag',
      'Föredragande: Eva Berg',
      'Nämnden ger utlåtandet.',
      'Beslut',
      'Förslaget godkändes.',
    ]);
  });

  it('writes the board’s tabling as recorded, under Förslag and Beslut', () => {
    expect(
      paragraph({
        type: 'RECORD_BOARD_DECISION',
        meeting: board,
        proposal: 'Stadsstyrelsen föreslår för fullmäktige …',
        decision: 'Ärendet bordlades.',
        decisionType: 'tabled',
        outcome: 'tabled',
      }).slice(3),
    ).toEqual(['Förslag', 'Stadsstyrelsen föreslår för fullmäktige …', 'Beslut', 'Ärendet bordlades.']);
  });

  it('lists the council’s hemställningsklämmar after its decision', () => {
    expect(
      paragraph({
        type: 'RECORD_COUNCIL_DECISION',
        meeting: council,
        decision: 'Fullmäktige konstaterade att motionen är slutbehandlad.',
        decisionType: 'asProposed',
        outcome: 'closed',
        resolutions: ['Fullmäktige förutsätter en rapport inom ett år.'],
      }).slice(3),
    ).toEqual([
      'Beslut',
      'Fullmäktige konstaterade att motionen är slutbehandlad.',
      'Fullmäktige godkände följande hemställningsklämmar:',
      '"Fullmäktige förutsätter en rapport inom ett år."',
    ]);
  });

  it('declares a motion slutbehandlad on the annual list, citing the kommunallag and the förvaltningsstadga', () => {
    const closure = paragraph({
      type: 'CLOSE_VIA_ANNUAL_LIST',
      meeting: council,
      annualListId: 'list-2027',
      listYear: 2027,
    });
    expect(closure.slice(3)).toEqual([
      'Beslut',
      'Fullmäktige konstaterade att fullmäktigemotionen är slutbehandlad vid behandlingen av förteckningen över fullmäktigemotioner (kommunallagen 23 §, Kajana stads förvaltningsstadga 119 §).',
    ]);
  });

  it('declares a Turku motion lapsed citing Åbo’s § 131, and a Kajaani one without a rule it lacks', () => {
    const lapse: InitiativeEvent = { type: 'DECLARE_LAPSED', meeting: council };
    expect(paragraph(lapse, motion(), TEMPLATES.turku).at(-1)).toBe(
      'Fullmäktige konstaterade att fullmäktigemotionen har förfallit (Åbo stads förvaltningsstadga 131 §).',
    );
    expect(paragraph(lapse).at(-1)).toBe('Fullmäktige konstaterade att fullmäktigemotionen har förfallit.');
  });
});
