import type { DataSource } from 'typeorm';
import { StoreError } from './errors';
import { pooledSql, prepared } from './sql';

export const PUBLICITY_CLASSES = ['public', 'notYetPublic', 'confidential'] as const;
export type Publicity = (typeof PUBLICITY_CLASSES)[number];

export interface AttachmentMeta {
  id: string;
  initiativeId: string;
  handlingSeq: number | null;
  bodyId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  publicity: Publicity;
  legalGround: string | null;
  uploadedBy: string;
  uploadedAt: string;
}

export type NewAttachment = Omit<AttachmentMeta, 'id' | 'uploadedAt'> & { content: Buffer };

/** How many documents, and how many bytes in all, one initiative may hold. */
export interface DocumentBounds {
  documents: number;
  bytes: number;
}

export interface AttachmentRead {
  reader: string;
  readAt: string;
}

/** The metadata columns, never the bytes: listings stay cheap however large the documents. */
export const ATTACHMENT_JSON = `json_build_object('id', a.id, 'initiativeId', a.initiative_id,
  'handlingSeq', a.handling_seq, 'bodyId', a.body_id, 'fileName', a.file_name, 'contentType', a.content_type,
  'size', a.size, 'sha256', a.sha256, 'publicity', a.publicity, 'legalGround', a.legal_ground,
  'uploadedBy', a.uploaded_by, 'uploadedAt', a.uploaded_at)`;

/**
 * Bytes read per query when a document is served: a 20 MB document is 80 short queries, each on whichever pooled
 * connection is free, so a download never holds one for its whole transfer, and the API holds one slice at a time.
 */
export const CONTENT_SLICE_BYTES = 256 * 1024;

/** The column is stored uncompressed out of line (STORAGE EXTERNAL): PostgreSQL reads only the slice's chunks. */
const CONTENT_SLICE = prepared(
  `SELECT substring(content FROM $2 FOR $3) AS slice FROM attachment WHERE id = $1`,
);

function boundReached(documents: number, bytes: number, bounds: DocumentBounds): StoreError {
  if (documents >= bounds.documents) {
    return new StoreError(
      'DOCUMENT_LIMIT_REACHED',
      `The initiative already has ${documents} documents, the most one initiative may hold.`,
    );
  }
  const megabytes = (count: number) => Math.round((count / 1024 / 1024) * 10) / 10;
  return new StoreError(
    'DOCUMENT_BYTES_LIMIT_REACHED',
    `The initiative's documents would take more than the ${megabytes(bounds.bytes)} MB one initiative may hold: ` +
      `${megabytes(bytes)} MB are taken, ${megabytes(bounds.bytes - bytes)} MB are left.`,
  );
}

export class AttachmentStore {
  constructor(private readonly db: DataSource) {}

  /**
   * Adds the document if the initiative stays within `bounds`. Uploads to one initiative take turns on its row, and
   * the insert itself counts what is there, so two at once cannot both pass the last free place.
   */
  async add(
    municipalityId: string,
    attachment: NewAttachment,
    bounds: DocumentBounds,
  ): Promise<AttachmentMeta> {
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM initiative WHERE id = $1 FOR NO KEY UPDATE`, [
        attachment.initiativeId,
      ]);
      const [row] = (await manager.query(
        `INSERT INTO attachment AS a (municipality_id, initiative_id, handling_seq, body_id, file_name, content_type,
           size, sha256, publicity, legal_ground, content, uploaded_by)
         SELECT $1::uuid, $2::uuid, $3::int, $4::uuid, $5::text, $6::text, $7::int, $8::text, $9::text, $10::text,
           $11::bytea, $12::text
         FROM (SELECT count(*) AS documents, coalesce(sum(size), 0) AS bytes
               FROM attachment WHERE initiative_id = $2::uuid) AS held
         WHERE held.documents < $13::int AND held.bytes + $7::int <= $14::bigint
         RETURNING ${ATTACHMENT_JSON} AS meta`,
        [
          municipalityId,
          attachment.initiativeId,
          attachment.handlingSeq,
          attachment.bodyId,
          attachment.fileName,
          attachment.contentType,
          attachment.size,
          attachment.sha256,
          attachment.publicity,
          attachment.legalGround,
          attachment.content,
          attachment.uploadedBy,
          bounds.documents,
          bounds.bytes,
        ],
      )) as { meta: AttachmentMeta }[];
      if (row) return row.meta;
      const [held] = (await manager.query(
        `SELECT count(*)::int AS documents, coalesce(sum(size), 0)::bigint AS bytes
         FROM attachment WHERE initiative_id = $1`,
        [attachment.initiativeId],
      )) as { documents: number; bytes: string }[];
      throw boundReached(held.documents, Number(held.bytes), bounds);
    });
  }

  async find(id: string): Promise<(AttachmentMeta & { municipalityId: string }) | null> {
    const [row] = (await this.db.query(
      `SELECT ${ATTACHMENT_JSON} AS meta, a.municipality_id AS "municipalityId" FROM attachment a WHERE a.id = $1`,
      [id],
    )) as { meta: AttachmentMeta; municipalityId: string }[];
    return row ? { ...row.meta, municipalityId: row.municipalityId } : null;
  }

  /** The document's bytes, slice by slice: the next slice is read only when the caller asks for it. */
  async *content(id: string, size: number): AsyncGenerator<Buffer> {
    const sql = pooledSql(this.db);
    for (let offset = 0; offset < size; offset += CONTENT_SLICE_BYTES) {
      const [row] = await sql.rows<{ slice: Buffer }>(CONTENT_SLICE, [id, offset + 1, CONTENT_SLICE_BYTES]);
      // Documents are never changed or deleted; a short read means the row is not what its size says.
      if (!row || row.slice.length !== Math.min(CONTENT_SLICE_BYTES, size - offset)) {
        throw new Error(`Document ${id} has fewer bytes than its size ${size}.`);
      }
      yield row.slice;
    }
  }

  async logRead(municipalityId: string, attachmentId: string, reader: string): Promise<void> {
    await this.db.query(
      `INSERT INTO attachment_read (municipality_id, attachment_id, reader) VALUES ($1, $2, $3)`,
      [municipalityId, attachmentId, reader],
    );
  }

  async reads(municipalityId: string, attachmentId: string): Promise<AttachmentRead[]> {
    return (await this.db.query(
      `SELECT reader, read_at AS "readAt" FROM attachment_read
       WHERE municipality_id = $1 AND attachment_id = $2 ORDER BY read_at, id`,
      [municipalityId, attachmentId],
    )) as AttachmentRead[];
  }
}
