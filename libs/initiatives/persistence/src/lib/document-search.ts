/**
 * The list's search in the documents' text (issue 18): an initiative is found by a document of its own that the
 * reader may read, and its row names those documents. `query` is the tsquery expression the initiatives' own text
 * is matched with.
 */

/** A document of the initiative whose text matches the query. */
export interface MatchingDocument {
  id: string;
  name: string;
}

/** Who searches: the municipality's staff, or anyone on the public pages. */
export type DocumentReader = 'staff' | 'public';

/**
 * The documents the reader may read, as `GET /api/attachments/{id}/content` rules: the municipality's staff read all
 * of its documents, whatever their class (domain.md § 6 logs those reads, it does not withhold them); anyone else
 * only those public as uploaded or made public by the checking of their minutes, so that a search cannot tell what
 * a withheld document says. The document's own municipality is checked, not only its initiative's.
 */
function readableDocument(reader: DocumentReader): string {
  const own = `d.municipality_id = :municipalityId`;
  if (reader === 'staff') return own;
  return `${own} AND EXISTS (SELECT FROM attachment pa WHERE pa.id = d.attachment_id AND (pa.publicity = 'public'
    OR EXISTS (SELECT FROM attachment_publication pp WHERE pp.attachment_id = pa.id)))`;
}

/**
 * The initiatives with a readable document whose text matches `query`, gathered once for the whole statement: as an
 * array of ids beside the initiative's own match, PostgreSQL ORs the two indexes.
 */
export function documentsMatch(query: string, reader: DocumentReader): string {
  return `i.id = ANY(ARRAY(SELECT d.initiative_id FROM attachment_text d
    WHERE ${readableDocument(reader)} AND d.search @@ ${query}))`;
}

/** The readable documents of the row's initiative whose text matches `query`, oldest first; none without a query. */
export function matchingDocuments(query: string | null, reader: DocumentReader): string {
  if (!query) return `'[]'::json`;
  return `(SELECT coalesce(json_agg(json_build_object('id', a.id, 'name', a.file_name) ORDER BY a.uploaded_at, a.id), '[]')
    FROM attachment_text d JOIN attachment a ON a.id = d.attachment_id
    WHERE d.initiative_id = i.id AND ${readableDocument(reader)} AND d.search @@ ${query})`;
}
