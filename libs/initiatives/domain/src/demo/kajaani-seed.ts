// Kajaani's employment subcommittee agenda of 20.5.2026 (shared/reference), §§ 16 and 17: two real initiatives in
// flight, used as demo data and as test scenarios. The agenda carries proposals only; decisions in the scenarios
// beyond it are as proposed.
import type { BodyKind } from '../lib/bodies';
import type { InitiativeEvent, InitiativeFacts, Preparer } from '../lib/types';

export const KAJAANI_BODIES = {
  council: { name: 'Kaupunginvaltuusto', kind: 'council' },
  board: { name: 'Kaupunginhallitus', kind: 'board' },
  employment: { name: 'Työllisyys- ja kansainvälisyysjaosto', kind: 'subcommittee' },
  education: { name: 'Kasvatus- ja opetuslautakunta', kind: 'committee' },
  technical: { name: 'Tekninen lautakunta', kind: 'committee' },
  welfare: { name: 'Hyvinvointilautakunta', kind: 'committee' },
} as const satisfies Record<string, { name: string; kind: BodyKind }>;

export type KajaaniBodyKey = keyof typeof KAJAANI_BODIES;

export const PREPARERS = {
  halonen: { name: 'Paula Halonen', title: 'Hallintojohtaja', email: 'paula.halonen@kajaani.fi' },
  tikkanen: {
    name: 'Milla Tikkanen',
    title: 'Työllisyys- ja kansainvälisyyspäällikkö',
    email: 'milla.tikkanen@kajaani.fi',
  },
  hamalainen: { name: 'Risto Hämäläinen', title: 'Kehitysjohtaja', email: 'risto.i.hamalainen@kajaani.fi' },
} satisfies Record<string, Preparer>;

export const REFERRAL_PROPOSAL =
  'Valtuustoaloite lähetetään kaupungin hallintosäännön 119 §:n mukaisesti kaupunginhallitukselle valmisteltavaksi.';
export const REFERRAL_DECISION =
  'Valtuustoaloite lähetettiin kaupungin hallintosäännön 119 §:n mukaisesti kaupunginhallitukselle valmisteltavaksi.';

export interface SeedSignatory {
  name: string;
  party: string;
  firstSigner: boolean;
}

export interface SeedInitiative {
  diaryNumber: string;
  title: string;
  text: string;
  kind: InitiativeFacts['kind'];
  submittedOn: string;
  signatories: SeedSignatory[];
  signatoryCount: number;
  hasFinancialEffect: boolean;
  filedAt: { body: KajaaniBodyKey; date: string; section: number };
}

const urpilainen: SeedSignatory = { name: 'Juha Urpilainen', party: 'SDP', firstSigner: true };

export const INITIATIVE_16: SeedInitiative = {
  diaryNumber: 'KAJDno-2026-577',
  title: 'Valtuustoaloite työllisyysbonuksesta opiskeluun',
  text: 'Työllisyysperusteista bonuspalkkiota (1000 €/ hlö) on mahdollista hakea yhdistyksen toimenpiteessä olevasta asiakkaasta, joka on työllistynyt avoimille työmarkkinoille taikka aloittanut tutkintoon johtavat opinnot. Bonusta ei kuitenkaan makseta opiskelijasta, joka on aloittanut opinnot työllisyystuella.\n\nValtuustoaloitteena esitän, että työllisyysperusteista bonusta maksetaan myös opiskelijasta, joka aloittaa tutkintoon johtavan opiskelun työllisyystuella. Perusteluna on se, että työttömän työmarkkinakelpoisuus parantuu oleellisesti tutkinnon suorittamisen jälkeen ja johtaa todennäköiseen työllistymiseen.\n\nKajaanissa 31.3.2026 Juha Urpilainen kaupunginvaltuutettu',
  kind: 'councillor',
  submittedOn: '2026-03-31',
  signatories: [urpilainen],
  signatoryCount: 1,
  hasFinancialEffect: true,
  filedAt: { body: 'council', date: '2026-03-31', section: 30 },
};

