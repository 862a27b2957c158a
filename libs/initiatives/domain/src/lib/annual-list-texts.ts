import { bodyGenitive, bodyNameInText } from './body-name-forms';
import { finnishDate } from './dates';
import { STATE_LABELS_FI, STATE_LABELS_SV } from './labels';
import type { Language, RulePack } from './rule-packs';
import { annualListCutoff, citation, lapseReferenceDate } from './rules';
import type { InitiativeState } from './types';

/** Everything the annual list says in one language, apart from the initiatives' own texts. */
export interface AnnualListTexts {
  language: Language;
  /** The heading's municipality and board: "Kajaani · Kaupunginhallitus". */
  municipality: string;
  board: string;
  title: string;
  /** Kuntalaki 23 § and the hallintosääntö § the list is given under. */
  rule: string;
  lapseRule: string | null;
  introduction: (count: number) => string;
  proposal: string;
  columns: {
    diaryNumber: string;
    title: string;
    submitted: string;
    firstSigner: string;
    stage: string;
    measures: string;
  };
  preparer: string;
  proposalHeading: string;
  /** Added to the stage of an initiative old enough to lapse. */
  lapses: string;
  stage: (state: InitiativeState) => string;
  measures: MeasureWords;
}

/** The words of the "measures taken" lines (domain § 8): requests, referrals, written answers, waivers. */
export interface MeasureWords {
  dueDate: string;
  statementRequested: string;
  referredForMeasures: string;
  replyRequested: string;
  statementInWriting: string;
  replyInWriting: string;
  waived: string;
}

interface Facts {
  board: string;
  boardGenitive: string;
  cutoff: string;
  rule: string;
  lapse: { years: number; referenceDate: string; rule: string } | null;
}

type Words = Omit<AnnualListTexts, 'language' | 'municipality' | 'board' | 'rule' | 'lapseRule' | 'stage'> & {
  boardPreparation: string;
};

function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fi') + text.slice(1);
}

