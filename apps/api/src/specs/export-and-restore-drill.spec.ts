import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, extract } from 'tar';
import { MEETING_STATUSES } from '@aloite/domain';
import { ImportRefused, exportMunicipality, findMunicipality, importMunicipality } from '@aloite/persistence';
import { openTestDatabase, type TestDatabase } from '@aloite/persistence/testing';
import { FixedClock } from '../clock';
import { ok } from '../testing/committee-meetings';
import { DOCUMENT_CLASSES } from '../testing/secret-markers';
import { BUILT_STATES, buildWorld, everyStateReachable } from '../testing/secret-world';
import { runScript } from '../testing/setup-command';
import { serveApp, startTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app';
import { twoMunicipalities, type Municipality } from '../testing/two-municipalities';

type Requester = TestApp['request'];

/**
 * Issue 22: the drill. Kajaani with its demo data, an initiative in every state with documents of every publicity
 * class, meetings in every status, a correction and a link, beside a second municipality; `npm run export`, a
 * fresh database, `npm run import`: the API answers the same for everything, byte for byte.
 */
describe('export and restore of a municipality (the drill)', () => {
  let api: TestApp;
  let beetala: Municipality;
  let fresh: TestDatabase;
  let folder: string;
  let archive: string;
  let restored: { close(): Promise<void>; request: Requester; content(id: string): Promise<Response> };
  let kajaani: string;
  /** The logs of both, as the import left them: before the drill reads documents (each read is logged). */
  let logs: [unknown[], unknown[]][];

  const cli = (script: string, args: string[], database: TestDatabase) =>
    runScript(script, args, { DATABASE_URL: database.url, ALOITE_ADMIN_PASSWORD: TEST_PASSWORD });

  beforeAll(async () => {
    api = await startTestApp();
    [, beetala] = await twoMunicipalities(api);
    await everyStateReachable(api);
    const world = await buildWorld(api, {
      initiatives: BUILT_STATES.map((state) => ({
        state,
        documents: [
          { publicity: 'public', onHandling: false },
          { publicity: 'notYetPublic', onHandling: true },
          { publicity: 'confidential', onHandling: false },
        ],
      })),
      meetings: MEETING_STATUSES.map((status) => ({ status, documents: [...DOCUMENT_CLASSES] })),
    });
    const closed = world.initiatives[BUILT_STATES.indexOf('closed')] as string;
    const referred = world.initiatives[BUILT_STATES.indexOf('councilConsideration')] as string;
    const { handlings } = await ok(api.request('GET', `/api/initiatives/${closed}`));
    await ok(
      api.request('POST', `/api/initiatives/${closed}/handlings/${handlings[0].seq}/corrections`, {
        changes: { section: 999 },
        reason: 'Pykälänumero oli väärin pöytäkirjassa.',
      }),
    );
    await ok(
      api.request('POST', `/api/initiatives/${closed}/links`, { kind: 'related', initiativeId: referred }),
      201,
    );
    kajaani = api.demo.municipalityId;

    folder = await mkdtemp(join(tmpdir(), 'aloite-drill-'));
    archive = join(folder, 'kajaani.tar.gz');
    const exported = await cli('export', ['--municipality', 'kajaani', '--out', archive], api.database);
    expect(exported).toMatchObject({ code: 0 });
    fresh = await openTestDatabase();
    const imported = await cli('import', [archive, '--admin', 'tester'], fresh);
    expect(imported).toMatchObject({ code: 0 });
    logs = [];
    for (const [table, columns] of Object.entries(LOGS)) {
      const query = `SELECT ${columns} FROM ${table} WHERE municipality_id = $1 ORDER BY ${columns}`;
      logs.push([
        await api.database.dataSource.query(query, [kajaani]),
        await fresh.dataSource.query(query, [kajaani]),
      ]);
    }
    const served = await serveApp(fresh.dataSource, new FixedClock('2026-05-21'));
    const token = (
      await ok(
        served.send(null)('POST', '/api/auth/login', {
          username: 'tester',
          password: TEST_PASSWORD,
          municipality: 'kajaani',
        }),
      )
    ).token as string;
    restored = {
      request: served.send(token),
      content: (id) =>
        fetch(`${served.baseUrl}/api/attachments/${id}/content`, {
          headers: { authorization: `Bearer ${token}` },
        }),
      close: () => served.app.close(),
    };
    // A world built through the API and two commands, each a process of its own, on a busy machine.
  }, 300_000);

  afterAll(async () => {
    await restored?.close();
    await fresh?.close();
    await api?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  /** Rows of the tables the test names, as the database has them: the same before and after a refused import. */
  const everything = (database: TestDatabase) =>
    database.dataSource.query(
      `SELECT ${TABLES.map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(', ')},
         (SELECT coalesce(max(updated_at)::text, '') FROM initiative) AS last_write`,
    );

  const both = async (path: string) => [
    await ok(api.request('GET', path)),
    await ok(restored.request('GET', path)),
  ];

  type Change = (unpacked: string, manifest: Manifest) => Promise<void>;
  /** The archive with `change` made to it and packed again. */
  const repacked = async (change: Change) => {
    const unpacked = await mkdtemp(join(folder, 'tampered-'));
    await extract({ file: archive, cwd: unpacked });
    const manifest = JSON.parse(await readFile(join(unpacked, 'manifest.json'), 'utf8')) as Manifest;
    await change(unpacked, manifest);
    await writeFile(join(unpacked, 'manifest.json'), JSON.stringify(manifest));
    const file = `${unpacked}.tar.gz`;
    await create({ gzip: true, file, cwd: unpacked }, ['manifest.json', ...Object.keys(manifest.files)]);
    return file;
  };

  /** The archive with `change` made to it, given to the import directly: its refusal, after which nothing changed. */
  const tampered = async (change: Change, target: TestDatabase) => {
    const before = await everything(target);
    const file = await repacked(change);
    // The import itself (the command's refusal is the case above): a refusal, and nothing changed.
    const refusal = await importMunicipality(target.dataSource, file).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ImportRefused);
    expect(await everything(target)).toEqual(before);
    return (refusal as Error).message;
  };

  it('restores every initiative as the API shows it, with its audit log and links', async () => {
    const ids = (
      await api.database.dataSource.query(`SELECT id FROM initiative WHERE municipality_id = $1`, [kajaani])
    ).map((row: { id: string }) => row.id);
    expect(ids.length).toBeGreaterThan(BUILT_STATES.length + 8);
    const states = new Set<string>();
    for (const id of ids) {
      const [before, after] = await both(`/api/initiatives/${id}`);
      expect(after).toEqual(before);
      states.add(before.state);
      const [log, restoredLog] = await both(`/api/initiatives/${id}/events`);
      expect(restoredLog).toEqual(log);
      const [links, restoredLinks] = await both(`/api/initiatives/${id}/links`);
      expect(restoredLinks).toEqual(links);
    }
    expect([...states].sort()).toEqual([...BUILT_STATES].sort());
  });

  it('restores every document byte for byte, with its SHA-256', async () => {
    const query = `SELECT id, sha256, publicity, content FROM attachment WHERE municipality_id = $1 ORDER BY id`;
    const documents = (await api.database.dataSource.query(query, [kajaani])) as {
      id: string;
      sha256: string;
      publicity: string;
      content: Buffer;
    }[];
    expect(new Set(documents.map((document) => document.publicity))).toEqual(
      new Set(['public', 'notYetPublic', 'confidential']),
    );
    expect(await fresh.dataSource.query(query, [kajaani])).toEqual(documents);
    for (const document of documents) {
      expect(createHash('sha256').update(document.content).digest('hex')).toBe(document.sha256);
      const response = await restored.content(document.id);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(document.content)).toBe(true);
    }
  });

  it('restores the annual lists, bodies, meetings and rule packs as the API shows them', async () => {
    for (let year = 2020; year <= 2026; year += 1) {
      const [list, restoredList] = await both(`/api/annual-lists/${year}`);
      expect(restoredList).toEqual(list);
    }
    const [bodies, restoredBodies] = await both('/api/bodies');
    expect(restoredBodies).toEqual(bodies);
    for (const body of bodies as { id: string }[]) {
      const [meetings, restoredMeetings] = await both(`/api/bodies/${body.id}/meetings?year=2026`);
      expect(restoredMeetings).toEqual(meetings);
      for (const meeting of meetings as { id: string }[]) {
        const [agenda, restoredAgenda] = await both(`/api/meetings/${meeting.id}`);
        expect(restoredAgenda).toEqual(agenda);
      }
    }
    for (const path of ['/api/municipality', '/api/municipality/rule-packs']) {
      const [before, after] = await both(path);
      expect(after).toEqual(before);
    }
  });

  it('restores the accounts without their secrets, and the access and change logs', async () => {
    const [users, restoredUsers] = await both('/api/users');
    const signedInNow = (list: { username: string; lastSignInAt?: string }[]) =>
      list.map((user) => (user.username === 'tester' ? { ...user, lastSignInAt: null } : user));
    expect(signedInNow(restoredUsers)).toEqual(signedInNow(users));
    const secrets = await fresh.dataSource.query(
      `SELECT count(*)::int AS n FROM user_account WHERE password_hash IS NOT NULL AND username <> 'tester'`,
    );
    expect(secrets).toEqual([{ n: 0 }]);
    for (const [before, after] of logs) {
      expect(before.length).toBeGreaterThan(0);
      expect(after).toEqual(before);
    }
  });

  it('holds nothing of another municipality, and no secret', async () => {
    const unpacked = await mkdtemp(join(folder, 'unpacked-'));
    await extract({ file: archive, cwd: unpacked });
    const manifest = JSON.parse(await readFile(join(unpacked, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'aloite-municipality-export', formatVersion: 1 });
    for (const file of Object.keys(manifest.files).filter((name) => name.endsWith('.jsonl'))) {
      const text = await readFile(join(unpacked, file), 'utf8');
      expect(text).not.toContain(beetala.slug);
      expect(text).not.toContain(beetala.word);
      expect(text).not.toMatch(/password_hash|token_hash|refresh_token|client_secret|\$argon2/);
    }
    expect(await fresh.dataSource.query(`SELECT slug FROM municipality`)).toEqual([{ slug: 'kajaani' }]);
  });

  it('says so when there is no such municipality to export', async () => {
    const result = await cli(
      'export',
      ['--municipality', 'nowhere', '--out', join(folder, 'x.tar.gz')],
      api.database,
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('There is no one municipality nowhere here');
  });

  it('never migrates the database it reads: one this build is ahead of is not exported', async () => {
    const owner = api.database.dataSource;
    const [last] = await owner.query(`SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`);
    await owner.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const out = join(folder, 'behind.tar.gz');
      const result = await cli('export', ['--municipality', 'kajaani', '--out', out], api.database);
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('not migrated to this version of Aloite');
      expect(await owner.query(`SELECT name FROM migrations WHERE name = $1`, [last.name])).toEqual([]);
    } finally {
      await owner.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
  });

  it('refuses to import into a deployment that has the municipality, changing nothing', async () => {
    const before = await everything(fresh);
    const again = await cli('import', [archive], fresh);
    expect(again.code).not.toBe(0);
    expect(again.output).toContain('already has the municipality');
    expect(await everything(fresh)).toEqual(before);
    // The same municipality by name under another id and address name: the name is unique in a deployment.
    const renamed = await tampered(async (_, manifest) => {
      manifest.municipality = { ...manifest.municipality, id: randomUUID(), slug: 'kajaani-2' };
    }, fresh);
    expect(renamed).toMatch(/already has the municipality Kajaani \(kajaani\)/);
  });

  it('refuses a tampered archive or an unknown format, changing nothing', async () => {
    const empty = await openTestDatabase();
    try {
      const oneByte = (recount: boolean) => async (unpacked: string, manifest: Manifest) => {
        const name = Object.keys(manifest.files).find((path) => path.startsWith('documents/')) as string;
        const bytes = await readFile(join(unpacked, name));
        bytes[0] = (bytes[0] as number) ^ 1;
        await writeFile(join(unpacked, name), bytes);
        if (recount) manifest.files[name] = { ...manifest.files[name], sha256: sha256(bytes) };
      };
      expect(await tampered(oneByte(false), empty)).toMatch(/fails its SHA-256 checksum/);
      // A manifest made to match the changed bytes: the document's own SHA-256 still tells.
      expect(await tampered(oneByte(true), empty)).toMatch(/not the ones its SHA-256 records/);
      // An initiative's row that its audit log does not lead to: the replay, not the row, decides.
      expect(
        await tampered(async (unpacked, manifest) => {
          const path = join(unpacked, 'initiatives.jsonl');
          const original = await readFile(path, 'utf8');
          const text = original.replace('"state":"closed"', '"state":"answered"');
          expect(text).not.toBe(original);
          await writeFile(path, text);
          manifest.files['initiatives.jsonl'] = {
            ...manifest.files['initiatives.jsonl'],
            sha256: sha256(Buffer.from(text)),
          };
        }, empty),
      ).toMatch(/does not replay to its exported state/);
      expect(
        await tampered(async (_, manifest) => {
          manifest.formatVersion = 2;
        }, empty),
      ).toMatch(/aloite-municipality-export 2/);
    } finally {
      await empty.close();
    }
  });
  it('never takes a secret from an archive, whoever wrote it: a password hash put in is not imported', async () => {
    const empty = await openTestDatabase();
    try {
      const file = await repacked(async (unpacked, manifest) => {
        const path = join(unpacked, 'accounts.jsonl');
        const lines = (await readFile(path, 'utf8')).split('\n').filter(Boolean);
        const withHashes = lines.map((line) =>
          JSON.stringify({ ...JSON.parse(line), password_hash: PLANTED_HASH }),
        );
        const text = `${withHashes.join('\n')}\n`;
        await writeFile(path, text);
        manifest.files['accounts.jsonl'] = {
          sha256: sha256(Buffer.from(text)),
          bytes: Buffer.byteLength(text),
        };
      });
      await importMunicipality(empty.dataSource, file);
      const accounts = await empty.dataSource.query(
        `SELECT count(*)::int AS "all", count(password_hash)::int AS "withPassword" FROM user_account`,
      );
      expect(accounts).toEqual([{ all: expect.any(Number), withPassword: 0 }]);
      expect(accounts[0].all).toBeGreaterThan(0);
    } finally {
      await empty.close();
    }
  });

  /** `use` given a deployment that holds Beetala, as restored from its own archive. */
  const withBeetala = async (use: (other: TestDatabase) => Promise<void>) => {
    const other = await openTestDatabase();
    try {
      const beetalaArchive = join(folder, 'beetala.tar.gz');
      const found = await findMunicipality(api.database.dataSource, 'beetala');
      await exportMunicipality(api.database.dataSource, found as NonNullable<typeof found>, beetalaArchive);
      await importMunicipality(other.dataSource, beetalaArchive);
      await use(other);
    } finally {
      await other.close();
    }
  };

  it('refuses an archive that reaches into another municipality, changing nothing', () =>
    withBeetala(async (other) => {
      // Kajaani's archive with one document moved onto Beetala's initiative, its checksum made to match.
      const intruding = await tampered(async (unpacked, manifest) => {
        const path = join(unpacked, 'documents.jsonl');
        const [first, ...rest] = (await readFile(path, 'utf8')).split('\n');
        const row = { ...JSON.parse(first as string), initiative_id: beetala.initiatives.registered };
        const text = [JSON.stringify(row), ...rest].join('\n');
        await writeFile(path, text);
        manifest.files['documents.jsonl'] = { sha256: sha256(Buffer.from(text)) };
      }, other);
      expect(intruding).toMatch(/refers to initiative of another municipality/);
    }));

  it('refuses, in words, an account that signs in with the identity of another municipality’s account', () =>
    withBeetala(async (other) => {
      const identity = { oidc_issuer: 'https://tunnistus.example.fi', oidc_subject: 'sama-henkilo' };
      await other.dataSource.query(
        `UPDATE user_account SET oidc_issuer = $1, oidc_subject = $2
         WHERE id = (SELECT id FROM user_account ORDER BY created_at, id LIMIT 1)`,
        [identity.oidc_issuer, identity.oidc_subject],
      );
      const refusal = await tampered(async (unpacked, manifest) => {
        const path = join(unpacked, 'accounts.jsonl');
        const [first, ...rest] = (await readFile(path, 'utf8')).split('\n');
        const text = [JSON.stringify({ ...JSON.parse(first as string), ...identity }), ...rest].join('\n');
        await writeFile(path, text);
        manifest.files['accounts.jsonl'] = { sha256: sha256(Buffer.from(text)) };
      }, other);
      expect(refusal).toMatch(/^An account in the archive signs in with an identity .* another municipality/);
      expect(refusal).toContain(identity.oidc_subject);
    }));
});

interface Manifest {
  formatVersion: number;
  municipality: { id: string; name: string; slug: string };
  files: Record<string, { sha256: string; bytes?: number }>;
}

/** A hash of a password its planter knows, as a previous vendor's archive could carry it. */
const PLANTED_HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The tables a refused import must leave as they were. */
const TABLES = [
  'municipality',
  'body',
  'user_account',
  'rule_pack_version',
  'initiative',
  'initiative_event',
  'handling',
  'statement_request',
  'attachment',
  'meeting',
  'agenda_item',
  'admin_change',
];

/** The access and change logs, each by the columns that say what happened (not its row number). */
const LOGS: Record<string, string> = {
  admin_change: `actor_id, actor_name, changed_at, entity_kind, entity_id, action, change::text`,
  attachment_read: `attachment_id, reader, read_at`,
  attachment_publication: `attachment_id, meeting_id, published_on, actor, occurred_at`,
  meeting_change: `meeting_id, change, detail::text, actor, occurred_at`,
  agenda_item_change: `agenda_item_id, before::text, after::text, reason, actor, occurred_at`,
  initiative_link: `id, from_initiative_id, to_initiative_id, kind, created_by, created_at, removed_at`,
  user_session: `id, user_id, created_at, expires_at`,
};
