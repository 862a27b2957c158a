import { replay, type AuditLogEntry, type InitiativeFacts, type RulePack } from '@aloite/domain';
import type { TestApp } from './test-app';

export interface ReplayedInitiative {
  id: string;
  stored: { state: string; context: unknown };
  replayed: unknown;
  version: number;
  auditRows: number;
}

/**
 * Every initiative in the database beside the replay of its audit log (corrections included: domain § 8.5), read
 * with the test's own SQL; a log that no longer replays shows as its error.
 */
export async function replayEveryInitiative(api: TestApp): Promise<ReplayedInitiative[]> {
  const rows = (await api.database.dataSource.query(
    `SELECT i.id, i.state, i.context, i.version, json_agg(e.payload ORDER BY e.seq) AS payloads,
       (SELECT v.rules FROM rule_pack_version v
        WHERE v.municipality_id = i.municipality_id AND v.valid_from = i.rule_pack_from) AS pack
     FROM initiative i JOIN initiative_event e ON e.initiative_id = i.id GROUP BY i.id`,
  )) as {
    id: string;
    state: string;
    context: unknown;
    version: number;
    payloads: unknown[];
    pack: RulePack;
  }[];
  return rows.map((row) => {
    const [filing, ...log] = row.payloads as [{ facts: InitiativeFacts }, ...AuditLogEntry[]];
    let replayed: unknown;
    try {
      replayed = replay(filing.facts, log, row.pack);
    } catch (error) {
      replayed = (error as Error).message;
    }
    return {
      id: row.id,
      stored: { state: row.state, context: row.context },
      replayed,
      version: row.version,
      auditRows: row.payloads.length,
    };
  });
}
