import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Stats } from 'node:fs';
import { extract, type ReadEntry } from 'tar';
import type { DataSource } from 'typeorm';
import { inTransaction, prepared, type Sql } from '../sql';
import { usernameKey } from '../usernames';
import {
  AFTER_INITIATIVES,
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  AUDIT_LOG,
  BEFORE_INITIATIVES,
  DOCUMENTS,
  INITIATIVES,
  MANIFEST_FILE,
  MUNICIPALITY,
  documentFile,
  type Kind,
  type Manifest,
} from './archive-format';
import {
  ReplayRefused,
  replayInitiative,
  type ArchivedEvent,
  type ArchivedInitiative,
} from './initiative-replay';

/** The archive is not one to load here: nothing was changed. */
export class ImportRefused extends Error {}

const BATCH_ROWS = 200;

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

/** The archive unpacked and checked against its manifest: its format, and every file there and intact. */
async function unpacked(archive: string, folder: string): Promise<Manifest> {
  // Plain files and folders only: a link in an archive could point anywhere on this machine.
  const plain = (_: string, entry: Stats | ReadEntry) =>
    'type' in entry && (entry.type === 'File' || entry.type === 'Directory');
  await extract({ file: archive, cwd: folder, strict: true, filter: plain }).catch((error: unknown) => {
    throw new ImportRefused(`${archive} is not a readable tar.gz archive: ${(error as Error).message}`);
  });
  const manifest = JSON.parse(
    await readFile(join(folder, MANIFEST_FILE), 'utf8').catch(() => {
      throw new ImportRefused(`${archive} has no ${MANIFEST_FILE}.`);
    }),
  ) as Manifest;
  if (manifest.format !== ARCHIVE_FORMAT || manifest.formatVersion !== ARCHIVE_FORMAT_VERSION)
    throw new ImportRefused(
      `${archive} is in the format ${manifest.format} ${manifest.formatVersion}; this Aloite reads ${ARCHIVE_FORMAT} ${ARCHIVE_FORMAT_VERSION}.`,
    );
  const present = (await filesUnder(folder)).filter((path) => path !== MANIFEST_FILE).sort();
  const listed = Object.keys(manifest.files).sort();
  const unlisted = present.find((path) => !listed.includes(path));
  const missing = listed.find((path) => !present.includes(path));
  if (unlisted || missing)
    throw new ImportRefused(`${archive} does not match its manifest: ${unlisted ?? missing} is not in both.`);
  for (const path of listed) {
    if ((await sha256Of(join(folder, path))) !== manifest.files[path]?.sha256)
      throw new ImportRefused(`${path} in ${archive} fails its SHA-256 checksum: the archive is damaged.`);
  }
  return manifest;
}

async function rowsOf<Row = Record<string, unknown>>(folder: string, kind: Kind): Promise<Row[]> {
  const text = await readFile(join(folder, kind.file), 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Row);
}

/**
 * `INSERT … SELECT` of archived rows given as one JSON array `:rows`, each column as archived or as `importAs`;
 * whatever municipality a row names, it is the archive's (`:municipalityId`).
 */
function insertOf(kind: Kind, columns: string[], extra = '') {
  const own = kind === MUNICIPALITY ? 'id' : 'municipality_id';
  const values = columns.map((column) =>
    column === own ? ':municipalityId::uuid' : (kind.importAs?.[column] ?? `r.${column}`),
  );
  return `INSERT INTO ${kind.table} (${columns.join(', ')}${extra && ', content'})
    SELECT ${values.join(', ')}${extra} FROM jsonb_populate_recordset(NULL::${kind.table}, :rows::jsonb) r`;
}

const TABLE_COLUMNS = prepared<{ name: string }>(`
  SELECT column_name AS name FROM information_schema.columns
  WHERE table_schema = current_schema() AND table_name = :table AND is_generated = 'NEVER'`);

