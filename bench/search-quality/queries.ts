// What a clerk types into the list's search box and what they want to find, read from the corpus's texts as a
// Finnish clerk reads them (never from any search's answers). An initiative is wanted when its title, text,
// diary number, a signatory's or preparer's name, or one of its documents has the word in any inflected form, or
// as a part of a compound with the same meaning (tietoliikenne is not traffic, opaste is not opas); handlings'
// texts are not searched. A prefix `word*` wants every word whose base form or compound part begins so.
// Swedish queries want the Swedish motions only.

export interface QueryCase {
  category: string;
  query: string;
  expected: readonly string[];
}

function category(name: string, cases: [query: string, expected: readonly string[]][]): QueryCase[] {
  return cases.map(([query, expected]) => ({ category: name, query, expected }));
}

const KOIRAPUISTO = ['demo-koirapuisto', 'koirapuisto-kuluntalahti'];
const UIMAHALLI = [
  'demo-uimahalli',
  'uimahalli-elakelaiset',
  'senioripassi',
  'aurinkopaneelit',
  'otanmaen-uimahalli',
];
const KIRJASTO = [
  'kirjastoauto',
  'omatoimikirjasto',
  'valinelainaamo',
  'satutunnit',
  'kielikahvilat',
  'kirjastopiste',
];
const JOUKKOLIIKENNE = [
  'demo-joukkoliikenne',
  'joukkoliikenne-nuoret',
  'lippu-tyottomat',
  'kutsuliikenne',
  'bussireitit',
];
const TYOLLISYYSBONUS = ['kajaani-16-tyollisyysbonus', 'tyollisyysbonus-yritykset'];
const TYOLLISYYS = [
  ...TYOLLISYYSBONUS,
  'kajaani-17-tinder',
  'lippu-tyottomat',
  'kotoutumishanke',
  'nuorten-tyollisyyspalvelut',
  'palkkatuki',
  'tyollisyysstrategia',
];
const PAIVAKOTI = ['kasvisruoka-paivakodit', 'paivakotiryhmat', 'paivakotien-pihat', 'uusi-paivakoti'];
const KASVISRUOKA = ['demo-kasvisruokapaiva', 'kasvisruoka-paivakodit', 'kouluruoka'];
const NUORISO = ['teatteriliput', 'kohtaamispaikka', 'nuorisovaltuusto', 'nuorisotalo'];
const KATU = [
  'kavelykatu',
  'katuvalaistus',
  'auraus',
  'leinon-katu',
  'nopeusrajoitus',
  'katupuut',
  'langaton-verkko',
  'hulevedet',
  'demo-pohjolankatu',
];
const LUPA = ['terassiluvat', 'rakennusluvat', 'kalastusluvat'];
const RANTA = ['uimaranta', 'rantareitti', 'talviuinti', 'ranta-asemakaava'];
const HANKE = ['kotoutumishanke', 'valokuitu', 'osallistuva-budjetointi'];
const LIIKENNE = [
  ...JOUKKOLIIKENNE,
  'demo-pohjolankatu',
  'sunnuntaivuorot',
  'katuvalaistus',
  'auraus',
  'koulumatkat',
  'raskas-liikenne',
  'silta',
];

