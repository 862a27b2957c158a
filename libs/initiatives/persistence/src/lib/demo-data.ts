import {
  RULE_PACKS,
  diaryNumberPattern,
  start,
  step,
  toStored,
  type InitiativeEvent,
  type InitiativeFacts,
  type Role,
} from '@aloite/domain';
import {
  INITIATIVE_16,
  INITIATIVE_16_UNTIL_AGENDA,
  INITIATIVE_17,
  INITIATIVE_17_UNTIL_AGENDA,
  KAJAANI_BODIES,
  PREPARERS,
  REFERRAL_DECISION,
  REFERRAL_PROPOSAL,
  type KajaaniBodyKey,
  type SeedInitiative,
} from '@aloite/domain/testing';
import type { DataSource } from 'typeorm';
import { AccountStore } from './account-store';
import { BodyEntity, MunicipalityEntity } from './entities';
import { InitiativeStore } from './initiative-store';

const DEMO_ACTOR = 'demo-data';

type BodyIds = Record<KajaaniBodyKey, string>;

/** Seed events name bodies by key; the database names them by id. */
function withBodyIds(event: InitiativeEvent, ids: BodyIds): InitiativeEvent {
  const id = (key: string) => ids[key as KajaaniBodyKey] ?? key;
  const mapped = { ...event } as InitiativeEvent & { bodyId?: string; meeting?: { bodyId: string } };
  if (mapped.bodyId !== undefined) mapped.bodyId = id(mapped.bodyId);
  if (mapped.meeting) mapped.meeting = { ...mapped.meeting, bodyId: id(mapped.meeting.bodyId) };
  return mapped;
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
const MORE_INITIATIVES: { initiative: SeedInitiative; events: InitiativeEvent[] }[] = [
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

export interface DemoSeedResult {
  municipalityId: string;
  bodyIds: BodyIds;
  initiativeIds: Record<string, string>;
}

/** Loads Kajaani's demo data into an empty database; a database that has a municipality is left alone. */
export async function seedDemoData(db: DataSource): Promise<DemoSeedResult | null> {
  if ((await db.getRepository(MunicipalityEntity).count()) > 0) return null;
  const pack = RULE_PACKS.kajaani;
  const municipality = await db
    .getRepository(MunicipalityEntity)
    .save({ name: pack.municipality, rulePack: pack.id, diaryPrefix: pack.diaryNumber.defaultPrefix });
  const bodyIds = {} as BodyIds;
  for (const [key, body] of Object.entries(KAJAANI_BODIES) as [
    KajaaniBodyKey,
    (typeof KAJAANI_BODIES)[KajaaniBodyKey],
  ][]) {
    const saved = await db
      .getRepository(BodyEntity)
      .save({ municipalityId: municipality.id, name: body.name, kind: body.kind, active: true });
    bodyIds[key] = saved.id;
  }
  const store = new InitiativeStore(db);
  const initiatives = [
    { initiative: INITIATIVE_16, events: INITIATIVE_16_UNTIL_AGENDA },
    { initiative: INITIATIVE_17, events: INITIATIVE_17_UNTIL_AGENDA },
    ...MORE_INITIATIVES,
  ];
  const initiativeIds: Record<string, string> = {};
  for (const { initiative, events } of initiatives) {
    const facts: InitiativeFacts = {
      rulePack: pack.id,
      kind: initiative.kind,
      signatoryCount: initiative.signatoryCount,
      hasFinancialEffect: initiative.hasFinancialEffect,
      submittedOn: initiative.submittedOn,
    };
    const { id } = await store.file(
      municipality.id,
      {
        filing: {
          ...initiative,
          signatories: initiative.signatories.map((signatory) => ({
            ...signatory,
            party: signatory.party || null,
          })),
          filedAt: {
            bodyId: bodyIds[initiative.filedAt.body],
            date: initiative.filedAt.date,
            section: initiative.filedAt.section,
          },
        },
        initial: toStored(start(facts)),
        diaryNumberPattern: (year) => diaryNumberPattern(pack, year, municipality.diaryPrefix),
      },
      DEMO_ACTOR,
    );
    for (const event of events) {
      await store.transition(municipality.id, id, null, DEMO_ACTOR, (current) => {
        const result = step({ state: current.state, context: current.context }, withBodyIds(event, bodyIds));
        if (!result.ok) throw new Error(`Demo data: ${event.type} refused for ${initiative.diaryNumber}`);
        return { event: withBodyIds(event, bodyIds), next: result.next, handling: result.handling };
      });
    }
    initiativeIds[initiative.diaryNumber] = id;
  }
  return { municipalityId: municipality.id, bodyIds, initiativeIds };
}

export interface DemoUser {
  username: string;
  password: string;
  displayName: string;
  /** Addresses in the example.fi domain, reserved for documentation: demo reminders reach nobody. */
  email: string;
  roles: Role[];
  bodies: KajaaniBodyKey[];
}

/** One account per role; the passwords are printed on the console in demo mode and are for demos only. */
export const DEMO_USERS: DemoUser[] = [
  {
    username: 'hallintojohtaja',
    password: 'demo-hallintojohtaja',
    displayName: 'Paula Halonen',
    email: 'paula.halonen@example.fi',
    roles: ['registrar'],
    bodies: [],
  },
  {
    username: 'jaostosihteeri',
    password: 'demo-jaostosihteeri',
    displayName: 'Milla Tikkanen',
    email: 'milla.tikkanen@example.fi',
    roles: ['committeeSecretary'],
    bodies: ['employment'],
  },
  {
    username: 'lautakuntasihteeri',
    password: 'demo-lautakuntasihteeri',
    displayName: 'Eeva Esimerkki',
    email: 'eeva.esimerkki@example.fi',
    roles: ['committeeSecretary'],
    bodies: ['education', 'technical', 'welfare'],
  },
  {
    username: 'valtuustosihteeri',
    password: 'demo-valtuustosihteeri',
    displayName: 'Kaisa Kanslia',
    email: 'kaisa.kanslia@example.fi',
    roles: ['councilStaff'],
    bodies: [],
  },
  {
    username: 'admin',
    password: 'demo-admin-2026',
    displayName: 'Pääkäyttäjä',
    email: 'paakayttaja@example.fi',
    roles: ['admin'],
    bodies: [],
  },
];

/** Creates the demo accounts in the demo municipality when it has no accounts yet. */
export async function seedDemoUsers(
  db: DataSource,
  hash: (password: string) => Promise<string>,
): Promise<boolean> {
  const [municipality] = await db
    .getRepository(MunicipalityEntity)
    .find({ order: { createdAt: 'ASC' }, take: 1 });
  if (!municipality) return false;
  const [{ count }] = (await db.query(
    `SELECT count(*)::int AS count FROM user_account WHERE municipality_id = $1`,
    [municipality.id],
  )) as [{ count: number }];
  if (count > 0) return false;
  const bodies = await db.getRepository(BodyEntity).findBy({ municipalityId: municipality.id });
  const bodyId = (key: KajaaniBodyKey) => bodies.find((body) => body.name === KAJAANI_BODIES[key].name)?.id;
  const accounts = new AccountStore(db);
  for (const user of DEMO_USERS) {
    await accounts.createUser(municipality.id, {
      username: user.username,
      displayName: user.displayName,
      email: user.email,
      roles: user.roles,
      bodyIds: user.bodies.map(bodyId).filter((id): id is string => id !== undefined),
      passwordHash: await hash(user.password),
    });
  }
  return true;
}
