import {
  deadlinesOf,
  inMeetingOrder,
  type Deadline,
  type DecisionType,
  type EventType,
  type InitiativeKind,
  type InitiativeState,
  type IsoDate,
  type Language,
  type MeasureWords,
  type MeetingStatus,
} from '@aloite/domain';
import { measuresTaken } from '../annual-list/annual-list-measures';
import type {
  AgendaItemRow,
  AnnualListCandidate,
  AttachmentMeta,
  BodyRow,
  InitiativeRecord,
  ListItem,
  MeetingRow,
  Municipality,
} from '@aloite/persistence';

/**
 * What anyone may see (issue 21, openness act; domain.md § 6): every public page, feed and open-data object is made
 * from these shapes only, and each is built field by field from the stored record, never by copying it, so a field
 * added to a record stays private until it is named here. Never here: e-mail addresses, who recorded what, the
 * audit log, a document that is not public (its name, id or size), a request's preparers, a waiver's reason.
 */

/** A preparer or presenter as public minutes print them: name and title, never an address. */
export interface PublicPerson {
  name: string;
  title: string | null;
}

export interface PublicMunicipality {
  id: string;
  slug: string;
  name: string;
  language: Language;
  secondLanguage: Language | null;
}

export interface PublicBody {
  id: string;
  name: string;
  nameSv: string | null;
  kind: BodyRow['kind'];
  active: boolean;
}

/** A public document: public as uploaded, or made public when its minutes were checked. */
export interface PublicDocument {
  id: string;
  initiativeId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  handlingSeq: number | null;
  agendaItemId: string | null;
  uploadedAt: string;
  /** The day the checking of the minutes made it public; null when it was public from the start. */
  publishedOn: IsoDate | null;
}

export interface PublicHandling {
  seq: number;
  event: EventType;
  bodyId: string;
  date: IsoDate;
  section: number;
  preparers: PublicPerson[];
  presenter: string | null;
  proposal: string | null;
  decision: string | null;
  decisionType: DecisionType;
  responseText: string | null;
  resolutions: string[];
  corrected: boolean;
  documents: PublicDocument[];
}

/** A statement request: whom, when and by when; not its preparers or a waiver's reason. */
export interface PublicStatementRequest {
  bodyId: string | null;
  officeHolder: PublicPerson | null;
  kind: string;
  status: string;
  requestedOn: IsoDate;
  dueDate: IsoDate | null;
  resolvedOn: IsoDate | null;
}

export interface PublicInitiativeSummary {
  id: string;
  diaryNumber: string;
  title: string;
  kind: InitiativeKind;
  submittedOn: IsoDate;
  firstSigner: string | null;
  signatoryCount: number;
  state: InitiativeState;
  createdAt: string;
  updatedAt: string;
}

/** A row of the yearly open-data download: the summary, where it was filed and when its handling ended. */
export interface PublicInitiativeRow extends PublicInitiativeSummary {
  filedAt: { bodyId: string; date: IsoDate; section: number };
  endedOn: IsoDate | null;
}

export interface PublicInitiative extends PublicInitiativeSummary {
  text: string;
  language: Language;
  filedAt: { bodyId: string; date: IsoDate; section: number };
  statements: PublicStatementRequest[];
  handlings: PublicHandling[];
  deadlines: Deadline[];
  endedOn: IsoDate | null;
  documents: PublicDocument[];
}

export interface PublicMeeting {
  id: string;
  bodyId: string;
  date: IsoDate;
  startTime: string | null;
  place: string | null;
  status: MeetingStatus;
  minutesCheckedOn: IsoDate | null;
}

/** An item of a published agenda: the proposal, and the decision once recorded. */
export interface PublicAgendaItem {
  id: string;
  meetingId: string;
  section: number;
  title: string;
  initiativeIds: string[];
  preparers: PublicPerson[];
  presenter: PublicPerson | null;
  proposal: string;
  decision: { date: IsoDate; text: string; decisionType: DecisionType; resolutions: string[] } | null;
  documents: PublicDocument[];
}

/** A meeting's agenda is public once published (esityslista julkaistu); a planned meeting's is still a draft. */
export const AGENDA_PUBLIC_STATUSES: readonly MeetingStatus[] = ['agendaPublished', 'held', 'minutesChecked'];

export function isPublicDocument(document: AttachmentMeta): boolean {
  // The stored class reads `public` once the checking of the minutes published the document (attachment-store.ts).
  return document.publicity === 'public';
}

const person = (named: { name: string; title?: string | null }): PublicPerson => ({
  name: named.name,
  title: named.title ?? null,
});

export function publicMunicipality(municipality: Municipality): PublicMunicipality {
  const { id, slug, name, language, secondLanguage } = municipality;
  return { id, slug, name, language, secondLanguage };
}

export function publicBody(body: BodyRow): PublicBody {
  const { id, name, nameSv, kind, active } = body;
  return { id, name, nameSv, kind, active };
}

