import type { DataSource } from 'typeorm';
import type { InitiativeState, LinkDirection, LinkKind } from '@aloite/domain';
import { StoreError } from './errors';
import { pooledSql, prepared } from './sql';

/** A link between two initiatives (domain § 8.7), as one of them sees it. */
export interface LinkRecord {
  id: string;
  kind: LinkKind;
  direction: LinkDirection;
  initiative: { id: string; diaryNumber: string; title: string; state: InitiativeState };
  createdBy: string;
  createdAt: string;
  removedBy: string | null;
  removedAt: string | null;
}

const LINK_COLUMNS = (side: string) => `l.id, l.kind,
  CASE WHEN l.from_initiative_id = ${side} THEN 'outgoing' ELSE 'incoming' END AS direction,
  json_build_object('id', o.id, 'diaryNumber', o.diary_number, 'title', o.title, 'state', o.state) AS initiative,
  l.created_by AS "createdBy", l.created_at AS "createdAt", l.removed_by AS "removedBy", l.removed_at AS "removedAt"`;

const LINKS_OF = prepared<LinkRecord>(`
  SELECT ${LINK_COLUMNS(':id')}
  FROM initiative_link l
  JOIN initiative o ON o.id = CASE WHEN l.from_initiative_id = :id THEN l.to_initiative_id ELSE l.from_initiative_id END
  WHERE l.municipality_id = :municipalityId AND (l.from_initiative_id = :id OR l.to_initiative_id = :id)
    AND (:withRemoved OR l.removed_at IS NULL)
  ORDER BY l.created_at, l.id`);

/** Both initiatives must be the municipality's: another's is as unknown as a made-up id. */
const INSERT_LINK = prepared<{ id: string }>(`
  INSERT INTO initiative_link (municipality_id, from_initiative_id, to_initiative_id, kind, created_by)
  SELECT :municipalityId, f.id, t.id, :kind, :actor
  FROM initiative f, initiative t
  WHERE f.id = :fromId AND f.municipality_id = :municipalityId AND t.id = :toId AND t.municipality_id = :municipalityId
  RETURNING id`);

const REMOVE_LINK = prepared<{ id: string }>(`
  UPDATE initiative_link SET removed_at = now(), removed_by = :actor
  WHERE id = :linkId AND municipality_id = :municipalityId AND removed_at IS NULL
    AND (from_initiative_id = :id OR to_initiative_id = :id)
  RETURNING id`);

export class LinkStore {
  constructor(private readonly db: DataSource) {}

  /** The initiative's links, oldest first; with `withRemoved`, the removed ones too (their history). */
  linksOf(municipalityId: string, id: string, withRemoved = false): Promise<LinkRecord[]> {
    return pooledSql(this.db).rows(LINKS_OF, { municipalityId, id, withRemoved });
  }

  async add(
    municipalityId: string,
    fromId: string,
    toId: string,
    kind: LinkKind,
    actor: string,
  ): Promise<string> {
    if (fromId === toId) throw new StoreError('LINK_TO_ITSELF', 'An initiative cannot be linked to itself.');
    try {
      const [row] = await pooledSql(this.db).rows(INSERT_LINK, { municipalityId, fromId, toId, kind, actor });
      if (!row) throw new StoreError('NOT_FOUND', `No initiative ${fromId} or ${toId}.`);
      return row.id;
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code === '23505' && constraint === 'initiative_link_pair_unique')
        throw new StoreError('LINK_EXISTS', `The initiatives are already linked as ${kind}.`);
      throw error;
    }
  }

  /** Writes the link's removal once; the link stays in the table as history. */
  async remove(municipalityId: string, id: string, linkId: string, actor: string): Promise<void> {
    const [row] = await pooledSql(this.db).rows(REMOVE_LINK, { municipalityId, id, linkId, actor });
    if (!row) throw new StoreError('NOT_FOUND', `Initiative ${id} has no link ${linkId}.`);
  }
}
