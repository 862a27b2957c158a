import type { Language } from './rule-packs';

export type Tense = 'proposal' | 'decision';

/** The fixed words of a minutes paragraph in one language; domain.md § 7 gives the Swedish vocabulary. */
export interface MinutesWords {
  residentFiling: (signatoryCount: number) => string;
  councillorFiling: (signer: string, others: number) => string;
  councilGroupFiling: (signer: string) => string;
  /** The referral to the board; `ground` is the hallintosääntö § in the municipality's genitive, if any. */
  referral: (tense: Tense, board: string, ground: { whose: string; section: number } | null) => string;
  annualListClosure: (citation: string) => string;
  lapse: (citation: string | null) => string;
  preparers: string;
  presenter: string;
  proposal: string;
  decision: string;
  resolutions: string;
}

const FILED_FI =
  'Pöytäkirjaan merkittiin seuraavan sisältöinen valtuustoaloite, jonka esitti ja allekirjoitti';
const FILED_SV = 'Till protokollet antecknades följande fullmäktigemotion, framställd och undertecknad av';

export const MINUTES_WORDS: Readonly<Record<Language, MinutesWords>> = {
  fi: {
    residentFiling: (count) =>
      `Pöytäkirjaan merkittiin seuraavan sisältöinen kuntalaisaloite, jonka allekirjoitti ${count} kuntalaista:`,
    councillorFiling: (signer, others) =>
      `${FILED_FI} valtuutettu ${signer}${others > 0 ? ` ja ${others} muuta valtuutettua` : ''}:`,
    councilGroupFiling: (signer) =>
      `${FILED_FI} valtuustoryhmä${signer ? `, ensimmäisenä allekirjoittajana ${signer}` : ''}:`,
    referral: (tense, board, ground) =>
      `Valtuustoaloite ${tense === 'proposal' ? 'lähetetään' : 'lähetettiin'}` +
      `${ground ? ` ${ground.whose} hallintosäännön ${ground.section} §:n mukaisesti` : ''} ${board} valmisteltavaksi.`,
    annualListClosure: (citation) =>
      `Valtuusto totesi valtuustoaloitteen loppuun käsitellyksi käsitellessään luetteloa valtuustoaloitteista (kuntalaki 23 §, ${citation}).`,
    lapse: (citation) =>
      `Valtuusto totesi valtuustoaloitteen rauenneeksi${citation ? ` (${citation})` : ''}.`,
    preparers: 'Valmistelijat / lisätiedot:',
    presenter: 'Esittelijä',
    proposal: 'Ehdotus',
    decision: 'Päätös',
    resolutions: 'Valtuusto hyväksyi seuraavat toivomusponnet:',
  },
  sv: {
    residentFiling: (count) =>
      `Till protokollet antecknades följande invånarinitiativ, undertecknat av ${count} kommuninvånare:`,
    councillorFiling: (signer, others) =>
      `${FILED_SV} ledamoten ${signer}${others > 0 ? ` och ${others} ${others === 1 ? 'annan ledamot' : 'andra ledamöter'}` : ''}:`,
    councilGroupFiling: (signer) =>
      `${FILED_SV} fullmäktigegruppen${signer ? `, med ${signer} som första undertecknare` : ''}:`,
    referral: (tense, board, ground) =>
      `Fullmäktigemotionen ${tense === 'proposal' ? 'remitteras' : 'remitterades'} till ${board} för beredning` +
      `${ground ? ` enligt ${ground.section} § i ${ground.whose} förvaltningsstadga` : ''}.`,
    annualListClosure: (citation) =>
      `Fullmäktige konstaterade att fullmäktigemotionen är slutbehandlad vid behandlingen av förteckningen över fullmäktigemotioner (kommunallagen 23 §, ${citation}).`,
    lapse: (citation) =>
      `Fullmäktige konstaterade att fullmäktigemotionen har förfallit${citation ? ` (${citation})` : ''}.`,
    preparers: 'Beredare / ytterligare uppgifter:',
    presenter: 'Föredragande',
    proposal: 'Förslag',
    decision: 'Beslut',
    resolutions: 'Fullmäktige godkände följande hemställningsklämmar:',
  },
};
