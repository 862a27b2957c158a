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

/**
 * The documents the reader may read, as `GET /api/attachments/{id}/content` rules: the municipality's staff read all
 * of its documents, whatever their class (domain.md § 6 logs those reads, it does not withhold them). The
 * document's own municipality is checked, not only its initiative's.
 */
const READABLE_DOCUMENT = `d.municipality_id = :municipalityId`;

/**
 * The initiatives with a readable document whose text matches `query`, gathered once for the whole statement: as an
 * array of ids beside the initiative's own match, PostgreSQL ORs the two indexes.
 */
export function documentsMatch(query: string): string {
  return `i.id = ANY(ARRAY(SELECT d.initiative_id FROM attachment_text d
    WHERE ${READABLE_DOCUMENT} AND d.search @@ ${query}))`;
}

/** The readable documents of the row's initiative whose text matches `query`, oldest first; none without a query. */
export function matchingDocuments(query: string | null): string {
  if (!query) return `'[]'::json`;
  return `(SELECT coalesce(json_agg(json_build_object('id', a.id, 'name', a.file_name) ORDER BY a.uploaded_at, a.id), '[]')
    FROM attachment_text d JOIN attachment a ON a.id = d.attachment_id
    WHERE d.initiative_id = i.id AND ${READABLE_DOCUMENT} AND d.search @@ ${query})`;
}