export const INITIATIVE_17: SeedInitiative = {
  diaryNumber: 'KAJDno-2026-726',
  title: 'Valtuustoaloite työvoimapalvelujen Tinderistä',
  text: 'Tein viime vuonna aloitteen työvoimapalveluiden tehostamisesta tekoälyn avulla. Ajatusta ei silloin täysin työllisyysorganisaatiossa ostettu. Ei haluttu ymmärtää tekoälyn mahdollisuuksia toiminnan tehostamisessa. Nyt kuitenkin Lahdessa on työvoimapalveluille kehitetty Workit Lahti sovellus, joka yhdistää työnantajat ja työntekijät samalla tavalla kuin seuranhakupalvelussa toimii Tinder. Sovellus sujuvoittaa huomattavasti työntekijöiden ja työnantajien kohtaamista ja vähentää merkittävästi manuaalista henkilötyötä.\n\nValtuustoaloitteena esitän, että työllisyysjaos tutustuu Lahti Workit tekoälysovellukseen ja harkitsee sen tai muun vastaavan sovelluksen käyttöön ottamista.\n\nKajaanissa 28.4.2026 Juha Urpilainen, kaupunginvaltuutettu',
  kind: 'councillor',
  submittedOn: '2026-04-28',
  signatories: [urpilainen],
  signatoryCount: 1,
  hasFinancialEffect: false,
  filedAt: { body: 'council', date: '2026-04-28', section: 52 },
};

export const PRESENTER_TIKKANEN = 'Milla Tikkanen, Työllisyys- ja kansainvälisyyspäällikkö';

export const STATEMENT_16 = {
  proposal:
    'Työllisyys- ja kansainvälisyysjaosto katsoo, ettei bonuspalkkion myöntämisehtoihin ole perusteltua tehdä valtuustoaloitteessa esitettyä muutosta, koska silloin ei tosiasiallisesti ole säästöjä vielä työttömyysetuusmaksuissa tapahtunut. Työllisyys- ja kansainvälisyysjaosto esittää, että kaupunginhallitus antaa kaupunginvaltuustolle valtuustoaloitteeseen oheisen esittelytekstin mukaisen vastauksen ja esittää, että valtuusto toteaa aloitteen loppuun käsitellyksi.',
  responseText:
    'Liitteenä Juha Urpilaisen (sd.) esittämä valtuustoaloite koskien yhdistysten työllisyysbonuksen kriteereitä. Valtuustoaloitteessa esitetään, että bonusta maksettaisiin myös silloin, jos työnhakija opiskelee työttömyystuella eli työttömyysetuudella. Nykyisten kriteerien mukaan bonus maksetaan vain, jos työnhakija opiskelee opintotuella tai jollain muulla tuella, kuin työttömyysetuudella.\n\nTyöllisyys- ja kansainvälisyysjaoston kautta myönnettävää bonuspalkkiota maksetaan työnhakijana olleiden henkilöiden työllistymisestä avoimille työmarkkinoille tai tutkintoon johtavista opintojen aloituksesta. Yhdistykselle maksetaan 1 000 euron lisä, mikäli se pystyy todistamaan, että työnhakija on työllistynyt/aloittanut tutkintoon johtavat opinnot heillä ollessaan tai heidän toimenpiteensä tuloksena. Bonus maksetaan, kun työn vastaanottamisesta taikka opintojen aloituksesta on kulunut vähintään neljä kuukautta. Bonuspalkkion tavoitteena on vähentää kunnan maksuosuuksia työttömyysetuusmaksuista. Työn tulee olla aina työssäoloehdon täyttävä työ. Mikäli opinnot katsotaan työttömyysetuudella tuettavaksi ja henkilö saa opintojen ajalta työmarkkinatukea, ei bonusta myönnetä.\n\nBonuspalkkion luominen on lähtenyt siitä ajatuksesta liikkeelle, että sillä voidaan vaikuttaa suoraan kunnan maksuosuuksiin työttömyysetuusmaksuissa. Tämän vuoksi ei ole perusteltua maksaa bonusta ennen kuin henkilö on tosiasiallisesti opiskelullaan taikka työllään "säästänyt" kyseisen summan kunnan maksuosuuksista. Työttömyysetuudella opiskellessa voi hyvinkin olla, ettei henkilö vielä opintojen suorittamisenkaan jälkeen työllisty alalle. Lisäksi on mahdollista, että opinnot keskeytyvät. Työttömyysetuudella opiskeltaessa kunta siis maksaa 50% työttömyysetuudesta. Työttömyysetuudella opiskelusta päättää työvoimaviranomainen ja päätös tukea opintoja työttömyysetuudella on myös työvoimaviranomaisen harkinnassa, ei kolmannen sektorin toimijoiden.\n\nTyöllisyys- ja kansainvälisyysjaoston myöntämillä avustuksilla on tarkoitus vähentää työttömyydestä koituvia kustannuksia kunnalle. Valtuustoaloitteen esitys lisäisi kustannuksia, ei vähentäisi niitä. Tämän vuoksi ei ole perusteltua muuttaa olemassa olevia bonuspalkkion myöntämiskriteereitä.',
};

