// The shape of the quality benchmark's corpus: initiatives as a registrar files them, each with a stable key that
// the queries' expectations name.
import type { InitiativeKind, Language } from '@aloite/domain';

export interface CorpusSignatory {
  name: string;
  party: string | null;
}

/** A document uploaded to the initiative after filing, public so that every staff member may read it. */
export interface CorpusDocument {
  fileName: string;
  format: 'txt' | 'pdf' | 'docx';
  text: string;
}

export interface WrittenEntry {
  key: string;
  diaryNumber: string;
  /** Also the council meeting that recorded it. */
  submittedOn: string;
  language: Language;
  kind: InitiativeKind;
  signatories: CorpusSignatory[];
  signatoryCount: number;
  title: string;
  text: string;
  documents: CorpusDocument[];
}

interface Options {
  kind?: InitiativeKind;
  signatoryCount?: number;
  documents?: CorpusDocument[];
}

/** "Aino Hämäläinen (KESK); Eila Öhman" → named signatories, the party in brackets when there is one. */
function signatoriesOf(list: string): CorpusSignatory[] {
  return list.split(';').map((entry) => {
    const [, name, party] = /^\s*(.+?)(?:\s+\((.+)\))?\s*$/.exec(entry) ?? [];
    if (!name) throw new Error(`a signatory without a name in "${list}"`);
    return { name, party: party ?? null };
  });
}

function entry(
  language: Language,
  key: string,
  diaryNumber: string,
  submittedOn: string,
  signatories: string,
  title: string,
  text: string,
  options: Options = {},
): WrittenEntry {
  const named = signatoriesOf(signatories);
  return {
    key,
    diaryNumber,
    submittedOn,
    language,
    kind: options.kind ?? 'councillor',
    signatories: named,
    signatoryCount: options.signatoryCount ?? named.length,
    title,
    text,
    documents: options.documents ?? [],
  };
}

export const finnish = (...args: Parameters<typeof swedish>) => entry('fi', ...args);
export function swedish(
  key: string,
  diaryNumber: string,
  submittedOn: string,
  signatories: string,
  title: string,
  text: string,
  options?: Options,
): WrittenEntry {
  return entry('sv', key, diaryNumber, submittedOn, signatories, title, text, options);
}
