import { lemmaQuery, lemmaVector, searchAnalyzer } from './morphology';
import { compoundParts, loadVoikko } from './voikko';

// Voikko's WORDBASES notation (libvoikko's morphological analysis documentation): "+surface(base)" per morpheme.
describe('compound parts from Voikko', () => {
  it('splits a compound, keeps a derived part whole and splits a lexicalised compound at its seams', () => {
    expect(compoundParts('+koira(koira)+puisto(puisto)')).toEqual(['koira', 'puisto']);
    expect(compoundParts('+työ(työ)+llisy(+nen)+ys(+ys)+bonus(bonus)')).toEqual(['työllisyys', 'bonus']);
    expect(compoundParts('+ilmasto(ilmasto)+-+ohjelma(ohjelma)')).toEqual(['ilmasto', 'ohjelma']);
    expect(compoundParts('+pyörä(pyörä)+pysäköi(pysäköidä)+n+ti(+ti)')).toEqual(['pyörä', 'pysäköinti']);
    expect(compoundParts('+skeittipuisto(skeitti=puisto)')).toEqual(['skeitti', 'puisto']);
  });
});

(loadVoikko() ? describe : describe.skip)('the Voikko analyzer (libvoikko1 and voikko-fi installed)', () => {
  const voikko = () => searchAnalyzer('voikko');

  it('indexes an inflected compound under its base form, its parts and their runs', () => {
    expect(voikko().indexTerms('kesätyösetelillä')).toEqual(
      expect.arrayContaining(['kesätyöseteli', 'kesä', 'työ', 'seteli', 'kesätyö', 'työseteli']),
    );
    expect(voikko().indexTerms('joukkoliikenteestä')).toEqual(
      expect.arrayContaining(['joukkoliikenne', 'joukko', 'liikenne']),
    );
  });

  it('looks a query word up by its base forms', () => {
    expect(voikko().queryTerms('rannan')).toEqual([{ term: 'ranta', prefix: false }]);
    expect(voikko().queryTerms('maksuttomuudesta')).toEqual([{ term: 'maksuttomuus', prefix: false }]);
  });

  it('splits a word it does not know at its longest known head', () => {
    expect(voikko().indexTerms('Kuluntalahdelle')).toEqual(expect.arrayContaining(['kuluntalahti', 'lahti']));
  });
});

describe('the lemma vector and query', () => {
  const node = searchAnalyzer('node');

  it('gives a Swedish initiative no lemmas: Snowball serves it', () => {
    expect(lemmaVector('sv', 'Motion om cykelvägar', 'Vi föreslår fler cykelvägar.', node)).toBeNull();
  });

  it('positions every word, so that a quoted phrase is its words in a row', () => {
    expect(lemmaVector('fi', 'Kadun valo', '', node)).toBe("'kat':1 'val':2");
    expect(lemmaQuery('"kadun valo"', node)).toBe("(('kat') <-> ('val'))");
  });

  it('reads words, a prefix, a negation and or as websearch_to_tsquery does', () => {
    expect(lemmaQuery('kadun -valo', node)).toBe("(('kat')) & !(('val'))");
    expect(lemmaQuery('valo or katu', node)).toBe("(('val')) | (('kat'))");
    expect(lemmaQuery('kesä*', node)).toBe("(('kes':* | 'kesä':*))");
    expect(lemmaQuery('" * ', node)).toBeNull();
  });

  it('quotes whatever a word holds', () => {
    expect(lemmaQuery("o'brien\\", node)).toBe("(('o') <-> ('brien':*))");
  });

  // A text may hold a 100,000-letter run (the 256 MB fault test files one); compound analysis of it would take
  // hours and gigabytes, so a run longer than any word is left to the Snowball vector.
  it('leaves a run longer than any word out of the lemmas and looks it up as itself', () => {
    for (const analyzer of [node, ...(loadVoikko() ? [searchAnalyzer('voikko')] : [])]) {
      const run = 'a'.repeat(100_000);
      expect(lemmaVector('fi', 'Katu', run, analyzer)).toBe(lemmaVector('fi', 'Katu', '', analyzer));
      expect(lemmaQuery(run.slice(0, 10_000), analyzer)).toBe(`('${'a'.repeat(10_000)}')`);
      const longest = 'lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas';
      expect(lemmaVector('fi', longest, '', analyzer)).not.toBe('');
    }
  });
});
