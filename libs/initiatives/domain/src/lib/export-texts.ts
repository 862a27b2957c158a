import { STATE_LABELS_EN, STATE_LABELS_FI, STATE_LABELS_SV } from './labels';
import type { InitiativeState } from './types';

/** The languages of the staff app: exports speak the reader's language, English included. */
export const READER_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type ReaderLanguage = (typeof READER_LANGUAGES)[number];

/** More rows than a clerk reads in a spreadsheet: an export holds the first ones, and says how many matched. */
export const LIST_EXPORT_LIMIT = 10_000;

/** The words of the list's spreadsheet and of an initiative's printable document, in one reader language. */
export interface ExportTexts {
  states: Readonly<Record<InitiativeState, string>>;
  /** The file's name without its extension. */
  fileName: string;
  columns: {
    diaryNumber: string;
    title: string;
    state: string;
    submitted: string;
    firstSigner: string;
    signatoryCount: string;
    bodies: string;
    nextDeadline: string;
  };
  filedAt: string;
  signatories: string;
  text: string;
  handlings: string;
  documents: string;
  none: string;
}

export const EXPORT_TEXTS: Readonly<Record<ReaderLanguage, ExportTexts>> = {
  fi: {
    states: STATE_LABELS_FI,
    fileName: 'aloitteet',
    columns: {
      diaryNumber: 'Diaarinumero',
      title: 'Otsikko',
      state: 'Tila',
      submitted: 'Jätetty',
      firstSigner: 'Ensimmäinen allekirjoittaja',
      signatoryCount: 'Allekirjoittajia',
      bodies: 'Toimielimet',
      nextDeadline: 'Seuraava määräaika',
    },
    filedAt: 'Merkitty tiedoksi',
    signatories: 'Allekirjoittajat',
    text: 'Aloitteen teksti',
    handlings: 'Käsittelyt',
    documents: 'Asiakirjat',
    none: 'Ei yhtään.',
  },
  sv: {
    states: STATE_LABELS_SV,
    fileName: 'motioner',
    columns: {
      diaryNumber: 'Diarienummer',
      title: 'Rubrik',
      state: 'Skede',
      submitted: 'Inlämnad',
      firstSigner: 'Första undertecknare',
      signatoryCount: 'Undertecknare',
      bodies: 'Organ',
      nextDeadline: 'Nästa tidsfrist',
    },
    filedAt: 'Antecknad för kännedom',
    signatories: 'Undertecknare',
    text: 'Motionens text',
    handlings: 'Behandlingar',
    documents: 'Handlingar',
    none: 'Inga.',
  },
  en: {
    states: STATE_LABELS_EN,
    fileName: 'initiatives',
    columns: {
      diaryNumber: 'Diary number',
      title: 'Title',
      state: 'State',
      submitted: 'Submitted',
      firstSigner: 'First signatory',
      signatoryCount: 'Signatories',
      bodies: 'Bodies',
      nextDeadline: 'Next deadline',
    },
    filedAt: 'Noted by',
    signatories: 'Signatories',
    text: 'Text of the initiative',
    handlings: 'Handlings',
    documents: 'Documents',
    none: 'None.',
  },
};
