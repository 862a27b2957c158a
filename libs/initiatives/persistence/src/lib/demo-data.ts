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
import { DEMO_INITIATIVES, KAJAANI_BODIES, type KajaaniBodyKey } from '@aloite/domain/demo';
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
  const initiativeIds: Record<string, string> = {};
  for (const { initiative, events } of DEMO_INITIATIVES) {
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