/**
 * The archived rows' columns the import writes: the table's own (a field it does not have is ignored, and no name
 * from the archive reaches the SQL unchecked), never one the export omits, and those given anew.
 */
async function columnsOf(sql: Sql, kind: Kind, rows: Record<string, unknown>[]): Promise<string[]> {
  const table = (await sql.rows(TABLE_COLUMNS, { table: kind.table })).map((column) => column.name);
  const archived = Object.keys(rows[0] ?? {}).filter((column) => column !== kind.renumbered);
  // A column the export leaves out (a secret) is never taken from an archive, whoever wrote it.
  const taken = (column: string) => archived.includes(column) && !kind.omit?.includes(column);
  return table.filter((column) => taken(column) || kind.importAs?.[column] !== undefined);
}

async function copy(sql: Sql, folder: string, kind: Kind, municipalityId: string): Promise<void> {
  const rows = await rowsOf(folder, kind);
  if (rows.length === 0) return;
  const statement = prepared(insertOf(kind, await columnsOf(sql, kind, rows)));
  for (let from = 0; from < rows.length; from += BATCH_ROWS) {
    const batch = JSON.stringify(rows.slice(from, from + BATCH_ROWS));
    await sql.rows(statement, { rows: batch, municipalityId });
  }
}

/** Each document's row with its bytes, checked against the SHA-256 and size its row records. */
async function copyDocuments(sql: Sql, folder: string, manifest: Manifest): Promise<void> {
  const municipalityId = manifest.municipality.id;
  const rows = await rowsOf(folder, DOCUMENTS);
  if (rows.length === 0) return;
  const columns = await columnsOf(sql, DOCUMENTS, rows);
  const statement = prepared(insertOf(DOCUMENTS, columns, ', :content::bytea'));
  for (const row of rows) {
    const path = documentFile(String(row.id));
    if (!Object.hasOwn(manifest.files, path)) throw new ImportRefused(`The archive has no ${path}.`);
    const content = await readFile(join(folder, path));
    const sha256 = createHash('sha256').update(content).digest('hex');
    if (sha256 !== row.sha256 || content.length !== row.size)
      throw new ImportRefused(
        `Document ${row.id as string}: its bytes are not the ones its SHA-256 records.`,
      );
    await sql.rows(statement, { rows: JSON.stringify([row]), content, municipalityId });
  }
}

async function replayAll(sql: Sql, folder: string, municipalityId: string): Promise<void> {
  const logs = new Map<string, ArchivedEvent[]>();
  for (const event of await rowsOf<ArchivedEvent>(folder, AUDIT_LOG)) {
    logs.set(event.initiative_id, [...(logs.get(event.initiative_id) ?? []), event]);
  }
  for (const initiative of await rowsOf<ArchivedInitiative>(folder, INITIATIVES)) {
    await replayInitiative(sql, municipalityId, initiative, logs.get(initiative.id) ?? []);
  }
}

/** Every foreign key between two tables of municipalities' rows: which columns refer to which. */
const REFERENCES = prepared<{ child: string; parent: string; columns: string[]; referenced: string[] }>(`
  SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
    array_agg(quote_ident(ca.attname) ORDER BY k.position) AS columns,
    array_agg(quote_ident(pa.attname) ORDER BY k.position) AS referenced
  FROM pg_constraint c
  CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(child_column, parent_column, position)
  JOIN pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = k.child_column
  JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.parent_column
  WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'municipality_id')
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.confrelid AND a.attname = 'municipality_id')
  GROUP BY c.oid, c.conrelid, c.confrelid`);

/**
 * Ids are kept, so an archive could name another municipality's body, initiative or account: refused, so that an
 * import never reaches into what the deployment already holds.
 */
