import { TEMPLATES } from '@aloite/domain';
import type { DemoSeedResult } from '../lib/demo-data';
import type { InitiativeStore } from '../lib/initiative-store';
import { councillorsInitiative, openSeededStore, type TestDatabase } from '../testing';

// Issue 17: an initiative points at the rule-pack version in force on its filing day. A version that takes the
// day over while the filing is on its way must not leave it pointing at the old one: the filing either sees the
// new version or is refused, and nothing of it is written.

describe('filing while a version of the rules is being added', () => {
  let database: TestDatabase;
  let demo: DemoSeedResult;
  let store: InitiativeStore;

  beforeAll(async () => {
    ({ database, demo, store } = await openSeededStore());
  });
  afterAll(() => database.close());

  const initiativesFiledOn = async (day: string) =>
    Number(
      (
        (await database.dataSource.query(`SELECT count(*) AS n FROM initiative WHERE submitted_on = $1`, [
          day,
        ])) as { n: string }[]
      )[0]?.n,
    );

  it('is refused, writing nothing, when the version commits while the filing waits', async () => {
    const day = '2026-03-02';
    // An administrator's version starting before the filing day, as the store adds it: the municipality locked.
    const admin = database.dataSource.createQueryRunner();
    await admin.connect();
    await admin.startTransaction();
    await admin.query(`SELECT 1 FROM municipality WHERE id = $1 FOR UPDATE`, [demo.municipalityId]);
    const version = { ...TEMPLATES.kajaani, validFrom: '2026-03-01' };
    await admin.query(
      `INSERT INTO rule_pack_version (municipality_id, valid_from, rules) VALUES ($1, $2, $3)`,
      [demo.municipalityId, version.validFrom, JSON.stringify(version)],
    );

    // Decided on the version in force before it (Kajaani's from the start), the filing waits for the lock.
    const filing = store.file(
      demo.municipalityId,
      councillorsInitiative({ councilId: demo.bodyIds.council, submittedOn: day }),
      'registry',
    );
    const outcome = filing.then(
      () => 'filed',
      (error: { code?: string }) => error.code,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await admin.commitTransaction();
    await admin.release();

    expect(await outcome).toBe('RULE_PACK_CHANGED');
    expect(await initiativesFiledOn(day)).toBe(0);
  });

  it('files by the new version once it is in force, decided on it', async () => {
    const day = '2026-03-03';
    const initiative = councillorsInitiative({ councilId: demo.bodyIds.council, submittedOn: day });
    const pack = { ...TEMPLATES.kajaani, validFrom: '2026-03-01' };
    const filed = await store.file(demo.municipalityId, { ...initiative, pack }, 'registry');
    expect(filed.pack.validFrom).toBe('2026-03-01');
    expect(await initiativesFiledOn(day)).toBe(1);
  });
});