const WORDS: Readonly<Record<Language, (facts: Facts) => Words>> = {
  fi: ({ board, boardGenitive, cutoff, rule, lapse }) => ({
    title: `Luettelo valtuustoaloitteista, joiden käsittely on kesken ${cutoff}`,
    introduction: (count) =>
      `Kuntalain 23 §:n mukaan ${boardGenitive} on vuosittain esitettävä valtuustolle luettelo valtuutettujen ` +
      `tekemistä aloitteista, joiden käsittely on kesken, sekä niiden johdosta tehdyistä toimenpiteistä ` +
      `(${rule}). Luettelossa ovat ${cutoff} mennessä jätetyt aloitteet, joiden käsittely ei ` +
      `ollut päättynyt tuolloin: ${count} ${count === 1 ? 'aloite' : 'aloitetta'}.`,
    proposal:
      `${board} esittää valtuustolle, että valtuusto merkitsee tiedoksi luettelon ${cutoff} ` +
      `mennessä jätetyistä valtuustoaloitteista, joiden käsittely on kesken, ja niiden johdosta tehdyt toimenpiteet ` +
      `(kuntalaki 23 §, ${rule}), ja toteaa loppuun käsitellyiksi luettelossa vastatuiksi merkityt aloitteet` +
      (lapse
        ? `, sekä toteaa rauenneiksi luettelon aloitteet, jotka ${lapse.referenceDate} olivat olleet vireillä ` +
          `vähintään ${lapse.years} vuotta, ellei valtuusto päätä niiden käsittelyn jatkamisesta (${lapse.rule})`
        : '') +
      '.',
    columns: {
      diaryNumber: 'Diaarinumero',
      title: 'Aloite',
      submitted: 'Jätetty',
      firstSigner: 'Ensimmäinen allekirjoittaja',
      stage: 'Vaihe',
      measures: 'Toimenpiteet',
    },
    preparer: 'Valmistelija',
    proposalHeading: 'Ehdotus',
    lapses: 'raukeaa, ellei valtuusto toisin päätä',
    boardPreparation: `${capitalized(boardGenitive)} valmistelussa`,
    measures: {
      dueDate: 'määräaika',
      statementRequested: 'lausuntoa pyydetty',
      referredForMeasures: 'lähetetty toimenpiteitä varten',
      replyRequested: 'vastausta pyydetty',
      statementInWriting: 'lausunto annettu kirjallisesti',
      replyInWriting: 'vastaus annettu kirjallisesti',
      waived: 'lausunnosta luovuttiin',
    },
  }),
  sv: ({ board, cutoff, rule, lapse }) => ({
    title: `Förteckning över fullmäktigemotioner vars behandling pågår ${cutoff}`,
    introduction: (count) =>
      `Enligt 23 § i kommunallagen ska ${bodyNameInText(board)} årligen för fullmäktige lägga fram en ` +
      `förteckning över de motioner som fullmäktigeledamöterna väckt och vars behandling pågår, samt över de ` +
      `åtgärder som vidtagits med anledning av dem (${rule}). I förteckningen ingår de motioner som lämnats in ` +
      `senast ${cutoff} och som då inte var slutbehandlade: ${count} ${count === 1 ? 'motion' : 'motioner'}.`,
    proposal:
      `${board} föreslår att fullmäktige antecknar för kännedom förteckningen över de fullmäktigemotioner som ` +
      `lämnats in senast ${cutoff} och vars behandling pågår, samt de åtgärder som vidtagits med anledning av dem ` +
      `(kommunallagen 23 §, ${rule}), och konstaterar att de motioner som i förteckningen antecknats som ` +
      `besvarade är slutbehandlade` +
      (lapse
        ? `, samt konstaterar att de motioner i förteckningen som ${lapse.referenceDate} hade varit anhängiga i ` +
          `minst ${lapse.years} år har förfallit, om inte fullmäktige beslutar att behandlingen av dem fortsätter ` +
          `(${lapse.rule})`
        : '') +
      '.',
    columns: {
      diaryNumber: 'Diarienummer',
      title: 'Motion',
      submitted: 'Inlämnad',
      firstSigner: 'Första undertecknare',
      stage: 'Skede',
      measures: 'Åtgärder',
    },
    preparer: 'Beredare',
    proposalHeading: 'Förslag',
    lapses: 'förfaller, om inte fullmäktige beslutar annat',
    boardPreparation: `Under beredning i ${bodyNameInText(board)}`,
    measures: {
      dueDate: 'tidsfrist',
      statementRequested: 'utlåtande begärt',
      referredForMeasures: 'sänd för åtgärder',
      replyRequested: 'svar begärt',
      statementInWriting: 'utlåtande givet skriftligen',
      replyInWriting: 'svar givet skriftligen',
      waived: 'utlåtandet förbigicks',
    },
  }),
};

const STATE_LABELS: Readonly<Record<Language, Readonly<Record<InitiativeState, string>>>> = {
  fi: STATE_LABELS_FI,
  sv: STATE_LABELS_SV,
};

/**
 * Kuntalaki 23 §: the board's yearly list of unfinished initiatives, as the board's agenda item says it in one
 * language – with the pack's board, hallintosääntö and lapse rule, so any municipality's list reads right.
 */
export function annualListTexts(pack: RulePack, listYear: number, language: Language): AnnualListTexts {
  const rule = citation(pack, pack.annualList.section, language);
  const lapseRule = pack.lapse ? citation(pack, pack.lapse.section, language) : null;
  const words = WORDS[language]({
    board: pack.board[language],
    boardGenitive: bodyGenitive(pack.board, language),
    cutoff: finnishDate(annualListCutoff(listYear)),
    rule,
    lapse:
      pack.lapse && lapseRule
        ? {
            years: pack.lapse.years,
            referenceDate: finnishDate(lapseReferenceDate(pack, pack.lapse, listYear)),
            rule: lapseRule,
          }
        : null,
  });
  const { boardPreparation, ...texts } = words;
  return {
    ...texts,
    language,
    municipality: pack.municipality[language],
    board: pack.board[language],
    rule,
    lapseRule,
    stage: (state) => (state === 'boardPreparation' ? boardPreparation : STATE_LABELS[language][state]),
  };
}
