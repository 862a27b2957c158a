import { TEMPLATES, handlingOf, minutesText, type InitiativeEvent, type MinutesInitiative } from '../index';

const council = { bodyId: 'council', date: '2026-03-31', section: 30 };
const referral: InitiativeEvent = { type: 'REFER_TO_BOARD', meeting: council };
const bodyName = (bodyId: string) =>
  ({ council: 'Kaupunginvaltuusto', board: 'Kaupunginhallitus' })[bodyId] ?? '';

const initiative = (overrides: Partial<MinutesInitiative>): MinutesInitiative => ({
  title: 'Valtuustoaloite',
  text: 'Teksti.',
  diaryNumber: 'KAJDno-2026-577',
  kind: 'councillor',
  signatories: [{ name: 'Juha Urpilainen', party: 'SDP', firstSigner: true }],
  signatoryCount: 1,
  ...overrides,
});

function paragraph(event: InitiativeEvent, of: MinutesInitiative, pack = TEMPLATES.kajaani): string {
  const handling = handlingOf(event);
  if (!handling) throw new Error(`${event.type} has no handling`);
  return minutesText(handling, of, pack, bodyName, 'fi');
}

// Domain § 1: the minutes record who handed the initiative in: a councillor, with co-signers as a count
// ("ja 26 muuta valtuutettua"), or a council group (valtuustoryhmä).
describe('who the minutes say handed the initiative in', () => {
  const filing = (of: MinutesInitiative) => paragraph(referral, of).split('\n\n')[3];

  it('counts the co-signers of a councillor’s initiative', () => {
    const signatories = [
      { name: 'Anna Aho', party: 'KOK', firstSigner: false },
      { name: 'Juha Urpilainen', party: 'SDP', firstSigner: true },
    ];
    expect(filing(initiative({ signatories, signatoryCount: 27 }))).toBe(
      'Pöytäkirjaan merkittiin seuraavan sisältöinen valtuustoaloite, jonka esitti ja allekirjoitti valtuutettu Juha Urpilainen (SDP) ja 26 muuta valtuutettua:',
    );
  });

  it('names a signer without a party without brackets, and one who signed alone without co-signers', () => {
    const alone = initiative({ signatories: [{ name: 'Juha Urpilainen', party: null, firstSigner: true }] });
    expect(filing(alone)).toBe(
      'Pöytäkirjaan merkittiin seuraavan sisältöinen valtuustoaloite, jonka esitti ja allekirjoitti valtuutettu Juha Urpilainen:',
    );
  });

  it('names the first listed signer when none is marked first', () => {
    const unmarked = initiative({
      signatories: [{ name: 'Anna Aho', party: 'KOK', firstSigner: false }],
      signatoryCount: 2,
    });
    expect(filing(unmarked)).toContain('valtuutettu Anna Aho (KOK) ja 1 muuta valtuutettua:');
  });

  it('says a council group handed it in, naming its first signer', () => {
    const group = filing(initiative({ kind: 'councilGroup', signatoryCount: 12 }));
    expect(group).toContain('jonka esitti ja allekirjoitti valtuustoryhmä');
    expect(group).toContain('Juha Urpilainen (SDP)');
    expect(group).not.toContain('muuta valtuutettua');
    expect(filing(initiative({ kind: 'councilGroup', signatories: [], signatoryCount: 12 }))).toBe(
      'Pöytäkirjaan merkittiin seuraavan sisältöinen valtuustoaloite, jonka esitti ja allekirjoitti valtuustoryhmä:',
    );
  });
});

describe('what the minutes say was proposed and decided', () => {
  it('proposes a bare referral in the present and records its decision in the past, as the agenda of 20.5.2026', () => {
    expect(paragraph(referral, initiative({})).split('\n\n').slice(-4)).toEqual([
      'Ehdotus',
      'Valtuustoaloite lähetetään kaupungin hallintosäännön 119 §:n mukaisesti kaupunginhallitukselle valmisteltavaksi.',
      'Päätös',
      'Valtuustoaloite lähetettiin kaupungin hallintosäännön 119 §:n mukaisesti kaupunginhallitukselle valmisteltavaksi.',
    ]);
  });

  it('lists a preparer with only a name, and leaves out a presenter nobody named', () => {
    const text = paragraph(
      {
        type: 'RECORD_BOARD_DECISION',
        meeting: { bodyId: 'board', date: '2026-06-01', section: 201 },
        preparers: [{ name: 'Paula Halonen' }],
        proposal: 'Kaupunginhallitus esittää.',
        decision: 'Hyväksyttiin.',
        decisionType: 'asProposed',
        outcome: 'proposeToCouncil',
      },
      initiative({}),
    );
    expect(text).toBe(
      [
        'Kaupunginhallitus, 01.06.2026, § 201',
        'Valtuustoaloite',
        'KAJDno-2026-577',
        'Valmistelijat / lisätiedot:\nPaula Halonen',
        'Ehdotus',
        'Kaupunginhallitus esittää.',
        'Päätös',
        'Hyväksyttiin.',
      ].join('\n\n'),
    );
  });

  it('writes a council decision without a proposal as the decision alone', () => {
    const text = paragraph(
      {
        type: 'RECORD_COUNCIL_DECISION',
        meeting: { bodyId: 'council', date: '2026-06-15', section: 64 },
        decision: 'Valtuusto totesi aloitteen loppuun käsitellyksi.',
        decisionType: 'asProposed',
        outcome: 'closed',
        resolutions: [],
      },
      initiative({}),
    );
    expect(text).toBe(
      'Kaupunginvaltuusto, 15.06.2026, § 64\n\nValtuustoaloite\n\nKAJDno-2026-577\n\nPäätös\n\nValtuusto totesi aloitteen loppuun käsitellyksi.',
    );
  });

  it('declares a Kajaani initiative lapsed without citing a rule Kajaani does not have', () => {
    const text = paragraph(
      { type: 'DECLARE_LAPSED', meeting: { bodyId: 'council', date: '2030-05-10', section: 40 } },
      initiative({}),
    );
    expect(text.endsWith('Päätös\n\nValtuusto totesi valtuustoaloitteen rauenneeksi.')).toBe(true);
    expect(text).not.toContain('Ehdotus');
  });

  it('cites Turku’s HS 131 § when a Turku initiative lapses', () => {
    const text = paragraph(
      { type: 'DECLARE_LAPSED', meeting: { bodyId: 'council', date: '2030-05-10', section: 40 } },
      initiative({}),
      TEMPLATES.turku,
    );
    expect(text).toMatch(/Päätös\n\nValtuusto totesi valtuustoaloitteen rauenneeksi \(.*131 §.*\)\.$/);
  });

  it('writes an annual-list closure as a decision without a proposal, citing Kuntalaki 23 §', () => {
    const text = paragraph(
      {
        type: 'CLOSE_VIA_ANNUAL_LIST',
        meeting: { bodyId: 'council', date: '2027-03-22', section: 20 },
        annualListId: 'list-2027',
        listYear: 2027,
      },
      initiative({}),
      TEMPLATES.turku,
    );
    expect(text).not.toContain('Ehdotus');
    expect(text).toMatch(
      /Päätös\n\nValtuusto totesi valtuustoaloitteen loppuun käsitellyksi .*kuntalaki 23 §.*131 §/,
    );
  });
});
