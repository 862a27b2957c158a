import type { OparlStamp } from '@aloite/persistence';
import type {
  PublicAgendaItem,
  PublicBody,
  PublicDocument,
  PublicHandling,
  PublicInitiative,
  PublicMeeting,
  PublicMunicipality,
} from '../public/public-view';

/**
 * OParl 1.1 objects (https://schema.oparl.org/1.1/), each made from a public-view shape and the stamp of when it
 * last changed: nothing else reaches them. Property names are the specification's.
 */
export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';
const type = (name: string) => `${OPARL_VERSION}${name}`;

/** The absolute addresses of one deployment's OParl objects, from the request's origin. */
export class OparlUrls {
  readonly root: string;
  constructor(readonly origin: string) {
    this.root = `${origin}/oparl/v1`;
  }
  system = () => `${this.root}/system`;
  bodies = () => `${this.root}/bodies`;
  body = (slug: string) => `${this.root}/bodies/${slug}`;
  list = (slug: string, list: string) => `${this.body(slug)}/${list}`;
  object = (slug: string, list: string, id: string) => `${this.body(slug)}/${list}/${id}`;
  content = (documentId: string) => `${this.origin}/api/attachments/${documentId}/content`;
  /** The public HTML page of the same thing (OParl's `web`), in the municipality's own language. */
  page = (home: OparlHome, path = '') => `${this.origin}/public/${home.slug}/${home.language}${path}`;
}

/** The municipality whose objects are made: its address name and the language its public pages open in. */
export type OparlHome = Pick<PublicMunicipality, 'slug' | 'language'>;

export type OparlObject = Record<string, unknown> & { id: string; type: string };

const stamped = (stamp: OparlStamp) => ({ created: stamp.created, modified: stamp.modified });

/** An object that has left the public set: its address answers with this marker (OParl 1.1 § deleted objects). */
export function deletedObject(id: string, name: string, stamp: OparlStamp): OparlObject {
  return { id, type: type(name), ...stamped(stamp), deleted: true };
}

export function oparlSystem(urls: OparlUrls): OparlObject {
  return {
    id: urls.system(),
    type: type('System'),
    oparlVersion: OPARL_VERSION,
    name: 'Aloite',
    body: urls.bodies(),
  };
}

export function oparlBody(urls: OparlUrls, municipality: PublicMunicipality, stamp: OparlStamp): OparlObject {
  const list = (name: string) => urls.list(municipality.slug, name);
  return {
    id: urls.body(municipality.slug),
    type: type('Body'),
    system: urls.system(),
    name: municipality.name,
    web: urls.page(municipality),
    classification: 'kunta',
    organization: list('organizations'),
    person: list('people'),
    meeting: list('meetings'),
    paper: list('papers'),
    agendaItem: list('agenda-items'),
    consultation: list('consultations'),
    file: list('files'),
    membership: list('memberships'),
    locationList: list('locations'),
    legislativeTermList: list('legislative-terms'),
    legislativeTerm: [],
    ...stamped(stamp),
  };
}

export function oparlOrganization(
  urls: OparlUrls,
  home: OparlHome,
  body: PublicBody,
  stamp: OparlStamp,
): OparlObject {
  const id = urls.object(home.slug, 'organizations', body.id);
  return {
    id,
    type: type('Organization'),
    body: urls.body(home.slug),
    name: body.name,
    organizationType: 'Gremium',
    web: urls.page(home, `/bodies/${body.id}`),
    classification: body.kind,
    meeting: `${id}/meetings`,
    ...stamped(stamp),
  };
}

export function oparlFile(
  urls: OparlUrls,
  home: OparlHome,
  document: PublicDocument,
  stamp: OparlStamp,
): OparlObject {
  return {
    id: urls.object(home.slug, 'files', document.id),
    type: type('File'),
    name: document.fileName.replace(/\.[^.]+$/, ''),
    fileName: document.fileName,
    mimeType: document.contentType,
    date: (document.publishedOn ?? document.uploadedAt).slice(0, 10),
    size: document.size,
    accessUrl: urls.content(document.id),
    downloadUrl: urls.content(document.id),
    paper: [urls.object(home.slug, 'papers', document.initiativeId)],
    ...(stamp.meetingId && document.agendaItemId
      ? {
          meeting: [urls.object(home.slug, 'meetings', stamp.meetingId)],
          agendaItem: [urls.object(home.slug, 'agenda-items', document.agendaItemId)],
        }
      : {}),
    ...stamped(stamp),
  };
}

/** Stamps of embedded objects by id: an embedded object carries its own `modified`. */
export type Stamps = ReadonlyMap<string, OparlStamp>;

