import {
  filingDaysTakenOver,
  nextDueDate,
  type AuditLogEntry,
  type InitiativeContext,
  type InitiativeFacts,
  type InitiativeState,
  type IsoDate,
  type RulePack,
} from '@aloite/domain';
import type { DataSource } from 'typeorm';
import { logAdminChange, type AdminActor } from './admin-log';
import { StoreError } from './errors';
import { inTransaction, pooledSql, prepared, type Sql } from './sql';

/** One version of the municipality's rules as stored: append-only. */
export interface RulePackVersion {
  id: string;
  pack: RulePack;
  createdBy: string | null;
  createdAt: string;
}

/** An initiative a new version would judge, with what its replay under that version needs. */
export interface JudgedInitiative {
  id: string;
  diaryNumber: string;
  title: string;
  submittedOn: IsoDate;
  state: InitiativeState;
  context: InitiativeContext;
  facts: InitiativeFacts;
  log: AuditLogEntry[];
}

const VERSION_COLUMNS = `v.id, v.rules AS pack, v.created_by AS "createdBy", v.created_at AS "createdAt"`;

const VERSIONS = prepared<RulePackVersion>(
  `SELECT ${VERSION_COLUMNS} FROM rule_pack_version v WHERE v.municipality_id = :municipalityId ORDER BY v.valid_from`,
);

const INSERT_VERSION = prepared<RulePackVersion>(
  `INSERT INTO rule_pack_version AS v (municipality_id, valid_from, rules, created_by)
   VALUES (:municipalityId, :validFrom, :rules, :createdBy)
   ON CONFLICT ON CONSTRAINT rule_pack_version_one_per_day DO NOTHING
   RETURNING ${VERSION_COLUMNS}`,
);

const LOCK_MUNICIPALITY = prepared(`SELECT 1 FROM municipality WHERE id = :municipalityId FOR UPDATE`);

const judgedRows = (lock: string) =>
  prepared<Omit<JudgedInitiative, 'facts' | 'log'> & { payloads: unknown[] }>(`
  SELECT i.id, i.diary_number AS "diaryNumber", i.title, i.submitted_on AS "submittedOn", i.state, i.context,
    (SELECT json_agg(e.payload ORDER BY e.seq) FROM initiative_event e WHERE e.initiative_id = i.id) AS payloads
  FROM initiative i
  WHERE i.municipality_id = :municipalityId AND (:from::date IS NULL OR i.submitted_on >= :from) AND (:until::date IS NULL OR i.submitted_on < :until)
  ORDER BY i.id${lock}`);
const JUDGED = judgedRows('');
const LOCK_JUDGED = judgedRows(' FOR UPDATE OF i');

const REPOINT = prepared(`
  UPDATE initiative i SET rule_pack_from = :validFrom::date, due_at = d.due
  FROM jsonb_to_recordset(:dues::jsonb) AS d(id uuid, due date)
  WHERE i.id = d.id AND i.municipality_id = :municipalityId`);

function versionExists(validFrom: IsoDate): StoreError {
  return new StoreError(
    'RULE_PACK_VERSION_EXISTS',
    `A version of the rules already starts on ${validFrom}.`,
    {
      errors: [{ field: 'validFrom', message: 'a version already starts on this day' }],
    },
  );
}

/** Adds a version inside the caller's transaction; a version starting the same day is refused. */
export async function insertRulePackVersion(
  sql: Sql,
  municipalityId: string,
  pack: RulePack,
  createdBy: string | null,
): Promise<RulePackVersion> {
  const [version] = await sql.rows(INSERT_VERSION, {
    municipalityId,
    validFrom: pack.validFrom,
    rules: pack,
    createdBy,
  });
  if (!version) throw versionExists(pack.validFrom);
  return version;
}

async function judged(
  sql: Sql,
  municipalityId: string,
  versions: RulePackVersion[],
  validFrom: IsoDate,
  lock: boolean,
): Promise<JudgedInitiative[]> {
  const { from, until } = filingDaysTakenOver(
    versions.map((version) => version.pack),
    validFrom,
  );
  const rows = await sql.rows(lock ? LOCK_JUDGED : JUDGED, {
    municipalityId,
    from,
    until,
  });
  return rows.map(({ payloads, ...row }) => {
    const [filing, ...log] = payloads as [{ facts: InitiativeFacts }, ...AuditLogEntry[]];
    return { ...row, facts: filing.facts, log };
  });
}

/** The municipality's rules, version by version (domain § 9): the one way the API reads and adds them. */
export class RulePackStore {
  constructor(private readonly db: DataSource) {}

  async versions(municipalityId: string): Promise<RulePackVersion[]> {
    return pooledSql(this.db).rows(VERSIONS, { municipalityId });
  }

  /** The initiatives a version starting on `validFrom` would judge: what a what-if compares. */
  async judgedBy(municipalityId: string, validFrom: IsoDate): Promise<JudgedInitiative[]> {
    const sql = pooledSql(this.db);
    const versions = await sql.rows(VERSIONS, { municipalityId });
    return judged(sql, municipalityId, versions, validFrom, false);
  }

  /**
   * Adds a version, all or nothing: `check` sees every initiative it would judge (locked, so none moves meanwhile)
   * and throws to refuse; those initiatives are then judged by it, with their due dates as it sets them. The
   * version is logged as the administrator's change.
   */
  async add(
    municipalityId: string,
    pack: RulePack,
    by: AdminActor,
    check: (initiatives: JudgedInitiative[]) => void,
  ): Promise<RulePackVersion> {
    return inTransaction(this.db, async (sql) => {
      await sql.rows(LOCK_MUNICIPALITY, { municipalityId });
      const versions = await sql.rows(VERSIONS, { municipalityId });
      if (versions.some((version) => version.pack.validFrom === pack.validFrom))
        throw versionExists(pack.validFrom);
      const initiatives = await judged(sql, municipalityId, versions, pack.validFrom, true);
      check(initiatives);
      const version = await insertRulePackVersion(sql, municipalityId, pack, by.username);
      await logAdminChange(sql, by, {
        entityKind: 'rulePack',
        entityId: version.id,
        action: 'create',
        change: { validFrom: pack.validFrom, template: pack.template },
      });
      const dues = initiatives.map(({ id, state, context }) => ({
        id,
        due: nextDueDate(state, context, pack),
      }));
      await sql.rows(REPOINT, { municipalityId, validFrom: pack.validFrom, dues: JSON.stringify(dues) });
      return version;
    });
  }
}