export const STATEMENT_17 = {
  proposal:
    'Työllisyys- ja kansainvälisyysjaosto esittää, että kaupunginhallitus antaa kaupunginvaltuustolle valtuustoaloitteeseen oheisen esittelytekstin mukaisen vastauksen ja esittää, että valtuusto toteaa aloitteen loppuun käsitellyksi.',
  responseText:
    'Vastine valtuustoaloitteeseen Työllisyyspalveluiden tinderistä\n\nTyöllisyys- ja kansainvälisyysjaosto kiittää aloitteesta ja kiinnostuksesta työvoimapalveluiden kehittämiseen. Aloitteessa viitattu Workit Lahti -mobiilisovellus on kehitetty Lahden kaupungin International Work Lahti (IWL) -hankkeessa, jonka tavoitteena on erityisesti vieraskielisten työnhakijoiden työllistymisen edistäminen Lahden seudulla. Sovellus on osa hankkeessa toteutettua kokeilua, jossa on pyritty kehittämään uusia digitaalisia ratkaisuja työnhakijoiden ja työnantajien kohtaamiseen.\n\nOn kuitenkin tarpeen oikaista aloitteessa esitettyjä väitteitä. Aloitteessa mainittu Workit Lahti -sovellus ei ole Lahden työllisyyspalveluiden käytössä oleva varsinainen palvelu, vaan hankkeen kautta kehitetty kokeilu. Kyseessä ei ole vakiintunut osa työllisyyspalveluiden toimintaa. Asiakas voi halutessaan itse ladata sovelluksen ja vie tietonsa tuolloin itse sinne sekä antaa oikeudet tietojen käsittelyyn paikalliselle työnantajille.\n\nLisäksi sovelluksen toiminnallisuus ei vastaa aloitteessa kuvattua. Sovelluksessa ei ole käytännössä lainkaan avoimia työpaikkoja, eikä se siten toimi työnantajien ja työnhakijoiden kohtaamisalustana esitetyllä tavalla. Myöskään lahtelaisia asiakkaita ei ole ohjattu palveluun kuin hyvin rajallisesti. On harhaanjohtavaa verrata sovellusta Tinder-tyyppiseen palveluun tai esittää, että se yhdistäisi työnantajia ja työnhakijoita tehokkaasti, sillä ilman työpaikkasisältöä tällaista kohtaantoa ei synny. Sovelluksessa ei ollut ainuttakaan työpaikkailmoitusta, kun työllisyyspalvelut sitä testasivat 8.5.2026.\n\nTyövoimaviranomainen käyttää työnvälityksessä valtakunnallista Työmarkkinatori-palvelua, joka on suunniteltu nimenomaan työnhakijoiden ja työnantajien kohtaamiseen. Työmarkkinatorille kootaan kaikki julkiseen työnvälitykseen tulevat avoimet työpaikat Suomen sisällä. Työnhakijoiden on velvollisuus laatia palveluun profiili ja julkaista se, ja työnantajat voivat hakea ja tarkastella työnhakijoiden profileja valtakunnallisesti.\n\nLisäksi huomioitavaa vastaavan palvelun hankinnassa on tietosuoja-asiat. Tietosuojan näkökulmasta aloitteessa esitetty ratkaisu edellyttäisi ennen mahdollista toteutusta tietosuojan vaikutustenarvioinnin (DPIA) laatimista, jossa arvioidaan henkilötietojen käsittelyyn liittyvät riskit asiakkaiden näkökulmasta. Keskeinen tunnistettava riski liittyy asiakastietojen mahdolliseen päätymiseen väärin käsiin, mitä tulisi hallita erillisillä teknisillä ja organisatorisilla suojaustoimilla. Lisäksi käsittelyperusteen arviointi voisi edellyttää tasapainotestiä, mikäli perusteena olisi oikeutettu etu. Alustavan arvion perusteella henkilötietojen käsittelylle ei kuitenkaan ole osoitettavissa sellaista välttämätöntä tarvetta, joka oikeuttaisi uuden järjestelmän käyttöönoton. Aloite on näin ollen ristiriidassa kaupungin nykyisten tekoäly- ja tietosuojalinjausten kanssa, eikä sen edistäminen ole tarkoituksenmukaista ottaen huomioon vaadittavan valmistelutyön laajuus, resurssien käyttö sekä kokonaisarvio palvelun tarpeellisuudesta.\n\nAsiaa on käsitelty jo aiemmassa valtuustoaloitteessa koskien työvoimapalveluiden tehostamista tekoälyn avulla, ja tuolloin päädyttiin samansuuntaisiin johtopäätöksiin. Työllisyyspalveluiden kehittämistä tehdään valtakunnallisesti yhteistyössä KEHA-keskuksen ja työllisyysalueiden kanssa, ja kehittämistyö kohdistuu ensisijaisesti jo käytössä oleviin järjestelmiin. Näihin kuuluvat muun muassa Työmarkkinatori sekä siihen liittyvät tietojärjestelmät, joiden kehittämisessä Kajaanin kaupunki on aktiivisesti mukana.\n\nUuden erillisen järjestelmän käyttöönotto ei ole tarkoituksenmukaista. Kokemukset osoittavat, että työnantajia ei saada siirtymään uusiin rinnakkaisiin alustoihin ilmoittamaan avoimia työpaikkoja, kun käytössä on jo vakiintuneita ja laajasti käytettyjä palveluja, kuten Työmarkkinatori sekä yksityiset työnhakualustat. Tämän vuoksi uuden järjestelmän käyttöönotto ei todennäköisesti parantaisi työnhakijoiden ja työnantajien kohtaantoa, vaan hajauttaisi sitä entisestään.\n\nTyöllisyyspalveluissa kehitetään jatkuvasti uusia toimintamalleja ja digitaalisia ratkaisuja, mutta käyttöönotettavien palveluiden tulee olla vaikuttavia, toimivia ja aidosti asiakkaita hyödyttäviä.',
};