// Names: signatories, and the demo's preparers (Risto Hämäläinen prepares § 17, Hanna Hyvönen the bus fares).
const HAMALAINEN = [
  'sunnuntaivuorot',
  'kutsuliikenne',
  'valokuitu',
  'koirapuisto-kuluntalahti',
  'ikaihmisten-liikunta',
  'penkit',
  'kylakoulu',
  'kajaani-17-tinder',
];
const RASANEN = [
  'joukkoliikenne-nuoret',
  'auraus',
  'nuorten-tyollisyyspalvelut',
  'senioripassi',
  'nuorisovaltuusto',
  'uusi-paivakoti',
];
const OHMAN = [
  'kirjastopiste',
  'sv-cykelvagar',
  'sv-bibliotek',
  'sv-smabarnspedagogik',
  'sv-sysselsattning',
  'sv-badstrand',
];
const ASTROM = ['otanmaen-uimahalli', 'sv-cykelvagar', 'sv-skolskjuts', 'sv-hundpark', 'sv-badstrand'];
const KARKKAINEN = [
  'lippu-tyottomat',
  'opaskoirat',
  'osatyokykyiset',
  'vuorohoito',
  'taajamametsat',
  'esteettomyyskartoitus',
  'saavutettavuus',
];
const VAISANEN = [
  'demo-uimahalli',
  'kavelykatu',
  'kouluruoka',
  'koulukiusaaminen',
  'teatteriliput',
  'torikauppa',
  'leikkipuistot',
  'satutunnit',
];
const JAASKELAINEN = [
  'talviuinti',
  'koirien-uimapaikka',
  'valinelainaamo',
  'paivakotien-pihat',
  'lahiliikuntapaikat',
  'roska-astiat',
  'tekstitys',
  'musiikkiopisto',
];
const LAHTEENMAKI = [
  'rakennusluvat',
  'omatoimikirjasto',
  'kannettavat',
  'katupuut',
  'tekoaly-asiakaspalvelu',
  'opasteet',
  'kaupunkipyorat',
];
const POLLANEN = [
  'kutsuliikenne',
  'kalastusluvat',
  'valokuitu',
  'lahiruoka',
  'ranta-asemakaava',
  'silta',
  'joen-kosket',
  'energiankulutus',
  'kylakoulu',
  'vierasvenesatama',
];
const MAKELA = [
  'koulumatkat',
  'ruokahavikki',
  'koulukuljetukset',
  'skeittipuisto',
  'sydaniskurit',
  'nuorisotalo',
  'ulkokuntosali',
];
const URPILAINEN = [...TYOLLISYYSBONUS, 'kajaani-17-tinder', 'tyollisyysstrategia'];
const KEMPPAINEN = [
  'demo-joukkoliikenne',
  'leinon-katu',
  'palkkatuki',
  'koulun-piha',
  'kulttuuriavustukset',
  'osayleiskaava',
  'kohtaamispaikka',
  'harrastustuki',
];

