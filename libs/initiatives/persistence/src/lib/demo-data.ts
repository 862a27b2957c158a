import {
  TEMPLATES,
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
import { BodyStore, insertBody } from './body-store';
import { DEMO_ACTOR, seedDemoMeetings } from './demo-meetings';

export { DEMO_ACTOR };
import { InitiativeStore } from './initiative-store';
import { insertMunicipality } from './municipality-store';
import { pooledSql, prepared } from './sql';

const FIRST_MUNICIPALITY = prepared<{ id: string }>(
  `SELECT m.id FROM municipality m ORDER BY m.created_at LIMIT 1`,
);
const AN_ACCOUNT_OF = prepared<{ id: string }>(
  `SELECT u.id FROM user_account u WHERE u.municipality_id = :municipalityId LIMIT 1`,
);

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
  const sql = pooledSql(db);
  if ((await sql.rows(FIRST_MUNICIPALITY)).length > 0) return null;
  const pack = TEMPLATES.kajaani;
  const municipality = await insertMunicipality(
    sql,
    {
      name: pack.municipality.fi,
      diaryPrefix: pack.diaryNumber.defaultPrefix,
      language: 'fi',
      secondLanguage: null,
    },
    pack,
  );
  const bodyIds = {} as BodyIds;
  for (const [key, body] of Object.entries(KAJAANI_BODIES) as [
    KajaaniBodyKey,
    (typeof KAJAANI_BODIES)[KajaaniBodyKey],
  ][]) {
    bodyIds[key] = (await insertBody(sql, municipality.id, { name: body.name, kind: body.kind })).id;
  }
  const store = new InitiativeStore(db);
  const initiativeIds: Record<string, string> = {};
  for (const { initiative, events } of DEMO_INITIATIVES) {
    const facts: InitiativeFacts = {
      rulePack: 'kajaani',
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
        initial: toStored(start(facts, pack)),
        pack,
        diaryNumberPattern: (year) => diaryNumberPattern(pack, year, municipality.diaryPrefix),
      },
      DEMO_ACTOR,
    );
    for (const event of events) {
      await store.transition(municipality.id, id, null, DEMO_ACTOR, (current) => {
        const stored = { state: current.state, context: current.context };
        const result = step(stored, withBodyIds(event, bodyIds), current.pack);
        if (!result.ok) throw new Error(`Demo data: ${event.type} refused for ${initiative.diaryNumber}`);
        return { event: withBodyIds(event, bodyIds), next: result.next, handling: result.handling };
      });
    }
    initiativeIds[initiative.diaryNumber] = id;
  }
  await seedDemoMeetings(db, municipality.id, bodyIds, initiativeIds);
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
  const sql = pooledSql(db);
  const [municipality] = await sql.rows(FIRST_MUNICIPALITY);
  if (!municipality) return false;
  if ((await sql.rows(AN_ACCOUNT_OF, { municipalityId: municipality.id })).length > 0) return false;
  const bodies = await new BodyStore(db).ofMunicipality(municipality.id);
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
