// Voikko, the Finnish morphological analyser (Debian libvoikko1 + voikko-fi), through koffi: a word's base forms
// and, from WORDBASES, its compound parts ("+koira(koira)+puisto(puisto)"; a derivational morpheme such as
// "+llisy(+nen)" belongs to the part before it).
import * as koffi from 'koffi';

export interface VoikkoAnalysis {
  baseForm: string;
  /** The compound's parts, each as a word of its own; one part for a simple word. */
  parts: string[];
}

export interface Voikko {
  analyze(word: string): VoikkoAnalysis[];
}

/** WORDBASES' segments "+written(base)"; a base "+…" is a derivational morpheme, none a continuation or a hyphen. */
const SEGMENT = /\+([^+(]*)(?:\(([^)]*)\))?/g;
const LETTER = /\p{L}/u;

/** A base form as a word, lower case. */
const wordOf = (base: string) => base.toLowerCase();

/**
 * The parts of a compound from its WORDBASES: a derived part as it is written in the base form (työllisyys in
 * työllisyysbonus), a lexicalised compound split where Voikko marks its seams (skeitti=puisto).
 */
export function compoundParts(wordBases: string): string[] {
  const parts: { written: string; base: string }[] = [];
  for (const [, written = '', base] of wordBases.matchAll(SEGMENT)) {
    const last = parts[parts.length - 1];
    if (last && (base === undefined ? LETTER.test(written) : base.startsWith('+'))) {
      last.written += written;
      last.base = last.written;
    } else if (base !== undefined) parts.push({ written, base });
  }
  return parts
    .flatMap((part) => part.base.split('='))
    .map(wordOf)
    .filter((part) => part.length > 0);
}

let loaded: Voikko | null | undefined;

/** Voikko if libvoikko.so.1 and a Finnish dictionary are installed, else null; loaded once per process. */
export function loadVoikko(): Voikko | null {
  if (loaded === undefined) loaded = openVoikko();
  return loaded;
}

function openVoikko(): Voikko | null {
  let library: koffi.LibraryHandle;
  try {
    library = koffi.load('libvoikko.so.1');
  } catch {
    return null;
  }
  // Untyped pointers: koffi's named types are process-wide, and a second load would redeclare them.
  const init = library.func(
    'void *voikkoInit(_Out_ const char **error, const char *langcode, const char *path)',
  );
  const analyzeWord = library.func('void *voikkoAnalyzeWordCstr(void *handle, const char *word)');
  const valueOf = library.func('void *voikko_mor_analysis_value_cstr(void *analysis, const char *key)');
  const freeValue = library.func('void voikko_free_mor_analysis_value_cstr(void *value)');
  const freeAnalyses = library.func('void voikko_free_mor_analysis(void *analyses)');
  const error: (string | null)[] = [null];
  const handle: unknown = init(error, 'fi', null);
  if (!handle) return null;

  const read = (analysis: unknown, key: string): string => {
    const value: unknown = valueOf(analysis, key);
    if (!value) return '';
    try {
      return koffi.decode(value, 'char', -1) as string;
    } finally {
      freeValue(value);
    }
  };
  return {
    analyze(word) {
      const analyses: unknown = analyzeWord(handle, word);
      if (!analyses) return [];
      try {
        const found: VoikkoAnalysis[] = [];
        for (let index = 0; ; index++) {
          const analysis: unknown = koffi.decode(analyses, index * koffi.sizeof('void *'), 'void *');
          if (!analysis) return found;
          found.push({
            baseForm: wordOf(read(analysis, 'BASEFORM').replace(/=/g, '')),
            parts: compoundParts(read(analysis, 'WORDBASES')),
          });
        }
      } finally {
        freeAnalyses(analyses);
      }
    },
  };
}