async function refuseReferencesElsewhere(sql: Sql, municipalityId: string): Promise<void> {
  for (const { child, parent, columns, referenced } of await sql.rows(REFERENCES)) {
    const on = columns.map((column, index) => `p.${referenced[index] as string} = c.${column}`).join(' AND ');
    const [elsewhere] = await sql.rows(
      prepared(`SELECT 1 FROM ${child} c JOIN ${parent} p ON ${on}
        WHERE c.municipality_id = :municipalityId AND p.municipality_id <> :municipalityId LIMIT 1`),
      { municipalityId },
    );
    if (elsewhere)
      throw new ImportRefused(
        `A row of ${child} in the archive refers to ${parent} of another municipality.`,
      );
  }
}

const ALREADY_THERE = prepared<{ name: string; slug: string }>(
  `SELECT name, slug FROM municipality WHERE id = :id OR slug = :slug OR name = :name`,
);

const GIVE_PASSWORD = prepared<{ id: string }>(`
  UPDATE user_account SET password_hash = :passwordHash, updated_at = now()
  WHERE municipality_id = :municipalityId AND username_key = :key AND active AND 'admin' = ANY(roles) RETURNING id`);

/**
 * The archive has no passwords: the import gives one of its active administrators a password (as `npm run setup`
 * does a new one), refused unless there is such an administrator.
 */
export function administratorPassword(username: string, passwordHash: string): ImportOptions['then'] {
  return async (sql, { id }) => {
    const [given] = await sql.rows(GIVE_PASSWORD, {
      municipalityId: id,
      key: usernameKey(username),
      passwordHash,
    });
    if (!given)
      throw new ImportRefused(`The archive has no active administrator ${username} to give the password to.`);
  };
}

/** Unique rules an archive's rows can break only with another municipality's rows here, in words. */
const CLASHES: Record<string, string> = {
  user_account_oidc_subject_unique:
    'An account in the archive signs in with an identity (issuer and subject) that an account of another municipality here already uses',
};

/** Such a clash as a refusal of the whole archive, not a database error; any other error as it was. */
function refusedIfClash(error: unknown): unknown {
  const { code, constraint, detail } = error as { code?: string; constraint?: string; detail?: string };
  const clash = code === '23505' && constraint !== undefined ? CLASHES[constraint] : undefined;
  return clash === undefined ? error : new ImportRefused(`${clash}. ${detail ?? ''}`.trim());
}

export interface ImportOptions {
  /** Run in the import's transaction once everything is loaded, e.g. to give an administrator a password. */
  then?: (sql: Sql, municipality: Manifest['municipality']) => Promise<void>;
}

/**
 * Loads an archive into this deployment in one transaction, replaying every initiative's audit log through the
 * domain: all of it, or (refused with ImportRefused, or on any error) nothing.
 */
export async function importMunicipality(
  db: DataSource,
  archive: string,
  options: ImportOptions = {},
): Promise<Manifest> {
  const folder = await mkdtemp(join(tmpdir(), 'aloite-import-'));
  try {
    const manifest = await unpacked(archive, folder);
    const { municipality } = manifest;
    await inTransaction(db, async (sql) => {
      const [existing] = await sql.rows(ALREADY_THERE, municipality);
      if (existing)
        throw new ImportRefused(
          `This deployment already has the municipality ${existing.name} (${existing.slug}): an archive is loaded only where it is not.`,
        );
      await copy(sql, folder, MUNICIPALITY, municipality.id);
      for (const kind of BEFORE_INITIATIVES) await copy(sql, folder, kind, municipality.id);
      await replayAll(sql, folder, municipality.id);
      for (const kind of AFTER_INITIATIVES)
        await (kind === DOCUMENTS
          ? copyDocuments(sql, folder, manifest)
          : copy(sql, folder, kind, municipality.id));
      await refuseReferencesElsewhere(sql, municipality.id);
      await options.then?.(sql, municipality);
    });
    return manifest;
  } catch (error) {
    if (error instanceof ReplayRefused) throw new ImportRefused(error.message);
    throw refusedIfClash(error);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
