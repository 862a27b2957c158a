import { TEMPLATES, handlingOf, minutesText, referralSentence, type Language, type RulePack } from '../index';

// Domain § 9: a municipality (kunta) has kunnanvaltuusto and kunnanhallitus, in Swedish kommunfullmäktige and
// kommunstyrelsen; the texts name the board the rule pack names, in the form the sentence needs.
const tuusula = (): RulePack => ({
  ...TEMPLATES.kunta,
  municipality: { fi: 'Tuusula', sv: 'Tusby' },
  governingRules: { fi: 'Tuusulan kunnan hallintosääntö', sv: 'Tusby kommuns förvaltningsstadga' },
  referralSection: 142,
  annualList: { dueMonth: 3, dueDay: 31, section: 142 },
});

const council = { bodyId: 'council', date: '2026-03-30', section: 12 };

function lastBlocks(pack: RulePack, language: Language): string[] {
  const handling = handlingOf({ type: 'REFER_TO_BOARD', meeting: council });
  if (!handling) throw new Error('a referral has a handling');
  const initiative = {
    title: 'Aloite',
    text: 'Teksti.',
    diaryNumber: 'DNO-2026-0001',
    kind: 'councillor' as const,
    signatories: [],
    signatoryCount: 1,
  };
  const bodyName = (bodyId: string) => (bodyId === 'council' ? pack.council[language] : pack.board[language]);
  return minutesText(handling, initiative, pack, bodyName, language).split('\n\n');
}

describe('a kunta’s minutes say kunnanhallitus and kommunstyrelsen', () => {
  it('refers a Tuusula initiative to the kunnanhallitus under the kunta’s hallintosääntö', () => {
    const blocks = lastBlocks(tuusula(), 'fi');
    expect(blocks[0]).toBe('Kunnanvaltuusto, 30.03.2026, § 12');
    expect(blocks.slice(-4)).toEqual([
      'Ehdotus',
      'Valtuustoaloite lähetetään kunnan hallintosäännön 142 §:n mukaisesti kunnanhallitukselle valmisteltavaksi.',
      'Päätös',
      'Valtuustoaloite lähetettiin kunnan hallintosäännön 142 §:n mukaisesti kunnanhallitukselle valmisteltavaksi.',
    ]);
  });

  it('remits it in Swedish to the kommunstyrelsen under the kommun’s förvaltningsstadga', () => {
    const blocks = lastBlocks(tuusula(), 'sv');
    expect(blocks[0]).toBe('Kommunfullmäktige, 30.03.2026, § 12');
    expect(blocks.slice(-4)).toEqual([
      'Förslag',
      'Fullmäktigemotionen remitteras till kommunstyrelsen för beredning enligt 142 § i kommunens förvaltningsstadga.',
      'Beslut',
      'Fullmäktigemotionen remitterades till kommunstyrelsen för beredning enligt 142 § i kommunens förvaltningsstadga.',
    ]);
  });

  it('takes the board’s name from the pack, not from its wording', () => {
    const jointAuthority: RulePack = {
      ...tuusula(),
      board: { fi: 'Yhtymähallitus', sv: 'Samkommunsstyrelsen' },
    };
    expect(referralSentence(jointAuthority, 'proposal', 'fi')).toBe(
      'Valtuustoaloite lähetetään kunnan hallintosäännön 142 §:n mukaisesti yhtymähallitukselle valmisteltavaksi.',
    );
    expect(referralSentence(jointAuthority, 'decision', 'sv')).toBe(
      'Fullmäktigemotionen remitterades till samkommunsstyrelsen för beredning enligt 142 § i kommunens förvaltningsstadga.',
    );
  });
});
