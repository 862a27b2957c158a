import { TEMPLATES, annualListTexts, type RulePack } from '../index';

// Kuntalaki 23 § and domain §§ 1, 7, 9: the board's yearly list of unfinished initiatives, in the language asked
// for, with the board, hallintosääntö and lapse rule of the municipality's pack.
const porvoo = (): RulePack => ({
  ...TEMPLATES.kajaani,
  template: 'kajaani',
  municipality: { fi: 'Porvoo', sv: 'Borgå' },
  governingRules: { fi: 'Porvoon kaupungin hallintosääntö', sv: 'Borgå stads förvaltningsstadga' },
  annualList: { dueMonth: 10, dueDay: 31, section: 123 },
});

const tuusula = (): RulePack => ({
  ...TEMPLATES.kunta,
  municipality: { fi: 'Tuusula', sv: 'Tusby' },
  governingRules: { fi: 'Tuusulan kunnan hallintosääntö', sv: 'Tusby kommuns förvaltningsstadga' },
  annualList: { dueMonth: 3, dueDay: 31, section: 142 },
});

describe('the annual list in Finnish', () => {
  it('titles Kajaani’s 2026 list and proposes it as the board always has', () => {
    const texts = annualListTexts(TEMPLATES.kajaani, 2026, 'fi');
    expect(texts.title).toBe('Luettelo valtuustoaloitteista, joiden käsittely on kesken 31.12.2025');
    expect([texts.municipality, texts.board, texts.rule, texts.lapseRule]).toEqual([
      'Kajaani',
      'Kaupunginhallitus',
      'Kajaanin hallintosääntö 119 §',
      null,
    ]);
    expect(texts.proposal).toBe(
      'Kaupunginhallitus esittää valtuustolle, että valtuusto merkitsee tiedoksi luettelon 31.12.2025 mennessä ' +
        'jätetyistä valtuustoaloitteista, joiden käsittely on kesken, ja niiden johdosta tehdyt toimenpiteet ' +
        '(kuntalaki 23 §, Kajaanin hallintosääntö 119 §), ja toteaa loppuun käsitellyiksi luettelossa vastatuiksi ' +
        'merkityt aloitteet.',
    );
    expect(texts.introduction(3)).toMatch(/^Kuntalain 23 §:n mukaan kaupunginhallituksen on vuosittain /);
    expect(texts.introduction(3)).toMatch(/31\.12\.2025 mennessä jätetyt aloitteet.*: 3 aloitetta\.$/);
  });

  it('has a kunta’s kunnanhallitus propose the list and prepare the initiatives', () => {
    const texts = annualListTexts(tuusula(), 2026, 'fi');
    expect(texts.proposal).toMatch(
      /^Kunnanhallitus esittää valtuustolle, että valtuusto merkitsee tiedoksi /,
    );
    expect(texts.proposal).toContain('(kuntalaki 23 §, Tuusulan kunnan hallintosääntö 142 §)');
    expect(texts.introduction(1)).toMatch(/^Kuntalain 23 §:n mukaan kunnanhallituksen on vuosittain /);
    expect(texts.introduction(1)).toMatch(/: 1 aloite\.$/);
    expect(texts.stage('boardPreparation')).toBe('Kunnanhallituksen valmistelussa');
    expect(texts.stage('awaitingStatements')).toBe('Lausunnoilla');
  });

  it('proposes that Turku’s initiatives four years old at the end of the year before the list lapse', () => {
    const texts = annualListTexts(TEMPLATES.turku, 2020, 'fi');
    expect(texts.lapseRule).toBe('Turun hallintosääntö 131 §');
    expect(texts.proposal).toMatch(
      /, sekä toteaa rauenneiksi luettelon aloitteet, jotka 31\.12\.2019 olivat olleet vireillä vähintään 4 vuotta, ellei valtuusto päätä niiden käsittelyn jatkamisesta \(Turun hallintosääntö 131 §\)\.$/,
    );
  });
});

describe('the annual list in Swedish', () => {
  it('titles Porvoo’s list as a förteckning över fullmäktigemotioner and has the stadsstyrelse propose it', () => {
    const texts = annualListTexts(porvoo(), 2026, 'sv');
    expect(texts.title).toBe('Förteckning över fullmäktigemotioner vars behandling pågår 31.12.2025');
    expect([texts.municipality, texts.board, texts.rule]).toEqual([
      'Borgå',
      'Stadsstyrelsen',
      'Borgå stads förvaltningsstadga 123 §',
    ]);
    expect(texts.proposal).toBe(
      'Stadsstyrelsen föreslår att fullmäktige antecknar för kännedom förteckningen över de fullmäktigemotioner ' +
        'som lämnats in senast 31.12.2025 och vars behandling pågår, samt de åtgärder som vidtagits med anledning ' +
        'av dem (kommunallagen 23 §, Borgå stads förvaltningsstadga 123 §), och konstaterar att de motioner som i ' +
        'förteckningen antecknats som besvarade är slutbehandlade.',
    );
    expect(texts.introduction(2)).toMatch(/^Enligt 23 § i kommunallagen ska stadsstyrelsen årligen /);
    expect(texts.introduction(2)).toMatch(
      /senast 31\.12\.2025 och som då inte var slutbehandlade: 2 motioner\.$/,
    );
  });

  it('names the columns, headings and stages in Swedish', () => {
    const texts = annualListTexts(porvoo(), 2026, 'sv');
    expect(Object.values(texts.columns)).toEqual([
      'Diarienummer',
      'Motion',
      'Inlämnad',
      'Första undertecknare',
      'Skede',
      'Åtgärder',
    ]);
    expect([texts.preparer, texts.proposalHeading]).toEqual(['Beredare', 'Förslag']);
    expect(texts.stage('boardPreparation')).toBe('Under beredning i stadsstyrelsen');
    expect(texts.stage('closed')).toBe('Slutbehandlad');
    expect(texts.measures.statementRequested).toBe('utlåtande begärt');
  });

  it('has a kunta’s kommunstyrelse propose the list', () => {
    const texts = annualListTexts(tuusula(), 2026, 'sv');
    expect(texts.proposal).toMatch(/^Kommunstyrelsen föreslår att fullmäktige antecknar för kännedom /);
    expect(texts.proposal).toContain('(kommunallagen 23 §, Tusby kommuns förvaltningsstadga 142 §)');
    expect(texts.introduction(1)).toMatch(/^Enligt 23 § i kommunallagen ska kommunstyrelsen årligen /);
    expect(texts.introduction(1)).toMatch(/: 1 motion\.$/);
    expect(texts.stage('boardPreparation')).toBe('Under beredning i kommunstyrelsen');
  });

  it('proposes Åbo’s lapse measured at the end of the year before the list', () => {
    expect(annualListTexts(TEMPLATES.turku, 2020, 'sv').proposal).toMatch(
      /, samt konstaterar att de motioner i förteckningen som 31\.12\.2019 hade varit anhängiga i minst 4 år har förfallit, om inte fullmäktige beslutar att behandlingen av dem fortsätter \(Åbo stads förvaltningsstadga 131 §\)\.$/,
    );
  });
});