const files = (urls: OparlUrls, home: OparlHome, documents: readonly PublicDocument[], stamps: Stamps) =>
  documents.flatMap((document) => {
    const stamp = stamps.get(document.id);
    return stamp ? [oparlFile(urls, home, document, stamp)] : [];
  });

export function oparlAgendaItem(
  urls: OparlUrls,
  home: OparlHome,
  item: PublicAgendaItem,
  stamps: Stamps,
): OparlObject | null {
  const stamp = stamps.get(item.id);
  if (!stamp) return null;
  return {
    id: urls.object(home.slug, 'agenda-items', item.id),
    type: type('AgendaItem'),
    meeting: urls.object(home.slug, 'meetings', item.meetingId),
    number: `${item.section} §`,
    order: item.section,
    name: item.title,
    public: true,
    ...(item.decision ? { result: item.decision.decisionType, resolutionText: item.decision.text } : {}),
    auxiliaryFile: files(urls, home, item.documents, stamps),
    ...stamped(stamp),
  };
}

export function oparlMeeting(
  urls: OparlUrls,
  home: OparlHome,
  meeting: PublicMeeting,
  body: PublicBody | undefined,
  items: readonly PublicAgendaItem[],
  stamps: Stamps,
): OparlObject | null {
  const stamp = stamps.get(meeting.id);
  if (!stamp) return null;
  return {
    id: urls.object(home.slug, 'meetings', meeting.id),
    type: type('Meeting'),
    name: `${body?.name ?? ''} ${meeting.date}`.trim(),
    meetingState: meeting.status,
    cancelled: meeting.status === 'cancelled',
    web: urls.page(home, `/meetings/${meeting.id}`),
    ...(meeting.startTime ? { start: helsinkiInstant(meeting.date, meeting.startTime) } : {}),
    organization: [urls.object(home.slug, 'organizations', meeting.bodyId)],
    agendaItem: items.flatMap((item) => oparlAgendaItem(urls, home, item, stamps) ?? []),
    ...stamped(stamp),
  };
}

/** A placement of the initiative on a published agenda, decided by the handling with this sequence number. */
export interface DecidedPlacement {
  meetingId: string;
  itemId: string;
  eventSeq: number | null;
}

export function oparlConsultation(
  urls: OparlUrls,
  home: OparlHome,
  initiativeId: string,
  handling: PublicHandling,
  placement: DecidedPlacement | undefined,
  stamp: OparlStamp,
): OparlObject {
  return {
    id: urls.object(home.slug, 'consultations', consultationId(initiativeId, handling.seq)),
    type: type('Consultation'),
    paper: urls.object(home.slug, 'papers', initiativeId),
    ...(placement
      ? {
          meeting: urls.object(home.slug, 'meetings', placement.meetingId),
          agendaItem: urls.object(home.slug, 'agenda-items', placement.itemId),
        }
      : {}),
    organization: [urls.object(home.slug, 'organizations', handling.bodyId)],
    authoritative: handling.decisionType !== 'tabled' && handling.decisionType !== 'returned',
    role: handling.event,
    ...stamped(stamp),
  };
}

export function oparlPaper(
  urls: OparlUrls,
  home: OparlHome,
  initiative: PublicInitiative,
  placements: readonly DecidedPlacement[],
  stamps: Stamps,
): OparlObject | null {
  const stamp = stamps.get(initiative.id);
  if (!stamp) return null;
  return {
    id: urls.object(home.slug, 'papers', initiative.id),
    type: type('Paper'),
    body: urls.body(home.slug),
    name: initiative.title,
    reference: initiative.diaryNumber,
    date: initiative.submittedOn,
    paperType: initiative.kind,
    web: urls.page(home, `/initiatives/${initiative.id}`),
    consultation: initiative.handlings.flatMap((handling) => {
      const consultation = stamps.get(consultationId(initiative.id, handling.seq));
      const placement = placements.find((placed) => placed.eventSeq === handling.seq);
      return consultation
        ? [oparlConsultation(urls, home, initiative.id, handling, placement, consultation)]
        : [];
    }),
    auxiliaryFile: files(urls, home, initiative.documents, stamps),
    ...stamped(stamp),
  };
}

/** A handling has no address of its own: its initiative and its sequence number name it. */
export const consultationId = (initiativeId: string, seq: number) => `${initiativeId}.${seq}`;

/** A meeting's local start (Finland's clock, summer time included) as an instant with its offset. */
export function helsinkiInstant(date: string, time: string): string {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const offsetName = new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Helsinki',
    timeZoneName: 'longOffset',
  })
    .formatToParts(new Date(asUtc))
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = offsetName?.replace('GMT', '') || '+00:00';
  return `${date}T${time}:00${offset}`;
}
