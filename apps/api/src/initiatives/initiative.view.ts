import {
  allowedEvents,
  deadlinesOf,
  inMeetingOrder,
  restore,
  type Actor,
  type IsoDate,
} from '@aloite/domain';
import type { AgendaPlacement, InitiativeRecord, LinkRecord, ListItem } from '@aloite/persistence';
import type { InitiativeResponse, InitiativeSummaryResponse } from './initiative.responses';

/**
 * The initiative as api.md shows it: stored facts plus what this actor may do now and where deadlines stand, its
 * handlings in the order of their meetings (by date, then §; not in the order they were typed in), its agenda items and
 * its standing links.
 */
export function initiativeView(
  record: InitiativeRecord,
  actor: Actor,
  today: IsoDate,
  agenda: AgendaPlacement[],
  links: LinkRecord[],
): InitiativeResponse {
  const { context } = record;
  return {
    id: record.id,
    diaryNumber: record.diaryNumber,
    title: record.title,
    text: record.text,
    language: record.language,
    kind: record.kind,
    submittedOn: record.submittedOn,
    signatories: record.signatories,
    signatoryCount: record.signatoryCount,
    hasFinancialEffect: record.hasFinancialEffect,
    filedAt: record.filedAt,
    rulePack: record.pack.template,
    rulePackValidFrom: record.pack.validFrom,
    state: record.state,
    version: record.version,
    machineVersion: record.machineVersion,
    allowedEvents: allowedEvents(restore(record, record.pack), actor, today),
    statements: context.statements,
    handlings: inMeetingOrder(record.handlings).map((handling) => ({
      ...handling,
      attachments: record.attachments.filter((attachment) => attachment.handlingSeq === handling.seq),
    })),
    agenda,
    links,
    attachments: record.attachments,
    deadlines: deadlinesOf(record.state, context, today, record.pack),
    closure: context.closure,
    endedOn: context.endedOn,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export type InitiativeView = InitiativeResponse;

export function initiativeSummary(row: Omit<ListItem, 'bodyIds'>, today: IsoDate): InitiativeSummaryResponse {
  return {
    id: row.id,
    diaryNumber: row.diaryNumber,
    title: row.title,
    kind: row.kind,
    submittedOn: row.submittedOn,
    firstSigner: row.firstSigner,
    signatoryCount: row.signatoryCount,
    state: row.state,
    version: row.version,
    dueAt: row.dueAt,
    statements: row.context.statements,
    deadlines: deadlinesOf(row.state, row.context, today, row.pack),
    closure: row.context.closure,
    updatedAt: row.updatedAt,
    snippet: row.snippet,
    matchingDocuments: row.matchingDocuments,
  };
}
