// The lemmas of Finnish initiatives are written by the analyzer of the process that filed them; when that changes
// (Voikko installed, or removed), a lemma written by one is not what the other looks up. The API re-indexes them at
// start, batch by batch from a cursor kept in search_index, so an interrupted run continues and several processes
// starting at once share the work instead of repeating it.
import type { DataSource } from 'typeorm';
import { lemmaVector, searchAnalyzer, type Analyzer } from './morphology';

/** Rows re-indexed per transaction: the state row is locked only this long. */
const BATCH = 500;
const NO_ID = '00000000-0000-0000-0000-000000000000';

interface IndexState {
  analyzer: string;
  reindexTo: string | null;
  reindexAfter: string | null;
}

/** Re-indexes every Finnish initiative's lemmas if another analyzer wrote them; returns how many it re-indexed. */
export async function reindexLemmasIfAnalyzerChanged(
  db: DataSource,
  analyzer: Analyzer = searchAnalyzer(),
): Promise<number> {
  let reindexed = 0;
  for (;;) {
    const done = await db.transaction(async (manager) => {
      const [state] = (await manager.query(
        `SELECT analyzer, reindex_to AS "reindexTo", reindex_after AS "reindexAfter" FROM search_index FOR UPDATE`,
      )) as IndexState[];
      if (!state || state.analyzer === analyzer.name) return true;
      // A run toward another analyzer (a process configured otherwise) is started over for this one.
      const after = state.reindexTo === analyzer.name ? (state.reindexAfter ?? NO_ID) : NO_ID;
      const rows = (await manager.query(
        `SELECT id, title, text FROM initiative WHERE language = 'fi' AND id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      )) as { id: string; title: string; text: string }[];
      if (rows.length === 0) {
        await manager.query(
          `UPDATE search_index SET analyzer = $1, reindex_to = NULL, reindex_after = NULL`,
          [analyzer.name],
        );
        return true;
      }
      await manager.query(
        `UPDATE initiative i SET lemmas = l.lemmas::tsvector
         FROM unnest($1::uuid[], $2::text[]) AS l(id, lemmas) WHERE i.id = l.id`,
        [rows.map((row) => row.id), rows.map((row) => lemmaVector('fi', row.title, row.text, analyzer))],
      );
      await manager.query(`UPDATE search_index SET reindex_to = $1, reindex_after = $2`, [
        analyzer.name,
        rows[rows.length - 1]?.id,
      ]);
      reindexed += rows.length;
      return false;
    });
    if (done) return reindexed;
  }
}