/** Events with body keys as body ids; callers map keys to their own ids. */
export type SeedEvent = InitiativeEvent;

/** § 16 up to the agenda: referred by the council on 31.3.2026 § 30, statement asked from the subcommittee. */
export const INITIATIVE_16_UNTIL_AGENDA: SeedEvent[] = [
  {
    type: 'REFER_TO_BOARD',
    meeting: { bodyId: 'council', date: '2026-03-31', section: 30 },
    proposal: REFERRAL_PROPOSAL,
    decision: REFERRAL_DECISION,
    decisionType: 'asProposed',
  },
  {
    type: 'REQUEST_STATEMENT',
    bodyId: 'employment',
    date: '2026-04-08',
    dueDate: '2026-05-31',
    preparers: [PREPARERS.tikkanen],
  },
];

/** § 17 up to the agenda: referred by the council on 28.4.2026 § 52, statement asked from the subcommittee. */
export const INITIATIVE_17_UNTIL_AGENDA: SeedEvent[] = [
  {
    type: 'REFER_TO_BOARD',
    meeting: { bodyId: 'council', date: '2026-04-28', section: 52 },
    proposal: REFERRAL_PROPOSAL,
    decision: REFERRAL_DECISION,
    decisionType: 'asProposed',
  },
  {
    type: 'REQUEST_STATEMENT',
    bodyId: 'employment',
    date: '2026-05-04',
    dueDate: '2026-05-31',
    preparers: [PREPARERS.hamalainen, PREPARERS.tikkanen],
  },
];

export function factsOf(
  initiative: SeedInitiative,
  rulePack: InitiativeFacts['rulePack'] = 'kajaani',
): InitiativeFacts {
  return {
    rulePack,
    kind: initiative.kind,
    signatoryCount: initiative.signatoryCount,
    hasFinancialEffect: initiative.hasFinancialEffect,
    submittedOn: initiative.submittedOn,
  };
}
