import { Injectable } from '@nestjs/common';
import {
  AgendaStore,
  AttachmentStore,
  MunicipalityStore,
  OparlIndex,
  type Municipality,
  type OparlKind,
  type OparlStamp,
  type OparlWindow,
} from '@aloite/persistence';
import { AppError } from '../http/app-error';
import { PublicDataService } from '../public/public-data.service';
import {
  AGENDA_PUBLIC_STATUSES,
  publicDocuments,
  publicMunicipality,
  type PublicBody,
} from '../public/public-view';
import {
  deletedObject,
  oparlAgendaItem,
  oparlBody,
  oparlFile,
  oparlMeeting,
  oparlOrganization,
  oparlPaper,
  type DecidedPlacement,
  type OparlObject,
  type OparlUrls,
} from './oparl-objects';

/** The filters and page of an OParl list request, checked by the controller. */
export type OparlFilter = Omit<OparlWindow, 'ids' | 'bodyId'>;

const EVERYTHING: OparlFilter = {
  createdSince: null,
  createdUntil: null,
  modifiedSince: null,
  modifiedUntil: null,
  limit: 10_000,
  offset: 0,
};

/** The OParl 1.1 read side (issue 21 item 2): stamps from `OparlIndex`, contents from `PublicDataService` only. */
@Injectable()
export class OparlService {
  constructor(
    private readonly index: OparlIndex,
    private readonly data: PublicDataService,
    private readonly municipalities: MunicipalityStore,
    private readonly agenda: AgendaStore,
    private readonly attachments: AttachmentStore,
  ) {}

  municipality(slug: string): Promise<Municipality> {
    return this.data.municipality(slug);
  }

  /** One page of a kind's objects, and how many match in all. */
  async list(
    urls: OparlUrls,
    kind: OparlKind,
    municipality: Municipality | null,
    filter: OparlFilter,
    bodyId: string | null = null,
  ): Promise<{ total: number; data: OparlObject[] }> {
    const { total, stamps } = await this.stamps(kind, municipality, { ...filter, bodyId, ids: null });
    return { total, data: await this.objects(urls, kind, municipality, stamps) };
  }

  /** One object at its address; a 404 for an id that is not one of the municipality's public objects. */
  async one(
    urls: OparlUrls,
    kind: OparlKind,
    municipality: Municipality | null,
    id: string,
  ): Promise<OparlObject> {
    const { stamps } = await this.stamps(kind, municipality, { ...EVERYTHING, bodyId: null, ids: [id] });
    const [object] = await this.objects(urls, kind, municipality, stamps);
    if (!object) throw new AppError('NOT_FOUND', `No such ${kind}.`);
    return object;
  }

  private stamps(kind: OparlKind, municipality: Municipality | null, window: OparlWindow) {
    return this.index.page(kind, municipality?.id ?? '', window, AGENDA_PUBLIC_STATUSES);
  }

  private async stampsOf(kind: OparlKind, municipality: Municipality, ids: string[]): Promise<OparlStamp[]> {
    if (ids.length === 0) return [];
    return (await this.stamps(kind, municipality, { ...EVERYTHING, bodyId: null, ids })).stamps;
  }

