import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { create } from 'tar';
import type { DataSource, QueryRunner } from 'typeorm';
import { AttachmentStore } from '../attachment-store';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  DOCUMENTS,
  KINDS,
  MANIFEST_FILE,
  documentFile,
  type Kind,
  type Manifest,
} from './archive-format';

const PAGE_ROWS = 500;

/** What the person exporting named: a municipality's id, address name (slug) or name. */
export async function findMunicipality(
  db: DataSource,
  named: string,
): Promise<Manifest['municipality'] | null> {
  const rows = (await db.query(
    `SELECT id, name, slug FROM municipality
     WHERE id::text = $1 OR slug = lower($1) OR lower(name) = lower($1) ORDER BY id`,
    [named],
  )) as Manifest['municipality'][];
  return rows.length === 1 ? (rows[0] as Manifest['municipality']) : null;
}

/** A file being written into the archive's folder, hashed as it goes. */
class ArchiveFile {
  private readonly hash = createHash('sha256');
  private readonly stream;
  bytes = 0;

  constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  async write(chunk: Buffer | string): Promise<void> {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.hash.update(buffer);
    this.bytes += buffer.length;
    if (!this.stream.write(buffer)) await once(this.stream, 'drain');
  }

  async close(): Promise<{ sha256: string; bytes: number }> {
    this.stream.end();
    await once(this.stream, 'finish');
    return { sha256: this.hash.digest('hex'), bytes: this.bytes };
  }
}

/** Pages through a kind's rows of the municipality, in its order, each as to_jsonb writes it. */
async function* rowsOf(runner: QueryRunner, kind: Kind, municipalityId: string) {
  const column = kind.table === 'municipality' ? 'id' : 'municipality_id';
  const omitted = (kind.omit ?? []).map((name) => `'${name}'`).join(', ');
  for (let offset = 0; ; offset += PAGE_ROWS) {
    const page = (await runner.query(
      `SELECT to_jsonb(t) - ARRAY[${omitted}]::text[] AS row FROM ${kind.table} t
       WHERE t.${column} = $1 ORDER BY ${kind.order} LIMIT ${PAGE_ROWS} OFFSET ${offset}`,
      [municipalityId],
    )) as { row: Record<string, unknown> }[];
    for (const { row } of page) yield row;
    if (page.length < PAGE_ROWS) return;
  }
}

/**
 * Writes everything the municipality has to one tar.gz at `out`, read in one snapshot of the database; the
 * documents' bytes go through a temporary folder one slice at a time, never all in memory.
 */
export async function exportMunicipality(
  db: DataSource,
  municipality: Manifest['municipality'],
  out: string,
  now = new Date(),
): Promise<Manifest> {
  const folder = await mkdtemp(join(tmpdir(), 'aloite-export-'));
  const runner = db.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction('REPEATABLE READ');
    const files: Manifest['files'] = {};
    const counts: Manifest['counts'] = {};
    const documents: { id: string; size: number }[] = [];
    for (const kind of KINDS) {
      const file = new ArchiveFile(join(folder, kind.file));
      counts[kind.file] = 0;
      for await (const row of rowsOf(runner, kind, municipality.id)) {
        await file.write(`${JSON.stringify(row)}\n`);
        counts[kind.file] += 1;
        if (kind === DOCUMENTS) documents.push({ id: row.id as string, size: row.size as number });
      }
      files[kind.file] = await file.close();
    }
    const [{ name: schemaVersion }] = (await runner.query(
      `SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1`,
    )) as [{ name: string }];
    await runner.commitTransaction();

    const attachments = new AttachmentStore(db);
    for (const { id, size } of documents) {
      const path = documentFile(id);
      await mkdir(dirname(join(folder, path)), { recursive: true });
      const file = new ArchiveFile(join(folder, path));
      for await (const slice of attachments.content(id, size)) await file.write(slice);
      files[path] = await file.close();
    }
    counts.documents = documents.length;
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      exportedAt: now.toISOString(),
      schemaVersion,
      municipality,
      counts,
      files,
    };
    await writeFile(join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await create({ gzip: true, file: out, cwd: folder, portable: true }, [
      MANIFEST_FILE,
      ...Object.keys(files),
    ]);
    return manifest;
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
    await rm(folder, { recursive: true, force: true });
  }
}
