import type { DataSource } from 'typeorm';
import { StoreError } from './errors';
import { knownInitiativesOf, type KnownInitiatives } from './known-initiatives';
import { inTransaction, pooledSql, prepared } from './sql';

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
  /** The agenda item the document belongs to (an appendix, liite), if any. */
  agendaItemId: string | null;
  /** Not yet public until the minutes of its item's meeting are checked (domain § 8.4). */
  publicOnceMinutesChecked: boolean;
  /** The day the checking of the minutes made it public. */
  publishedOn: string | null;
  uploadedBy: string;
  uploadedAt: string;
}

/** `text`: the document's words for search, null where none could be read. */
export type NewAttachment = Omit<AttachmentMeta, 'id' | 'uploadedAt' | 'publishedOn'> & {
  content: Buffer;
  text: string | null;
};

/** How many documents, and how many bytes in all, one initiative may hold. */
export interface DocumentBounds {
  documents: number;
  bytes: number;
}

export interface AttachmentRead {
  reader: string;
  readAt: string;
}

/** The day a document was made public by the checking of minutes; the row itself keeps its class as uploaded. */
const PUBLISHED_ON = `(SELECT p.published_on FROM attachment_publication p WHERE p.attachment_id = a.id)`;

/** The metadata columns, never the bytes: listings stay cheap however large the documents. */
export const ATTACHMENT_JSON = `json_build_object('id', a.id, 'initiativeId', a.initiative_id,
  'handlingSeq', a.handling_seq, 'bodyId', a.body_id, 'fileName', a.file_name, 'contentType', a.content_type,
  'size', a.size, 'sha256', a.sha256,
  'publicity', CASE WHEN ${PUBLISHED_ON} IS NULL THEN a.publicity ELSE 'public' END, 'legalGround', a.legal_ground,
  'agendaItemId', a.agenda_item_id, 'publicOnceMinutesChecked', a.public_once_minutes_checked,
  'publishedOn', ${PUBLISHED_ON}, 'uploadedBy', a.uploaded_by, 'uploadedAt', a.uploaded_at)`;

/**
 * Bytes read per query when a document is served: a 20 MB document is 80 short queries, each on whichever pooled
 * connection is free, so a download never holds one for its whole transfer, and the API holds one slice at a time.
 */
export const CONTENT_SLICE_BYTES = 256 * 1024;

/** The column is stored uncompressed out of line (STORAGE EXTERNAL): PostgreSQL reads only the slice's chunks. */
const CONTENT_SLICE = prepared<{ slice: Buffer }>(
  `SELECT substring(content FROM :from FOR :length) AS slice FROM attachment WHERE id = :id`,
);
/** Uploads to one initiative take turns on its row. */
const TAKE_TURN_ON_INITIATIVE = prepared(
  `SELECT 1 FROM initiative WHERE id = :initiativeId FOR NO KEY UPDATE`,
);
/** The insert counts what is there itself, so two uploads at once cannot both pass the last free place. */
const ADD_WITHIN_BOUNDS = prepared<{ meta: AttachmentMeta }>(`
  INSERT INTO attachment AS a (municipality_id, initiative_id, handling_seq, body_id, file_name, content_type,
    size, sha256, publicity, legal_ground, agenda_item_id, public_once_minutes_checked, content, uploaded_by)
  SELECT :municipalityId::uuid, :initiativeId::uuid, :handlingSeq::int, :bodyId::uuid, :fileName::text,
    :contentType::text, :size::int, :sha256::text, :publicity::text, :legalGround::text, :agendaItemId::uuid,
    :publicOnceMinutesChecked::boolean, :content::bytea, :uploadedBy::text
  FROM (SELECT count(*) AS documents, coalesce(sum(size), 0) AS bytes
        FROM attachment WHERE initiative_id = :initiativeId::uuid) AS held
  WHERE held.documents < :maxDocuments::int AND held.bytes + :size::int <= :maxBytes::bigint
  RETURNING ${ATTACHMENT_JSON} AS meta`);
