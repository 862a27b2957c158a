import type { AdministrativeAction } from '@aloite/domain/vocabulary';
import type { ErrorCode, FieldRule, LifecycleRefusal } from '../../api/types';
import type { RulePackErrorCode } from '@aloite/domain/vocabulary';
import { rulePacks } from './rule-packs';

/** What a message names, already in the clerk's words (dates as 20.5.2026, an action by its label). */
export type Named = Record<string, string>;
type Worded = (named: Named) => string;

const SINCE: Record<string, string> = {
  request: 'lausuntopyynnön päivä',
  handedIn: 'aloitteen jättöpäivä',
  filing: 'aloitteen jättöpäivä',
  meeting: 'kokouspäivä',
};

/** Every refusal the API can give, in Finnish, each with what to do next. */
export const problems = {
  problems: {
    VALIDATION_FAILED: () => 'Tarkista lomakkeen tiedot: virheet näkyvät kenttien kohdalla.',
    NOT_FOUND: () =>
      'Hakemaasi ei löytynyt: se on ehkä poistettu tai osoite on väärä. Palaa luetteloon ja hae uudelleen.',
    FORBIDDEN: ({ action }) =>
      `Roolisi ei salli toimenpidettä ”${action}”. Este on roolisi, ei aloitteen tila: pyydä toimenpidettä henkilöltä, jonka rooli sen sallii.`,
    CROSS_ORIGIN_REQUEST: () => 'Pyyntö ei tullut tältä sivustolta. Lataa sivu uudelleen ja yritä uudestaan.',
    UNAUTHENTICATED: () => 'Istuntosi on päättynyt. Kirjaudu uudelleen ja tallenna sitten uudestaan.',
    PASSWORD_CHANGE_REQUIRED: () => 'Pääkäyttäjä on vaihtanut salasanasi. Vaihda salasana ennen kuin jatkat.',
    STALE_VERSION: () => 'Joku muu muutti tietoja sillä välin. Lataa uusin tilanne ja tallenna uudelleen.',
    TRANSITION_NOT_ALLOWED: () =>
      'Tätä toimenpidettä ei voi tehdä aloitteen nykyisessä tilassa. Tarkista aloitteen tilanne sen sivulta.',
    DUPLICATE_DIARY_NUMBER: () =>
      'Diaarinumero on jo käytössä tässä kunnassa. Jätä kenttä tyhjäksi, niin numero annetaan automaattisesti, tai anna toinen numero.',
    DUPLICATE_NAME: () => 'Nimi on jo käytössä tässä kunnassa. Valitse toinen nimi.',
    DATABASE_UNAVAILABLE: () =>
      'Tietokantaan ei juuri nyt saada yhteyttä. Lataa sivu hetken kuluttua ja tarkista, tallentuiko muutos, ennen kuin yrität uudelleen.',
    PAYLOAD_TOO_LARGE: () =>
      'Lähetys on liian suuri. Pienennä tiedostoa tai lyhennä tekstejä ja yritä uudelleen.',
    UNSUPPORTED_MEDIA_TYPE: () =>
      'Tiedoston muotoa ei hyväksytä. Käytä PDF-, Word (DOCX)-, ODT-, teksti-, PNG- tai JPEG-tiedostoa.',
    METHOD_NOT_ALLOWED: () =>
      'Tätä ei voi tehdä tässä osoitteessa. Palaa edelliselle sivulle ja yritä uudelleen.',
    TOO_MANY_ATTEMPTS: () => 'Liian monta epäonnistunutta kirjautumista. Odota hetki ja yritä uudelleen.',
    POSTPONEMENT_LIMIT_REACHED: () =>
      'Toimielin on jo jättänyt lausuntopyynnön pöydälle tai palauttanut sen niin monta kertaa kuin sallitaan. Kirjaa lausunto toisella päätöksellä tai pyydä kirjaamoa ohittamaan pyyntö.',
    STATEMENT_REQUEST_LIMIT_REACHED: () =>
      'Aloitteella on jo niin monta lausuntopyyntöä kuin sallitaan. Kirjaa tai ohita avoimet pyynnöt ennen uusia.',
    HANDLING_LIMIT_REACHED: () =>
      'Aloitteella on jo niin monta käsittelyä kuin sallitaan. Enää voi kirjata vain käsittelyn päättävän päätöksen.',
    TEXT_LIMIT_REACHED: () =>
      'Aloitteen tekstien yhteispituus ylittyisi. Lyhennä tekstejä ja liitä pitkät tekstit asiakirjoina.',
    DOCUMENT_LIMIT_REACHED: () =>
      'Aloitteella on jo niin monta asiakirjaa kuin sallitaan. Yhdistä asiakirjoja yhdeksi tiedostoksi.',
    DOCUMENT_BYTES_LIMIT_REACHED: () =>
      'Aloitteen asiakirjojen yhteiskoko ylittyisi. Pienennä tiedostoa, esimerkiksi tallentamalla se PDF:nä pienemmällä tarkkuudella.',
    TOO_MANY_DOWNLOADS: () => 'Liian monta latausta yhtä aikaa. Odota hetki ja yritä uudelleen.',
    TOO_MANY_REQUESTS: () => 'Liian monta pyyntöä osoitteestasi. Odota hetki ja yritä uudelleen.',
    DOWNLOADS_BUSY: () => 'Latauksia on juuri nyt liikaa. Yritä hetken kuluttua uudelleen.',
    SERVER_BUSY: () => 'Palvelu on juuri nyt kuormittunut. Yritä hetken kuluttua uudelleen.',
    BODY_TOO_COMPLEX: () => 'Lähetys on liian monimutkainen. Lataa sivu uudelleen ja yritä uudestaan.',
    REMINDERS_OFF: () =>
      'Muistutukset eivät ole käytössä, koska sähköpostia ei ole määritetty. Pyydä ylläpitoa määrittämään sähköpostipalvelin.',
    SECTION_TAKEN: () => 'Kokouksen esityslistalla on jo asia tällä pykälällä. Valitse toinen pykälänumero.',
    ALREADY_ON_AGENDA: () =>
      'Aloite odottaa jo tämän toimielimen esityslistalla. Kirjaa päätös siinä kokouksessa tai poista asia sen esityslistalta.',
    ALREADY_DECIDED: () =>
      'Asian päätös on jo kirjattu. Lataa sivu nähdäksesi sen; virhe korjataan oikaisuna.',
    NOTHING_TO_DECIDE: () =>
      'Toimielimellä ei ole aloitteen nykyisessä vaiheessa siitä päätettävää. Tarkista aloitteen tila sen sivulta.',
    MEETING_STEP_NOT_ALLOWED: () =>
      'Kokous ei ole tilassa, jossa tämän voi tehdä. Lataa kokouksen sivu nähdäksesi sen tilan.',
    MEETING_CANCELLED: () => 'Kokous on peruttu. Valitse toinen kokous.',
    MEETING_NOT_YET_HELD: () =>
      'Kokousta ei ole vielä pidetty: päätöksen voi kirjata kokouspäivänä tai sen jälkeen.',
    MINUTES_ALREADY_CHECKED: () => 'Pöytäkirja on jo tarkastettu. Muutos tehdään oikaisuna.',
    AGENDA_ITEMS_UNDECIDED: () =>
      'Kaikkia esityslistan asioita ei ole vielä päätetty. Kirjaa puuttuvat päätökset ensin.',
    CORRECTION_CONTRADICTS_LOG: () =>
      'Oikaistuna tieto olisi ristiriidassa myöhemmän käsittelyn kanssa. Tarkista päivämäärät ja päätökset.',
    LINK_EXISTS: () => 'Aloitteet on jo linkitetty näin. Mitään ei tarvitse tehdä.',
    LINK_TO_ITSELF: () => 'Aloitetta ei voi linkittää itseensä. Valitse toinen aloite.',
    RULE_PACK_CHANGED: () => 'Kunnan käsittelysäännöt muuttuivat sillä välin. Tallenna uudelleen.',
    RULE_PACK_VERSION_EXISTS: () =>
      'Samana päivänä alkava sääntöversio on jo olemassa. Valitse toinen alkamispäivä.',
    RULE_PACK_CONTRADICTS_HISTORY: ({ refused }) =>
      `Näillä säännöillä jo kirjatut käsittelyt eivät olisi olleet mahdollisia (${refused}). Valitse myöhempi alkamispäivä.`,
    PASSWORDS_NOT_ALLOWED: () =>
      'Kunta ei enää käytä erillisiä salasanoja. Kirjaudu organisaation tunnuksella.',
    OIDC_NOT_CONFIGURED: () =>
      'Kunnalle ei ole määritetty organisaation kirjautumista. Kirjaudu käyttäjätunnuksella ja salasanalla.',
    OIDC_STATE_INVALID: () => 'Kirjautuminen vanheni tai oli jo käytetty. Aloita kirjautuminen uudelleen.',
    OIDC_PROVIDER_REFUSED: () =>
      'Organisaation kirjautumispalvelu ei hyväksynyt kirjautumista. Tunnus voi olla poistettu käytöstä; ota tarvittaessa yhteyttä IT-tukeen.',
    OIDC_ID_TOKEN_INVALID: () =>
      'Kirjautumispalvelun vastausta ei voitu todentaa, joten kirjautuminen hylättiin. Yritä uudelleen; jos virhe toistuu, ota yhteyttä ylläpitoon.',
    OIDC_PROVIDER_UNREACHABLE: () =>
      'Organisaation kirjautumispalvelu ei vastannut. Yritä hetken kuluttua uudelleen.',
    OIDC_NO_ROLE: () =>
      'Tunnuksellasi ei ole tässä palvelussa roolia: yksikään ryhmäsi ei anna sitä. Pyydä ylläpitoa lisäämään sinut oikeaan ryhmään.',
    OIDC_ACCOUNT_REFUSED: () =>
      'Käyttäjätiliä ei voi käyttää tässä kunnassa (se on poistettu käytöstä tai tunnus on jo varattu). Ota yhteyttä ylläpitoon.',
    INTERNAL: () =>
      'Odottamaton virhe: mitään ei muutettu, ja virhe on kirjattu. Yritä uudelleen; jos virhe toistuu, ota yhteyttä ylläpitoon.',
  } satisfies Record<ErrorCode, Worded> as Record<ErrorCode, Worded>,
  unknownProblem: 'Palvelin vastasi odottamattomasti. Lataa sivu ja tarkista, tallentuiko muutos.',
  refusals: {
    requestAlreadyOpen: ({ requestedOn }) =>
      `Tältä toimielimeltä tai viranhaltijalta on jo avoin lausuntopyyntö (pyydetty ${requestedOn}). Odota lausuntoa tai kirjaa se ensin.`,
    noOpenRequest: () =>
      'Tältä toimielimeltä tai viranhaltijalta ei ole avointa lausuntopyyntöä. Joku on ehkä jo kirjannut lausunnon: lataa aloitteen uusin tilanne.',
    meetingOfAnotherBody: () =>
      'Lausunto kirjataan lausunnon antaneen toimielimen omasta kokouksesta. Valitse kokoukseksi saman toimielimen kokous.',
    beforeRequest: ({ requestedOn }) =>
      `Lausunto ei voi olla päivätty ennen kuin sitä pyydettiin. Korjaa päivämäärä: ${requestedOn} tai myöhempi.`,
    dueBeforeRequest: () =>
      'Määräpäivä ei voi olla ennen pyyntöpäivää. Anna määräpäivä pyyntöpäivänä tai sen jälkeen.',
    beforeFiling: () => 'Päivämäärä ei voi olla ennen aloitteen jättöpäivää. Korjaa päivämäärä.',
    oneAddressee: () => 'Valitse joko toimielin tai viranhaltija, ei molempia.',
    dueDateWithReplyOnly: () =>
      'Määräpäivä annetaan silloin ja vain silloin, kun vastausta odotetaan. Korjaa valinta tai määräpäivä.',
    outcomeOfDecisionType: () =>
      'Lopputulos ei sovi päätöksen lajiin: palautus ja pöydälle pano ovat omia lajejaan, muu lopputulos edellyttää päätöstä asiasta. Valitse sopiva laji.',
    directAnswerNotAllowed: () =>
      'Kunnan säännöt eivät salli hallituksen vastata tähän aloitteeseen suoraan. Valitse ehdotus valtuustolle.',
    statementsOpen: () =>
      'Aloitteella on vielä avoimia lausuntopyyntöjä. Kirjaa tai ohita lausunnot ennen hallituksen päätöstä.',
    notInState: ({ state }) =>
      `Tätä ei voi tehdä, kun aloitteen tila on ”${state}”. Joku on ehkä jo kirjannut sen: lataa aloitteen uusin tilanne.`,
  } satisfies Record<LifecycleRefusal, Worded> as Record<LifecycleRefusal, Worded>,
  possibleNow: (events: string) => `Nyt mahdollista: ${events}.`,
  fieldRules: {
    required: () => 'Täytä tämä kenttä.',
    text: () => 'Kirjoita tähän tekstiä.',
    maxLength: ({ max }) => `Teksti on liian pitkä: enintään ${max} merkkiä. Lyhennä tekstiä.`,
    unsafeCharacters: () =>
      'Tekstissä on merkki, jota ei voi tallentaa eikä tulostaa (ohjausmerkki). Kirjoita kohta uudelleen.',
    isoDate: () => 'Anna päivämäärä muodossa p.k.vvvv, esim. 20.5.2026. Tarkista, että päivä on olemassa.',
    timeOfDay: () => 'Anna kellonaika muodossa tt:mm, esim. 16:30.',
    isInt: () => 'Anna kokonaisluku ilman desimaaleja, esim. 12.',
    min: ({ min, negative }) =>
      negative ? `Luku ei voi olla negatiivinen. Anna vähintään ${min}.` : `Anna vähintään ${min}.`,
    max: ({ max }) => `Anna enintään ${max}.`,
    isIn: () => 'Valitse jokin tarjotuista vaihtoehdoista.',
    isUuid: () => 'Valitse vaihtoehto luettelosta.',
    isBoolean: () => 'Valitse kyllä tai ei.',
    isArray: () => 'Kentän tiedot eivät kelpaa. Lataa sivu uudelleen ja täytä kenttä.',
    isObject: () => 'Kentän tiedot eivät kelpaa. Lataa sivu uudelleen ja täytä kenttä.',
    arrayMaxSize: () => 'Rivejä on liikaa. Poista ylimääräiset rivit.',
    unknownField: () => 'Kenttää ei tunneta. Lataa sivu uudelleen.',
    inUse: ({ value }) => `”${value}” on jo käytössä tässä kunnassa. Valitse toinen.`,
    dateRange: ({ earliest, latest, since }) => {
      const from = earliest && `${earliest} (${SINCE[since] ?? since})`;
      if (from && latest) return `Anna päivämäärä väliltä ${from} – ${latest} (tänään).`;
      if (from) return `Päivämäärä ei voi olla ennen ${from}. Anna ${earliest} tai myöhempi.`;
      return `Päivämäärä ei voi olla tulevaisuudessa. Anna viimeistään ${latest} (tänään).`;
    },
    noSuchBody: () => 'Toimielintä ei ole tässä kunnassa. Valitse toimielin luettelosta.',
    bodyInactive: ({ body }) => `${body} ei ole enää toiminnassa. Valitse toinen toimielin.`,
    bodyOfWrongKind: ({ body }) => `${body} ei päätä tästä. Valitse oikea toimielin.`,
    oneAddressee: () => 'Valitse joko toimielin tai viranhaltija, ei molempia.',
    dueDateWithReply: () => 'Anna määräpäivä, kun vastausta odotetaan.',
    dueDateWithoutReply: () => 'Määräpäivä annetaan vain, kun vastausta odotetaan. Tyhjennä kenttä.',
    year: ({ earliest, latest }) => `Anna vuosi numeroina, esim. 2027 (${earliest}–${latest}).`,
    signatoriesOverCount: ({ count }) =>
      `Allekirjoittajia on nimetty ${count}: määrä ei voi olla pienempi. Korjaa määrä tai jätä kenttä tyhjäksi.`,
    oneFirstSigner: () => 'Vain yksi allekirjoittaja voi olla ensimmäinen allekirjoittaja.',
    municipalityLanguage: () => 'Valitse jokin kunnan kielistä.',
    notOnList: ({ year }) => `Aloite ei ole vuoden ${year} luettelossa. Poista valinta.`,
    closedAndKept: () => 'Aloitetta ei voi sekä todeta käsitellyksi että jättää vireille. Valitse toinen.',
    ownAdminAccess: () =>
      'Et voi poistaa omia pääkäyttäjän oikeuksiasi. Pyydä toista pääkäyttäjää tekemään muutos.',
    passwordTooShort: ({ min }) => `Salasanassa pitää olla vähintään ${min} merkkiä. Pidennä salasanaa.`,
    commonPassword: () =>
      'Salasana on yleisimpien salasanojen joukossa, joten sen voi arvata. Valitse toinen salasana.',
    wrongPassword: () => 'Nykyinen salasana ei ole oikein. Kirjoita nykyinen salasanasi.',
    samePassword: () => 'Uusi salasana ei voi olla sama kuin nykyinen. Valitse uusi salasana.',
    secretaryWithoutBody: () => 'Valitse ainakin yksi toimielin, jonka sihteeri käyttäjä on.',
    sameLanguageTwice: () =>
      'Toisen kielen pitää olla eri kuin enemmistön kieli. Valitse toinen kieli tai jätä kenttä tyhjäksi.',
    ifMatch: () => 'Lomakkeen versiotieto puuttuu. Lataa sivu uudelleen ja tallenna uudestaan.',
    statusWithMove: () => 'Muuta ensin kokouksen tila ja tallenna, siirrä sitten aika tai paikka erikseen.',
    nothingToChange: () => 'Mitään ei muuttunut. Muuta jotakin tietoa ennen tallennusta.',
    correctionReason: () => 'Esityslista on jo julkaistu: kirjoita muutokselle perustelu.',
    referralDecided: () =>
      'Lähettäminen valmisteltavaksi päätetään: sitä ei voi panna pöydälle eikä palauttaa. Valitse toinen päätöksen laji.',
    resolutionsAtCouncil: () => 'Toivomusponnet kirjataan vain valtuuston päätökseen. Poista ponnet.',
    decisionWritten: () => 'Kirjoita päätös, kun se poikkesi ehdotuksesta.',
    initiativeTwice: () => 'Sama aloite on valittu kahdesti. Poista toinen valinta.',
    addresseeTwice: ({ request }) =>
      `Sama toimielin tai viranhaltija on jo lausuntopyynnössä ${request}. Poista toinen pyynnöistä.`,
    notRecorded: () => 'Tässä käsittelyssä ei kirjata tätä tietoa. Poista muutos.',
    notAnAgendaItem: () => 'Valittu asia ei ole tämän aloitteen asia. Valitse asia luettelosta.',
    bodyOfAgendaItem: () => 'Valitse sen kokouksen toimielin, jonka asiaan asiakirja liittyy.',
    noSuchHandling: () => 'Aloitteella ei ole tätä käsittelyä. Valitse käsittely luettelosta.',
    onlyForConfidential: () =>
      'Salassapitoperuste annetaan vain salassa pidettävälle asiakirjalle. Tyhjennä kenttä tai muuta julkisuusluokka.',
    onlyForNotYetPublic: () => 'Tämä valinta koskee vain asiakirjaa, joka ei ole vielä julkinen.',
    agendaItemNeeded: () =>
      'Valitse esityslistan asia, jonka pöytäkirjan tarkastus tekee asiakirjasta julkisen.',
    fileType: () =>
      'Tiedoston muotoa ei hyväksytä: käytä PDF-, DOCX-, ODT-, teksti-, PNG- tai JPEG-tiedostoa.',
    oneFile: () => 'Lähetä yksi tiedosto kerrallaan.',
    malformedUpload: () => 'Tiedoston lähetys katkesi. Valitse tiedosto uudelleen ja yritä uudestaan.',
    // The rule-pack reader's code says what is wrong with the rule; the field names the rule.
    rulePack: (named) =>
      rulePacks.rulePackErrors[named.code as RulePackErrorCode]?.(named) ??
      'Käsittelysääntöjen tieto ei kelpaa. Tarkista se.',
    rulesContradictHistory: () =>
      'Jo kirjatut käsittelyt eivät olisi olleet näillä säännöillä mahdollisia. Valitse myöhempi päivä.',
    issuerUrl: () => 'Anna kirjautumispalvelun osoite muodossa https://…',
    clientSecretNeeded: () => 'Uusi kirjautumispalvelu tai sovellustunnus tarvitsee myös salaisuutensa.',
    noSignInLeft: () =>
      'Ilman organisaation kirjautumispalvelua salasanoja ei voi poistaa käytöstä: kukaan ei pääsisi kirjautumaan.',
    invalid: () => 'Tarkista tämän kentän arvo.',
  } satisfies Record<FieldRule, Worded> as Record<FieldRule, Worded>,
  /** Actions that are not lifecycle events (those have their labels under `events`). */
  actions: {
    FILE_INITIATIVE: 'Kirjaa aloite',
    MANAGE_ACCOUNTS: 'Hallitse käyttäjiä',
    MANAGE_BODIES: 'Hallitse toimielimiä',
    EDIT_MUNICIPALITY: 'Muokkaa kunnan tietoja',
    RUN_REMINDERS: 'Lähetä muistutukset',
    READ_DOCUMENT_READS: 'Katso asiakirjojen lukuloki',
    ADD_DOCUMENTS: 'Lisää asiakirja',
    MANAGE_MEETINGS: 'Hallitse kokouksia',
    CORRECT_HANDLINGS: 'Oikaise käsittely',
    LINK_INITIATIVES: 'Linkitä aloitteita',
  } satisfies Record<'FILE_INITIATIVE' | AdministrativeAction, string> as Record<string, string>,
};
