import { Injectable } from '@nestjs/common';
import type { InitiativeState } from '@aloite/domain';
import {
  AgendaStore,
  BodyStore,
  InitiativeReports,
  InitiativeStore,
  MeetingStore,
  MunicipalityStore,
  type ListSort,
  type Municipality,
} from '@aloite/persistence';
import { Clock } from '../clock';
import { AppError } from '../http/app-error';
import {
  AGENDA_PUBLIC_STATUSES,
  publicAgenda,
  publicBody,
  publicInitiative,
  publicMeeting,
  publicMunicipality,
  publicRow,
  publicSummary,
  type PublicAgendaItem,
  type PublicBody,
  type PublicInitiative,
  type PublicInitiativeRow,
  type PublicInitiativeSummary,
  type PublicMeeting,
  type PublicMunicipality,
} from './public-view';

export interface PublicListQuery {
  q?: string | null;
  states?: InitiativeState[];
  year?: number | null;
  bodyId?: string | null;
  limit?: number;
  cursor?: string | null;
  sort?: ListSort;
}

export interface PublicListPage {
  items: (PublicInitiativeSummary & { matchingDocuments: { id: string; name: string }[] })[];
  total: number;
  totalExact: boolean;
  nextCursor: string | null;
}

/** A meeting's place on an initiative's public timeline: only agendas that were published. */
export interface PublicPlacement {
  meetingId: string;
  itemId: string;
  bodyId: string;
  date: string;
  startTime: string | null;
  section: number;
  title: string;
  meetingStatus: PublicMeeting['status'];
}

/**
 * The public read side (issue 21): everything anyone may read, per municipality, found by its address name. Every
 * answer is made by `public-view.ts`; nothing here returns a stored record as it is.
 */
@Injectable()
export class PublicDataService {
  constructor(
    private readonly municipalities: MunicipalityStore,
    private readonly bodies: BodyStore,
    private readonly store: InitiativeStore,
    private readonly reports: InitiativeReports,
    private readonly meetings: MeetingStore,
    private readonly agenda: AgendaStore,
    private readonly clock: Clock,
  ) {}

  /** The municipality at `/public/{slug}`; a 404 for an unknown one. */
  async municipality(slug: string): Promise<Municipality> {
    const municipality = await this.municipalities.bySlug(slug);
    if (!municipality) throw new AppError('NOT_FOUND', `No municipality ${slug}.`);
    return municipality;
  }

  async publicMunicipality(slug: string): Promise<PublicMunicipality> {
    return publicMunicipality(await this.municipality(slug));
  }

  async bodiesOf(municipality: Municipality): Promise<PublicBody[]> {
    return (await this.bodies.ofMunicipality(municipality.id)).map(publicBody);
  }

  /** One of the municipality's bodies; a 404 for any other id. */
  async body(municipality: Municipality, bodyId: string): Promise<PublicBody> {
    const body = (await this.bodiesOf(municipality)).find(({ id }) => id === bodyId);
    if (!body) throw new AppError('NOT_FOUND', `No body ${bodyId}.`);
    return body;
  }

  async list(municipality: Municipality, query: PublicListQuery): Promise<PublicListPage> {
    const page = await this.page(municipality, query);
    return {
      items: page.items.map((item) => ({
        ...publicSummary(item),
        matchingDocuments: item.matchingDocuments.map(({ id, name }) => ({ id, name })),
      })),
      total: page.total,
      totalExact: page.totalExact,
      nextCursor: page.nextCursor,
    };
  }

  /** Every initiative submitted in `year`, oldest first: the yearly open-data download. */
  async initiativesOfYear(municipality: Municipality, year: number): Promise<PublicInitiativeRow[]> {
    const rows: PublicInitiativeRow[] = [];
    let cursor: string | null = null;
    do {
      const page = await this.page(municipality, { year, limit: 200, cursor, sort: 'filedAt' });
      rows.push(...page.items.map(publicRow));
      cursor = page.nextCursor;
    } while (cursor);
    return rows;
  }

  private page(municipality: Municipality, query: PublicListQuery) {
    const q = query.q?.trim() || null;
    return this.reports.list(
      municipality.id,
      {
        states: query.states ?? [],
        q,
        bodyId: query.bodyId ?? null,
        year: query.year ?? null,
        deadline: null,
        signatory: null,
        limit: query.limit ?? 50,
        cursor: query.cursor ?? null,
        sort: query.sort ?? (q ? 'relevance' : '-filedAt'),
        reader: 'public',
      },
      this.clock.today(),
    );
  }

  /** The initiatives with the latest decisions (of one body, or any), latest first: the decisions feeds. */
  async recentlyDecided(
    municipality: Municipality,
    bodyId: string | null,
    limit: number,
  ): Promise<PublicInitiative[]> {
    const ids = await this.reports.recentlyDecided(municipality.id, bodyId, limit);
    const records = await Promise.all(ids.map((id) => this.store.find(municipality.id, id)));
    const today = this.clock.today();
    return records.flatMap((record) => (record ? [publicInitiative(record, today)] : []));
  }

  async initiative(
    municipality: Municipality,
    id: string,
  ): Promise<{ initiative: PublicInitiative; agenda: PublicPlacement[] }> {
    const record = await this.store.find(municipality.id, id);
    if (!record) throw new AppError('NOT_FOUND', `No initiative ${id}.`);
    const placements = await this.agenda.placements(municipality.id, id);
    return {
      initiative: publicInitiative(record, this.clock.today()),
      agenda: placements
        .filter((placement) => AGENDA_PUBLIC_STATUSES.includes(placement.meetingStatus))
        .map(({ meetingId, itemId, bodyId, date, startTime, section, title, meetingStatus }) => ({
          meetingId,
          itemId,
          bodyId,
          date,
          startTime,
          section,
          title,
          meetingStatus,
        })),
    };
  }

  /** A body's meetings, planned ones too: when and where a body meets is public before its agenda is. */
  async meetingsOf(
    municipality: Municipality,
    bodyId: string,
    year: number | null,
  ): Promise<PublicMeeting[]> {
    const bodies = await this.bodies.ofMunicipality(municipality.id);
    if (!bodies.some((body) => body.id === bodyId)) throw new AppError('NOT_FOUND', `No body ${bodyId}.`);
    return (await this.meetings.calendar(municipality.id, bodyId, year)).map(publicMeeting);
  }

  async meeting(
    municipality: Municipality,
    id: string,
  ): Promise<{ meeting: PublicMeeting; items: PublicAgendaItem[] }> {
    const meeting = await this.meetings.find(municipality.id, id);
    if (!meeting) throw new AppError('NOT_FOUND', `No meeting ${id}.`);
    return { meeting: publicMeeting(meeting), items: publicAgenda(meeting, meeting.items) };
  }
}