export const QUERIES: readonly QueryCase[] = [
  ...category('inflected form', [
    ['koirapuistosta', KOIRAPUISTO],
    ['uimahallissa', UIMAHALLI],
    ['kirjastossa', KIRJASTO],
    ['joukkoliikenteestä', JOUKKOLIIKENNE],
    ['työllisyysbonuksesta', TYOLLISYYSBONUS],
    ['päiväkodeissa', PAIVAKOTI],
    ['hiihtoladuilla', ['hiihtoladut']],
    ['kesätyösetelillä', ['kesatyoseteli']],
    ['liikuntaryhmiin', ['ikaihmisten-liikunta']],
    ['sydäniskurin', ['sydaniskurit']],
    ['aurinkopaneelien', ['aurinkopaneelit']],
    ['nuorisovaltuustolle', ['nuorisovaltuusto']],
    ['kierrätyspisteet', ['kierratyspisteet']],
    ['rautatieasemalle', ['liityntapysakointi', 'kaupunkipyorat']],
    ['skeittipuistoon', ['skeittipuisto']],
  ]),
  ...category('base form → inflected', [
    ['joukkoliikenne', JOUKKOLIIKENNE],
    ['maksuttomuus', ['joukkoliikenne-nuoret']],
    ['työllisyysbonus', TYOLLISYYSBONUS],
    ['koirapuisto', KOIRAPUISTO],
    ['uimahalli', UIMAHALLI],
    ['kasvisruoka', KASVISRUOKA],
    ['pyörätie', ['pyorailyohjelma', 'pyoratiet']],
    ['kirjastoauto', ['kirjastoauto']],
    ['nuorisotalo', ['kohtaamispaikka', 'nuorisotalo']],
    ['asemakaava', ['ranta-asemakaava']],
    ['kävelyreitti', ['penkit']],
    ['lähiruoka', ['lahiruoka']],
    ['tekoäly', ['kajaani-17-tinder', 'tekoaly-asiakaspalvelu']],
    ['esteettömyys', ['vuokra-asunnot', 'esteettomyyskartoitus', 'leikkipuistot']],
    ['hävikki', ['ruokahavikki']],
    ['ikäihminen', ['kirjastoauto', 'ikaihmisten-liikunta', 'penkit']],
  ]),
  ...category('consonant gradation', [
    ['katu', KATU],
    ['kadun', KATU],
    ['lupa', LUPA],
    ['luvan', LUPA],
    ['ranta', RANTA],
    ['rannan', RANTA],
    ['hanke', HANKE],
    ['hankkeen', HANKE],
    ['liikenne', LIIKENNE],
    ['liikenteen', LIIKENNE],
    ['päiväkoti', PAIVAKOTI],
    ['silta', ['silta']],
    ['latu', ['hiihtoladut']],
    ['tuki', ['kajaani-16-tyollisyysbonus', 'palkkatuki', 'harrastustuki']],
    ['lippu', ['lippu-tyottomat', 'teatteriliput', 'opiskelijaliput']],
    ['joki', ['rantareitti', 'vedenlaatu', 'silta', 'joen-kosket']],
    ['penkki', ['penkit']],
    ['hoito', ['palkkatuki', 'vuorohoito', 'taajamametsat']],
  ]),
  ...category('compound part', [
    ['työllisyys', TYOLLISYYS],
    ['koira', [...KOIRAPUISTO, 'opaskoirat', 'koirien-uimapaikka', 'roska-astiat']],
    ['kasvis', KASVISRUOKA],
    ['kirjasto', KIRJASTO],
    [
      'liikunta',
      [
        'opaskoirat',
        'valinelainaamo',
        'ikaihmisten-liikunta',
        'lahiliikuntapaikat',
        'sydaniskurit',
        'ulkokuntosali',
      ],
    ],
    ['nuoriso', NUORISO],
    ['ilmasto', ['ilmasto-ohjelma']],
    ['kesätyö', ['kesatyoseteli']],
    ['rakennus', ['rakennusluvat', 'esteettomyyskartoitus']],
    ['energia', ['energiankulutus']],
    ['luonto', ['luontopolku']],
  ]),
  ...category('compound head', [
    ['puisto', [...KOIRAPUISTO, 'skeittipuisto', 'leikkipuistot']],
    ['ruoka', [...KASVISRUOKA, 'lahiruoka', 'ruokahavikki']],
    ['kaava', ['ranta-asemakaava', 'osayleiskaava']],
    ['seteli', ['kesatyoseteli']],
    ['ohjelma', ['pyorailyohjelma', 'koulukiusaaminen', 'lahiliikuntapaikat', 'ilmasto-ohjelma']],
    ['reitti', ['rantareitti', 'kirjastoauto', 'roska-astiat', 'penkit', 'bussireitit']],
    ['avustus', ['kulttuuriavustukset']],
    ['sali', ['senioripassi', 'ulkokuntosali']],
    ['kortti', ['omatoimikirjasto']],
    ['pysäköinti', ['liityntapysakointi', 'pyorailyohjelma']],
    ['tontti', ['demo-tontit', 'ranta-asemakaava']],
    ['valaistus', ['katuvalaistus']],
    ['passi', ['senioripassi']],
  ]),
  ...category('prefix word*', [
    ['työllisyys*', TYOLLISYYS],
    ['koirapuisto*', KOIRAPUISTO],
    ['kirjasto*', KIRJASTO],
    ['joukkoliikenne*', JOUKKOLIIKENNE],
    ['uimahalli*', UIMAHALLI],
    ['hiihto*', ['hiihtoladut']],
    ['kasvis*', KASVISRUOKA],
    ['nuoriso*', NUORISO],
    ['sydän*', ['sydaniskurit']],
    ['pyörätie*', ['pyorailyohjelma', 'pyoratiet']],
  ]),
  ...category('phrase in quotes', [
    ['"kevyen liikenteen"', ['katuvalaistus', 'silta']],
    ['"yli 70-vuotiaille"', ['demo-joukkoliikenne', 'senioripassi']],
    ['"matalan kynnyksen"', ['kohtaamispaikka']],
    ['"avoimena datana"', ['avoin-data']],
    ['"kaupungin kiinteistöjen"', ['aurinkopaneelit', 'energiankulutus']],
    ['"raskas liikenne"', ['raskas-liikenne']],
    ['"kävelykadun jatkamisesta"', ['kavelykatu']],
    ['"puoleen hintaan"', ['teatteriliput', 'opiskelijaliput']],
    ['"maksuton langaton verkko"', ['langaton-verkko']],
  ]),
  ...category('diary number whole', [
    ['KAJDno-2026-726', ['kajaani-17-tinder']],
    ['KAJDno-2026-577', ['kajaani-16-tyollisyysbonus']],
    ['KAJDno-2025-1412', ['demo-koirapuisto']],
    ['KAJDno-2025-0811', ['demo-tontit']],
    ['KAJDno-2025-402', ['uimaranta']],
    ['DNO-2024-0042', ['joen-kosket']],
    ['ESP/77/2024', ['leikkipuistot']],
    ['HEL 2024-000529', ['harrastustuki']],
    ['1187-2024', ['yleinen-sauna']],
  ]),
  ...category('diary number partial', [
    ['726', ['kajaani-17-tinder']],
    ['2026-726', ['kajaani-17-tinder']],
    ['577', ['kajaani-16-tyollisyysbonus']],
    ['1412', ['demo-koirapuisto']],
    ['2025-1630', ['demo-joukkoliikenne']],
    ['0042', ['joen-kosket']],
    ['77/2024', ['leikkipuistot']],
    ['000529', ['harrastustuki']],
    ['2026-104', ['koulukuljetukset']],
  ]),
  ...category('diary number other case', [
    ['kajdno-2026-726', ['kajaani-17-tinder']],
    ['KAJDNO-2026-577', ['kajaani-16-tyollisyysbonus']],
    ['kajdno-2025-1630', ['demo-joukkoliikenne']],
    ['dno-2024-0042', ['joen-kosket']],
    ['esp/77/2024', ['leikkipuistot']],
    ['hel 2024-000529', ['harrastustuki']],
  ]),
  ...category('name with diacritics', [
    ['Hämäläinen', HAMALAINEN],
    ['Räsänen', RASANEN],
    ['Öhman', OHMAN],
    ['Åström', ASTROM],
    ['Kärkkäinen', KARKKAINEN],
    ['Väisänen', VAISANEN],
    ['Jääskeläinen', JAASKELAINEN],
    ['Lähteenmäki', LAHTEENMAKI],
    ['Pöllänen', POLLANEN],
    ['Hyvönen', ['demo-joukkoliikenne']],
    ['Aino Hämäläinen', HAMALAINEN.filter((key) => key !== 'kajaani-17-tinder')],
  ]),
  ...category('name without diacritics', [
    ['Hamalainen', HAMALAINEN],
    ['Rasanen', RASANEN],
    ['Ohman', OHMAN],
    ['Astrom', ASTROM],
    ['Karkkainen', KARKKAINEN],
    ['Vaisanen', VAISANEN],
    ['Jaaskelainen', JAASKELAINEN],
    ['Lahteenmaki', LAHTEENMAKI],
    ['Pollanen', POLLANEN],
    ['Hyvonen', ['demo-joukkoliikenne']],
    ['Makela', MAKELA],
  ]),
  ...category('name inflected', [
    ['Urpilaisen', URPILAINEN],
    ['Hämäläisen', HAMALAINEN],
    ['Räsäsen', RASANEN],
    ['Kemppaisen', KEMPPAINEN],
    ['Väisäsen', VAISANEN],
    ['Mäkelän', MAKELA],
  ]),
  ...category('Swedish', [
    ['cykelväg', ['sv-cykelvagar']],
    ['cykelvägarna', ['sv-cykelvagar']],
    ['skolskjuts', ['sv-skolskjuts']],
    ['skolskjutsen', ['sv-skolskjuts']],
    ['bibliotek', ['sv-bibliotek']],
    ['simhall', ['sv-simhall']],
    ['kollektivtrafiken', ['sv-kollektivtrafik']],
    ['daghem', ['sv-smabarnspedagogik']],
    ['hundar', ['sv-hundpark']],
    ['gatubelysningen', ['sv-gatubelysning']],
    ['vegetariska', ['sv-vegetarisk-mat']],
    ['stränder', ['sv-badstrand']],
    ['sysselsättningstjänst', ['sv-sysselsattning']],
    ['avgiftsfri', ['sv-simhall', 'sv-kollektivtrafik']],
    ['ungdomsfullmäktige', ['sv-ungdomsfullmaktige']],
  ]),
  ...category('two words', [
    ['koirapuisto Kuluntalahti', ['koirapuisto-kuluntalahti']],
    ['joukkoliikenne maksuton', ['demo-joukkoliikenne', 'joukkoliikenne-nuoret']],
    ['uimahalli eläkeläiset', ['uimahalli-elakelaiset']],
    ['kirjasto sunnuntai', ['omatoimikirjasto']],
    ['koulu liikenneturvallisuus', ['koulumatkat', 'demo-pohjolankatu']],
    ['päiväkoti piha', ['paivakotien-pihat']],
    ['kasvisruoka koulu', ['demo-kasvisruokapaiva', 'kouluruoka']],
    ['työllisyys nuoret', ['nuorten-tyollisyyspalvelut']],
    ['tekoäly asiakaspalvelu', ['tekoaly-asiakaspalvelu']],
    ['hanke maahanmuuttajat', ['kotoutumishanke']],
    ['katu nopeusrajoitus', ['nopeusrajoitus']],
  ]),
  ...category('document text', [
    ['vanhempainkysely', ['paivakotiryhmat']],
    ['henkilöstön vaihtuvuus', ['paivakotiryhmat']],
    ['pohjatutkimus', ['silta']],
    ['takaisinmaksuaika', ['aurinkopaneelit']],
    ['vetoomus', ['koirapuisto-kuluntalahti']],
    ['tiiauspaikka', ['frisbeegolf']],
    ['cykelled', ['sv-cykelvagar']],
  ]),
];
