// The demo municipality's initiatives: the agenda's real §§ 16 and 17 as far as the agenda shows them, and fictional
// ones at the stages they do not reach. Bodies are named by key (`KAJAANI_BODIES`); the seeding maps keys to ids.
import type { InitiativeEvent } from '../lib/types';
import {
  INITIATIVE_16,
  INITIATIVE_16_UNTIL_AGENDA,
  INITIATIVE_17,
  INITIATIVE_17_UNTIL_AGENDA,
  PREPARERS,
  REFERRAL_DECISION,
  REFERRAL_PROPOSAL,
  type SeedEvent,
  type SeedInitiative,
} from './kajaani-seed';

export interface DemoInitiative {
  initiative: SeedInitiative;
  events: SeedEvent[];
}

const referral = (date: string, section: number): InitiativeEvent => ({
  type: 'REFER_TO_BOARD',
  meeting: { bodyId: 'council', date, section },
  proposal: REFERRAL_PROPOSAL,
  decision: REFERRAL_DECISION,
  decisionType: 'asProposed',
});

const councillor = (name: string, party: string, firstSigner = false) => ({ name, party, firstSigner });

/** Fictional initiatives at the stages the seed's two real ones do not show, so every screen has something. */
const MORE_INITIATIVES: DemoInitiative[] = [
  {
    initiative: {
      diaryNumber: 'KAJDno-2025-1412',
      title: 'Valtuustoaloite koirapuiston rakentamisesta Lehtikankaalle',
      text: 'Keskustan valtuustoryhmä esittää, että kaupunki rakentaa aidatun koirapuiston Lehtikankaan alueelle vuoden 2026 aikana.',
      kind: 'councilGroup',
      submittedOn: '2025-09-29',
      signatories: [councillor('Aino Heikkinen', 'KESK', true), councillor('Matti Karjalainen', 'KESK')],
      signatoryCount: 12,
      hasFinancialEffect: true,
      filedAt: { body: 'council', date: '2025-09-29', section: 85 },
    },
    events: [
      referral('2025-09-29', 85),
      {
        type: 'REQUEST_STATEMENT',
        bodyId: 'technical',
        date: '2025-10-06',
        dueDate: '2025-11-30',
        preparers: [{ name: 'Kari Tekninen', title: 'Kaupungininsinööri' }],
      },
      {
        type: 'RECORD_STATEMENT',
        bodyId: 'technical',
        meeting: { bodyId: 'technical', date: '2025-11-18', section: 112 },
        presenter: 'Kari Tekninen, kaupungininsinööri',
        proposal:
          'Tekninen lautakunta antaa kaupunginhallitukselle vastineen, jonka mukaan koirapuisto rakennetaan vuoden 2026 investointiohjelmassa.',
        decision: 'Hyväksyttiin ehdotuksen mukaisesti.',
        decisionType: 'asProposed',
        responseText:
          'Koirapuisto sisällytetään vuoden 2026 investointiohjelmaan. Alustava kustannusarvio on 45 000 euroa.',
      },
      {
        type: 'RECORD_BOARD_DECISION',
        meeting: { bodyId: 'board', date: '2026-01-19', section: 12 },
        preparers: [PREPARERS.halonen],
        proposal:
          'Kaupunginhallitus antaa valtuustolle teknisen lautakunnan vastineen mukaisen vastauksen ja esittää, että valtuusto toteaa aloitteen loppuun käsitellyksi.',
        decision: 'Hyväksyttiin.',
        decisionType: 'asProposed',
        outcome: 'proposeToCouncil',
      },
      {
        type: 'RECORD_COUNCIL_DECISION',
        meeting: { bodyId: 'council', date: '2026-02-16', section: 8 },
        decision: 'Valtuusto merkitsi vastauksen tiedoksi ja totesi aloitteen loppuun käsitellyksi.',
        decisionType: 'asProposed',
        outcome: 'closed',
        resolutions: [
          'Valtuusto edellyttää, että koirapuiston käyttökokemuksista raportoidaan vuoden 2027 aikana.',
        ],
      },
    ],
  },
  {
    initiative: {
      diaryNumber: 'KAJDno-2025-1630',
      title: 'Valtuustoaloite maksuttomasta joukkoliikenteestä yli 70-vuotiaille',
      text: 'Esitämme, että kaupunki selvittää maksuttoman paikallisliikenteen yli 70-vuotiaille kuntalaisille.',
      kind: 'councillor',
      submittedOn: '2025-11-24',
      signatories: [
        councillor('Liisa Kemppainen', 'VAS', true),
        councillor('Pekka Oikarinen', 'SDP'),
        councillor('Sanna Moilanen', 'VIHR'),
      ],
      signatoryCount: 3,
      hasFinancialEffect: true,
      filedAt: { body: 'council', date: '2025-11-24', section: 101 },
    },
    events: [
      referral('2025-11-24', 101),
      {
        type: 'REQUEST_STATEMENT',
        bodyId: 'technical',
        date: '2025-12-01',
        dueDate: '2026-03-31',
        preparers: [{ name: 'Kari Tekninen', title: 'Kaupungininsinööri' }],
      },
      {
        type: 'REQUEST_STATEMENT',
        bodyId: 'welfare',
        date: '2025-12-01',
        dueDate: '2026-03-31',
        preparers: [{ name: 'Hanna Hyvönen', title: 'Hyvinvointijohtaja' }],
      },
      {
        type: 'RECORD_STATEMENT',
        bodyId: 'welfare',
        meeting: { bodyId: 'welfare', date: '2026-02-10', section: 21 },
        presenter: 'Hanna Hyvönen, hyvinvointijohtaja',
        proposal: 'Hyvinvointilautakunta puoltaa selvityksen tekemistä.',
        decision: 'Hyväksyttiin.',
        decisionType: 'asProposed',
        responseText: 'Maksuton joukkoliikenne tukisi ikääntyneiden liikkumista ja osallisuutta.',
      },
    ],
  },
  {
    initiative: {
      diaryNumber: 'KAJDno-2026-1021',
      title: 'Valtuustoaloite koulujen kasvisruokapäivästä',
      text: 'Esitän, että Kajaanin kouluissa otetaan käyttöön viikoittainen kasvisruokapäivä.',
      kind: 'councillor',
      submittedOn: '2026-06-15',
      signatories: [councillor('Ville Partanen', 'VIHR', true)],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { body: 'council', date: '2026-06-15', section: 70 },
    },
    events: [
      referral('2026-06-15', 70),
      {
        type: 'RECORD_BOARD_DECISION',
        meeting: { bodyId: 'board', date: '2026-10-05', section: 244 },
        preparers: [PREPARERS.halonen],
        proposal: 'Kaupunginhallitus esittää, että valtuusto toteaa aloitteen loppuun käsitellyksi.',
        decision: 'Hyväksyttiin.',
        decisionType: 'asProposed',
        outcome: 'proposeToCouncil',
      },
    ],
  },
  {
    initiative: {
      diaryNumber: 'KAJDno-2026-1388',
      title: 'Valtuustoaloite uimahallin aukioloaikojen laajentamisesta',
      text: 'Esitämme, että uimahalli on avoinna myös sunnuntaiaamuisin.',
      kind: 'councillor',
      submittedOn: '2026-10-26',
      signatories: [councillor('Juho Tolonen', 'PS', true), councillor('Riikka Väisänen', 'KOK')],
      signatoryCount: 2,
      hasFinancialEffect: true,
      filedAt: { body: 'council', date: '2026-10-26', section: 95 },
    },
    events: [],
  },
  {
    initiative: {
      diaryNumber: 'KAJDno-2025-0811',
      title: 'Valtuustoaloite kaupungin omistamien tonttien hinnoittelusta',
      text: 'Esitän, että omakotitonttien hinnoittelua kevennetään lapsiperheille.',
      kind: 'councillor',
      submittedOn: '2025-05-26',
      signatories: [councillor('Tero Pulkkinen', 'KOK', true)],
      signatoryCount: 1,
      hasFinancialEffect: true,
      filedAt: { body: 'council', date: '2025-05-26', section: 50 },
    },
    events: [
      referral('2025-05-26', 50),
      { type: 'WITHDRAW', date: '2025-08-15', requestedBy: 'Tero Pulkkinen' },
    ],
  },
  {
    initiative: {
      diaryNumber: 'KAJDno-2026-1250',
      title: 'Asukasaloite Pohjolankadun liikenneturvallisuuden parantamisesta',
      text: 'Allekirjoittaneet kajaanilaiset esittävät hidastetöyssyjä ja suojatievaloja Pohjolankadulle koulun kohdalle.',
      kind: 'resident',
      submittedOn: '2026-09-14',
      signatories: [{ name: 'Marja Leinonen', party: '', firstSigner: true }],
      signatoryCount: 812,
      hasFinancialEffect: true,
      filedAt: { body: 'council', date: '2026-09-14', section: 81 },
    },
    events: [referral('2026-09-14', 81)],
  },
];

/** Every initiative the demo data files, in filing order, with the events that bring it to its stage. */
export const DEMO_INITIATIVES: readonly DemoInitiative[] = [
  { initiative: INITIATIVE_16, events: INITIATIVE_16_UNTIL_AGENDA },
  { initiative: INITIATIVE_17, events: INITIATIVE_17_UNTIL_AGENDA },
  ...MORE_INITIATIVES,
];
