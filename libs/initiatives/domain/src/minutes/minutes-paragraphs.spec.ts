import { finnishDate } from '../lib/dates';
import { handlingOf } from '../lib/handling';
import { minutesDate, minutesText, referralSentence } from '../lib/minutes';
import { TEMPLATES } from '../lib/rule-pack-templates';
import type { InitiativeEvent } from '../lib/types';
import {
  INITIATIVE_16,
  INITIATIVE_16_UNTIL_AGENDA,
  KAJAANI_BODIES,
  PREPARERS,
  PRESENTER_TIKKANEN,
  STATEMENT_16,
  type KajaaniBodyKey,
} from '../demo/kajaani-seed';

const bodyName = (key: string) => KAJAANI_BODIES[key as KajaaniBodyKey].name;
const initiative16 = { ...INITIATIVE_16, signatories: INITIATIVE_16.signatories };

function paragraph(event: InitiativeEvent, pack = TEMPLATES.kajaani, initiative = initiative16): string {
  const handling = handlingOf(event);
  if (!handling) throw new Error(`${event.type} has no handling`);
  return minutesText(handling, initiative, pack, bodyName, 'fi');
}

describe('minutes paragraphs', () => {
  it('writes the council’s referral of § 16 as Kajaani’s minutes of 31.3.2026 § 30 do', () => {
    const text = paragraph(INITIATIVE_16_UNTIL_AGENDA[0]);
    expect(text.split('\n\n').slice(0, 3)).toEqual([
      'Kaupunginvaltuusto, 31.03.2026, § 30',
      'Valtuustoaloite työllisyysbonuksesta opiskeluun',
      'KAJDno-2026-577',
    ]);
    expect(text).toContain(
      'Pöytäkirjaan merkittiin seuraavan sisältöinen valtuustoaloite, jonka esitti ja allekirjoitti valtuutettu Juha Urpilainen (SDP):',
    );
    expect(text).toContain(`"Valtuustoaloite työllisyysbonuksesta opiskeluun\n\n${INITIATIVE_16.text}"`);
    expect(text).toContain(
      'Ehdotus\n\nValtuustoaloite lähetetään kaupungin hallintosäännön 119 §:n mukaisesti kaupunginhallitukselle valmisteltavaksi.',
    );
    expect(
      text.endsWith(
        'Päätös\n\nValtuustoaloite lähetettiin kaupungin hallintosäännön 119 §:n mukaisesti kaupunginhallitukselle valmisteltavaksi.',
      ),
    ).toBe(true);
  });

  it('cites the rule pack’s hallintosääntö § when the clerk recorded no proposal of their own', () => {
    const bare: InitiativeEvent = {
      type: 'REFER_TO_BOARD',
      meeting: { bodyId: 'council', date: '2026-03-31', section: 30 },
    };
    expect(paragraph(bare)).toContain(referralSentence(TEMPLATES.kajaani, 'decision', 'fi'));
    expect(referralSentence(TEMPLATES.kajaani, 'proposal', 'fi')).toContain(
      'hallintosäännön 119 §:n mukaisesti',
    );
    // Espoo's pack names no section: the sentence says nothing it does not know.
    expect(referralSentence(TEMPLATES.espoo, 'proposal', 'fi')).toBe(
      'Valtuustoaloite lähetetään kaupunginhallitukselle valmisteltavaksi.',
    );
  });

  it('writes the subcommittee’s statement with preparers, response, presenter, proposal and decision in order', () => {
    const text = paragraph({
      type: 'RECORD_STATEMENT',
      bodyId: 'employment',
      meeting: { bodyId: 'employment', date: '2026-05-20', section: 16 },
      preparers: [PREPARERS.tikkanen],
      presenter: PRESENTER_TIKKANEN,
      proposal: STATEMENT_16.proposal,
      decision: 'Ehdotus hyväksyttiin.',
      decisionType: 'asProposed',
      responseText: STATEMENT_16.responseText,
    });
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe('Työllisyys- ja kansainvälisyysjaosto, 20.05.2026, § 16');
    expect(blocks[3]).toBe(
      'Valmistelijat / lisätiedot:\nMilla Tikkanen, Työllisyys- ja kansainvälisyyspäällikkö, milla.tikkanen@kajaani.fi',
    );
    const order = [
      'Valmistelijat',
      STATEMENT_16.responseText.slice(0, 40),
      'Ehdotus',
      `Esittelijä: ${PRESENTER_TIKKANEN}`,
      'Päätös',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('keeps a tabling’s proposal and decision as the clerk recorded them', () => {
    const tabled: InitiativeEvent = {
      type: 'RECORD_BOARD_DECISION',
      meeting: { bodyId: 'board', date: '2026-06-08', section: 201 },
      proposal: 'Kaupunginhallitus esittää valtuustolle …',
      decision: 'Asia pantiin pöydälle.',
      decisionType: 'tabled',
      outcome: 'tabled',
    };
    expect(
      paragraph(tabled).endsWith(
        'Ehdotus\n\nKaupunginhallitus esittää valtuustolle …\n\nPäätös\n\nAsia pantiin pöydälle.',
      ),
    ).toBe(true);
  });

  it('names a residents’ initiative by its signer count, and lists the council’s resolutions', () => {
    const resident = { ...initiative16, kind: 'resident' as const, signatoryCount: 1250, signatories: [] };
    expect(paragraph(INITIATIVE_16_UNTIL_AGENDA[0], TEMPLATES.kajaani, resident)).toContain(
      'kuntalaisaloite, jonka allekirjoitti 1250 kuntalaista:',
    );
    const text = paragraph({
      type: 'RECORD_COUNCIL_DECISION',
      meeting: { bodyId: 'council', date: '2026-06-15', section: 64 },
      decision: 'Valtuusto totesi aloitteen loppuun käsitellyksi.',
      decisionType: 'asProposed',
      outcome: 'closed',
      resolutions: ['Valtuusto edellyttää, että työllisyyspalvelut raportoivat kokeiluista.'],
    });
    expect(text).toContain(
      'Valtuusto hyväksyi seuraavat toivomusponnet:\n\n"Valtuusto edellyttää, että työllisyyspalvelut raportoivat kokeiluista."',
    );
  });

  it('writes the annual-list closure and a Turku lapse with their legal grounds', () => {
    const closure = paragraph({
      type: 'CLOSE_VIA_ANNUAL_LIST',
      meeting: { bodyId: 'council', date: '2027-05-10', section: 40 },
      annualListId: 'KAJDno-2027-100',
      listYear: 2027,
    });
    expect(closure).toContain('kuntalaki 23 §, Kajaanin hallintosääntö 119 §');
    const lapse = paragraph(
      { type: 'DECLARE_LAPSED', meeting: { bodyId: 'council', date: '2030-05-10', section: 40 } },
      TEMPLATES.turku,
    );
    expect(lapse).toContain('rauenneeksi (Turun hallintosääntö 131 §).');
  });

  it('writes meeting dates with leading zeros, and dates in running text without', () => {
    expect(minutesDate('2026-05-02')).toBe('02.05.2026');
    expect(['2026-05-02', '2026-10-10', '2026-12-31'].map(finnishDate)).toEqual([
      '2.5.2026',
      '10.10.2026',
      '31.12.2026',
    ]);
  });
});