export function publicDocuments(documents: readonly AttachmentMeta[]): PublicDocument[] {
  return documents.filter(isPublicDocument).map((document) => ({
    id: document.id,
    initiativeId: document.initiativeId,
    fileName: document.fileName,
    contentType: document.contentType,
    size: document.size,
    sha256: document.sha256,
    handlingSeq: document.handlingSeq,
    agendaItemId: document.agendaItemId,
    uploadedAt: document.uploadedAt,
    publishedOn: document.publishedOn,
  }));
}

export function publicSummary(
  row: Omit<ListItem, 'bodyIds' | 'matchingDocuments' | 'snippet'>,
): PublicInitiativeSummary {
  return {
    id: row.id,
    diaryNumber: row.diaryNumber,
    title: row.title,
    kind: row.kind,
    submittedOn: row.submittedOn,
    firstSigner: row.firstSigner,
    signatoryCount: row.signatoryCount,
    state: row.state,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function publicRow(
  row: Omit<ListItem, 'bodyIds' | 'matchingDocuments' | 'snippet'>,
): PublicInitiativeRow {
  return {
    ...publicSummary(row),
    filedAt: { bodyId: row.filedAt.bodyId, date: row.filedAt.date, section: row.filedAt.section },
    endedOn: row.context.endedOn,
  };
}

export function publicInitiative(record: InitiativeRecord, today: IsoDate): PublicInitiative {
  const documents = publicDocuments(record.attachments);
  const firstSigner =
    record.signatories.find((signatory) => signatory.firstSigner) ?? record.signatories[0] ?? null;
  return {
    ...publicSummary({ ...record, firstSigner: firstSigner?.name ?? null }),
    text: record.text,
    language: record.language,
    filedAt: { bodyId: record.filedAt.bodyId, date: record.filedAt.date, section: record.filedAt.section },
    statements: record.context.statements.map((request) => ({
      bodyId: request.bodyId,
      officeHolder: request.officeHolder && person(request.officeHolder),
      kind: request.kind,
      status: request.status,
      requestedOn: request.requestedOn,
      dueDate: request.dueDate,
      resolvedOn: request.resolvedOn,
    })),
    handlings: inMeetingOrder(record.handlings).map((handling) => ({
      seq: handling.seq,
      event: handling.event,
      bodyId: handling.bodyId,
      date: handling.date,
      section: handling.section,
      preparers: handling.preparers.map(person),
      presenter: handling.presenter,
      proposal: handling.proposal,
      decision: handling.decision,
      decisionType: handling.decisionType,
      responseText: handling.responseText,
      resolutions: [...handling.resolutions],
      corrected: handling.corrections.length > 0,
      documents: documents.filter((document) => document.handlingSeq === handling.seq),
    })),
    deadlines: deadlinesOf(record.state, record.context, today, record.pack),
    endedOn: record.context.endedOn,
    documents,
  };
}

export function publicMeeting(meeting: MeetingRow): PublicMeeting {
  const { id, bodyId, date, startTime, place, status, minutesCheckedOn } = meeting;
  return { id, bodyId, date, startTime, place, status, minutesCheckedOn };
}

/** The items of a meeting whose agenda is public; none of a planned or cancelled meeting's draft agenda. */
export function publicAgenda(meeting: MeetingRow, items: readonly AgendaItemRow[]): PublicAgendaItem[] {
  if (!AGENDA_PUBLIC_STATUSES.includes(meeting.status)) return [];
  return items.map((item) => ({
    id: item.id,
    meetingId: item.meetingId,
    section: item.section,
    title: item.title,
    initiativeIds: item.initiatives.map((initiative) => initiative.id),
    preparers: item.preparers.map(person),
    presenter: item.presenter && person(item.presenter),
    proposal: item.proposal,
    decision: item.decision && {
      date: item.decision.date,
      text: item.decision.decision,
      decisionType: item.decision.decisionType,
      resolutions: [...item.decision.resolutions],
    },
    documents: publicDocuments(item.attachments),
  }));
}

/** An initiative on the board's yearly list of unfinished ones (Kuntalaki 23 §) as anyone may read it. */
export interface PublicAnnualListItem {
  id: string;
  diaryNumber: string;
  title: string;
  submittedOn: IsoDate;
  firstSigner: string | null;
  state: InitiativeState;
  stage: string;
  /** Handlings, requests, referrals and answers by date, as the council's list words them; no waiver's reason. */
  measures: string[];
}

export function publicAnnualListItem(
  record: AnnualListCandidate,
  stage: string,
  bodyName: (id: string) => string,
  words: MeasureWords,
): PublicAnnualListItem {
  return {
    id: record.id,
    diaryNumber: record.diaryNumber,
    title: record.title,
    submittedOn: record.submittedOn,
    firstSigner: record.firstSigner,
    state: record.state,
    stage,
    measures: measuresTaken(record, bodyName, words, { waiverReasons: false }),
  };
}