  private async objects(
    urls: OparlUrls,
    kind: OparlKind,
    municipality: Municipality | null,
    stamps: OparlStamp[],
  ): Promise<OparlObject[]> {
    if (kind === 'body') {
      const found = await Promise.all(stamps.map((stamp) => this.municipalities.find(stamp.id)));
      return found.map((one, index) => oparlBody(urls, publicMunicipality(one), stamps[index] as OparlStamp));
    }
    if (!municipality) return [];
    const home = publicMunicipality(municipality);
    const slug = home.slug;
    switch (kind) {
      case 'organization': {
        const bodies = await this.data.bodiesOf(municipality);
        return stamps.flatMap((stamp) => {
          const body = bodies.find((one) => one.id === stamp.id);
          return body ? [oparlOrganization(urls, home, body, stamp)] : [];
        });
      }
      case 'meeting':
        return this.meetings(urls, municipality, stamps, new Set(stamps.map((stamp) => stamp.id)), true);
      case 'agendaItem': {
        const live = stamps.filter((stamp) => !stamp.deleted);
        const meetingIds = new Set(live.flatMap((stamp) => stamp.meetingId ?? []));
        const items = await this.meetings(urls, municipality, [], meetingIds, false);
        const byId = new Map(items.map((item) => [item.id, item]));
        return stamps.flatMap((stamp) => {
          const url = urls.object(slug, 'agenda-items', stamp.id);
          if (stamp.deleted) return [deletedObject(url, 'AgendaItem', stamp)];
          return byId.get(url) ?? [];
        });
      }
      case 'paper':
        return this.papers(
          urls,
          municipality,
          stamps.map((stamp) => stamp.id),
          new Map(stamps.map((s) => [s.id, s])),
        );
      case 'consultation': {
        const papers = await this.papers(
          urls,
          municipality,
          [...new Set(stamps.map((stamp) => stamp.id.split('.')[0] as string))],
          null,
        );
        const consultations = papers.flatMap((paper) => paper['consultation'] as OparlObject[]);
        return stamps.flatMap(
          (stamp) =>
            consultations.find((one) => one.id === urls.object(slug, 'consultations', stamp.id)) ?? [],
        );
      }
      case 'file': {
        const found = await Promise.all(stamps.map((stamp) => this.attachments.find(stamp.id)));
        return found.flatMap((meta, index) => {
          if (meta?.municipalityId !== municipality.id) return [];
          const [document] = publicDocuments([meta]);
          return document ? [oparlFile(urls, home, document, stamps[index] as OparlStamp)] : [];
        });
      }
    }
  }

  /** Meetings with their published agendas embedded; or, with `asMeetings` false, those agendas' items. */
  private async meetings(
    urls: OparlUrls,
    municipality: Municipality,
    meetingStamps: OparlStamp[],
    meetingIds: Set<string>,
    asMeetings: boolean,
  ): Promise<OparlObject[]> {
    const bodies = await this.data.bodiesOf(municipality);
    const found = await Promise.all([...meetingIds].map((id) => this.data.meeting(municipality, id)));
    const items = found.flatMap((one) => one.items);
    const stamps = new Map(
      [
        ...meetingStamps,
        ...(await this.stampsOf(
          'agendaItem',
          municipality,
          items.map((item) => item.id),
        )),
        ...(await this.stampsOf(
          'file',
          municipality,
          items.flatMap((item) => item.documents.map((d) => d.id)),
        )),
      ].map((stamp) => [stamp.id, stamp]),
    );
    const home = publicMunicipality(municipality);
    if (!asMeetings) return items.flatMap((item) => oparlAgendaItem(urls, home, item, stamps) ?? []);
    const body = (id: string): PublicBody | undefined => bodies.find((one) => one.id === id);
    const byId = new Map(found.map((one) => [one.meeting.id, one]));
    return meetingStamps.flatMap((stamp) => {
      const one = byId.get(stamp.id);
      return one
        ? (oparlMeeting(urls, home, one.meeting, body(one.meeting.bodyId), one.items, stamps) ?? [])
        : [];
    });
  }

  /** Papers with their consultations and public files embedded. */
  private async papers(
    urls: OparlUrls,
    municipality: Municipality,
    ids: string[],
    known: Map<string, OparlStamp> | null,
  ): Promise<OparlObject[]> {
    const found = await Promise.all(ids.map((id) => this.data.initiative(municipality, id)));
    const placements = await Promise.all(ids.map((id) => this.agenda.placements(municipality.id, id)));
    const stamps = new Map(
      [
        ...(known ? known.values() : await this.stampsOf('paper', municipality, ids)),
        ...(await this.stampsOf(
          'consultation',
          municipality,
          found.flatMap(({ initiative }) => initiative.handlings.map((h) => `${initiative.id}.${h.seq}`)),
        )),
        ...(await this.stampsOf(
          'file',
          municipality,
          found.flatMap(({ initiative }) => initiative.documents.map((document) => document.id)),
        )),
      ].map((stamp) => [stamp.id, stamp]),
    );
    return found.flatMap(({ initiative }, index) => {
      const decided: DecidedPlacement[] = (placements[index] ?? [])
        .filter((placement) => AGENDA_PUBLIC_STATUSES.includes(placement.meetingStatus))
        .map(({ meetingId, itemId, eventSeq }) => ({ meetingId, itemId, eventSeq }));
      return oparlPaper(urls, publicMunicipality(municipality), initiative, decided, stamps) ?? [];
    });
  }
}