/** Stemmed in the initiative's language, as the initiative's own search vector is. */
const ADD_TEXT = prepared(`
  INSERT INTO attachment_text (attachment_id, municipality_id, initiative_id, text, search)
  SELECT :attachmentId::uuid, i.municipality_id, i.id, :text::text,
    document_search_vector(CASE i.language WHEN 'sv' THEN 'swedish' ELSE 'finnish' END::regconfig,
      coalesce(:text::text, ''))
  FROM initiative i WHERE i.id = :initiativeId::uuid`);
const DOCUMENTS_HELD = prepared<{ documents: number; bytes: string }>(
  `SELECT count(*)::int AS documents, coalesce(sum(size), 0)::bigint AS bytes
   FROM attachment WHERE initiative_id = :initiativeId`,
);
const FIND_ATTACHMENT = prepared<{ meta: AttachmentMeta; municipalityId: string }>(
  `SELECT ${ATTACHMENT_JSON} AS meta, a.municipality_id AS "municipalityId" FROM attachment a WHERE a.id = :id`,
);
const LOG_READ = prepared(
  `INSERT INTO attachment_read (municipality_id, attachment_id, reader)
   VALUES (:municipalityId, :attachmentId, :reader)`,
);
const READS = prepared<AttachmentRead>(
  `SELECT reader, read_at AS "readAt" FROM attachment_read
   WHERE municipality_id = :municipalityId AND attachment_id = :attachmentId ORDER BY read_at, id`,
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
  /** `known`: the process's one memory of initiatives, shared with the initiative store. */
  constructor(
    private readonly db: DataSource,
    private readonly known: KnownInitiatives = knownInitiativesOf(db),
  ) {}

  /** Adds the document if the initiative stays within `bounds`. */
  async add(
    municipalityId: string,
    attachment: NewAttachment,
    bounds: DocumentBounds,
  ): Promise<AttachmentMeta> {
    const { initiativeId } = attachment;
    const added = await inTransaction(this.db, async (sql) => {
      await sql.rows(TAKE_TURN_ON_INITIATIVE, { initiativeId });
      const { text: _text, ...meta } = attachment;
      const [row] = await sql.rows(ADD_WITHIN_BOUNDS, {
        ...meta,
        municipalityId,
        maxDocuments: bounds.documents,
        maxBytes: bounds.bytes,
      });
      if (row) {
        await sql.rows(ADD_TEXT, { attachmentId: row.meta.id, initiativeId, text: attachment.text });
        return row.meta;
      }
      const [held] = await sql.rows(DOCUMENTS_HELD, { initiativeId });
      throw boundReached(held?.documents ?? 0, Number(held?.bytes ?? 0), bounds);
    });
    // Documents come without a new version: what was remembered of the initiative would list too few.
    this.known.forget(initiativeId);
    return added;
  }

  async find(id: string): Promise<(AttachmentMeta & { municipalityId: string }) | null> {
    const [row] = await pooledSql(this.db).rows(FIND_ATTACHMENT, { id });
    return row ? { ...row.meta, municipalityId: row.municipalityId } : null;
  }

  /** The document's bytes, slice by slice: the next slice is read only when the caller asks for it. */
  async *content(id: string, size: number): AsyncGenerator<Buffer> {
    const sql = pooledSql(this.db);
    for (let offset = 0; offset < size; offset += CONTENT_SLICE_BYTES) {
      const [row] = await sql.rows(CONTENT_SLICE, { id, from: offset + 1, length: CONTENT_SLICE_BYTES });
      // Documents are never changed or deleted; a short read means the row is not what its size says.
      if (!row || row.slice.length !== Math.min(CONTENT_SLICE_BYTES, size - offset)) {
        throw new Error(`Document ${id} has fewer bytes than its size ${size}.`);
      }
      yield row.slice;
    }
  }

  async logRead(municipalityId: string, attachmentId: string, reader: string): Promise<void> {
    await pooledSql(this.db).rows(LOG_READ, { municipalityId, attachmentId, reader });
  }

  async reads(municipalityId: string, attachmentId: string): Promise<AttachmentRead[]> {
    return pooledSql(this.db).rows(READS, { municipalityId, attachmentId });
  }
}
