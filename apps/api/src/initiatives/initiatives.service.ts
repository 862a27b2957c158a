import { Injectable } from '@nestjs/common';
import {
  diaryNumberPattern,
  filingDateBounds,
  meetingBodyKind,
  minutesText,
  start,
  toStored,
  EXPORT_TEXTS,
  LIST_EXPORT_LIMIT,
  type InitiativeEvent,
  type Language,
  type ReaderLanguage,
} from '@aloite/domain';
import {
  AgendaStore,
  BodyStore,
  InitiativeReports,
  InitiativeStore,
  LinkStore,
  MunicipalityStore,
  type InitiativeRecord,
  type ListFilters,
} from '@aloite/persistence';
import { AppError, invalid } from '../http/app-error';
import { requirePermission, type RequestActor } from '../auth/request-actor';
import { Clock } from '../clock';
import { Metrics } from '../metrics/metrics';
import { bodyNameIn, documentLanguage } from '../municipality/languages';
import { requireDatesWithin } from '../validation/date-bounds';
import { bodiesOf, decideEvent, requireBodies, type BodyRequirement } from './event-decision';
import type { EventDto } from './event.dtos';
import { decideCorrection, type CorrectionRequest } from './handling-correction';
import type { FilingDto } from './filing.dto';
import type { AuditEntryResponse, InitiativePageResponse, MinutesResponse } from './initiative.responses';
import { initiativeSummary, initiativeView, type InitiativeView } from './initiative.view';
import { initiativePdf } from './initiative-pdf';
import type { ListQueryDto } from './list-query.dto';
import type { ExportRow } from './list-export';

export interface InitiativePdf {
  diaryNumber: string;
  content: Buffer;
}

@Injectable()
export class InitiativesService {
  constructor(
    private readonly store: InitiativeStore,
    private readonly agenda: AgendaStore,
    private readonly reports: InitiativeReports,
    private readonly bodies: BodyStore,
    private readonly links: LinkStore,
    private readonly municipalities: MunicipalityStore,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
  ) {}

  async file(actor: RequestActor, dto: FilingDto): Promise<InitiativeView> {
    const filedAt: BodyRequirement = {
      field: 'filedAt.bodyId',
      bodyId: dto.filedAt.bodyId,
      kind: meetingBodyKind('FILE_INITIATIVE'),
      active: true,
    };
    const municipality = await this.store.filingContext(
      actor.municipalityId,
      [filedAt.bodyId],
      dto.submittedOn,
    );
    const { pack } = municipality;
    requirePermission(actor, 'FILE_INITIATIVE', 'Only the registry files initiatives.', { pack });
    requireDatesWithin(filingDateBounds(dto.submittedOn, dto.filedAt.date, this.clock.today()));
    if (dto.signatoryCount < dto.signatories.length) {
      throw invalid(
        'signatoryCount',
        `must be at least the ${dto.signatories.length} signatories named`,
        'signatoriesOverCount',
        { count: dto.signatories.length },
      );
    }
    if (dto.signatories.filter((signatory) => signatory.firstSigner).length > 1) {
      throw invalid('signatories', 'only one signatory can be the first signer', 'oneFirstSigner');
    }
    requireBodies([filedAt], municipality.bodies);
    const language = dto.language ?? municipality.language;
    if (language !== municipality.language && language !== municipality.secondLanguage)
      throw invalid('language', 'must be a language of the municipality', 'municipalityLanguage');
    const facts = {
      rulePack: pack.template,
      kind: dto.kind,
      signatoryCount: dto.signatoryCount,
      hasFinancialEffect: dto.hasFinancialEffect,
      submittedOn: dto.submittedOn,
    };
    const hasFirstSigner = dto.signatories.some((signatory) => signatory.firstSigner);
    const record = await this.store.file(
      actor.municipalityId,
      {
        filing: {
          diaryNumber: dto.diaryNumber ?? null,
          title: dto.title,
          text: dto.text,
          language,
          kind: dto.kind,
          submittedOn: dto.submittedOn,
          // Without a mark, the first one named is the first signer, as minutes list them.
          signatories: dto.signatories.map((signatory, index) => ({
            name: signatory.name,
            party: signatory.party ?? null,
            firstSigner: signatory.firstSigner ?? (!hasFirstSigner && index === 0),
          })),
          signatoryCount: dto.signatoryCount,
          hasFinancialEffect: dto.hasFinancialEffect,
          filedAt: { bodyId: dto.filedAt.bodyId, date: dto.filedAt.date, section: dto.filedAt.section },
        },
        initial: toStored(start(facts, pack)),
        pack,
        diaryNumberPattern: (year) => diaryNumberPattern(pack, year, municipality.diaryPrefix),
      },
      actor.id,
    );
    return initiativeView(record, actor, this.clock.today(), [], []);
  }

  async apply(
    actor: RequestActor,
    id: string,
    dto: EventDto,
    expectedVersion: number | null,
  ): Promise<InitiativeView> {
    const event = this.toEvent(dto);
    return this.metrics.countTransition(event.type, async () => {
      const record = await this.store.transition(
        actor.municipalityId,
        id,
        expectedVersion,
        actor.id,
        decideEvent(actor, event, this.clock.today()),
        bodiesOf(event),
      );
      return this.view(record, actor);
    });
  }

  /** Domain § 8.5: a correction of a recorded handling, with its reason. */
  async correct(
    actor: RequestActor,
    id: string,
    request: CorrectionRequest,
    expectedVersion: number | null,
  ): Promise<InitiativeView> {
    const readLog = () => this.store.auditLog(actor.municipalityId, id);
    const decide = decideCorrection(actor, request, this.clock.today(), readLog);
    const record = await this.store.correct(actor.municipalityId, id, expectedVersion, actor.id, decide);
    return this.view(record, actor);
  }

  async get(actor: RequestActor, id: string): Promise<InitiativeView> {
    const record = await this.store.find(actor.municipalityId, id);
    if (!record) throw new AppError('NOT_FOUND', `No initiative ${id}.`);
    return this.view(record, actor);
  }

  /** The initiative as this actor sees it, with its agenda placements and links. */
  async view(record: InitiativeRecord, actor: RequestActor): Promise<InitiativeView> {
    const [agenda, links] = await Promise.all([
      this.agenda.placements(actor.municipalityId, record.id),
      this.links.linksOf(actor.municipalityId, record.id),
    ]);
    return initiativeView(record, actor, this.clock.today(), agenda, links);
  }

  async list(actor: RequestActor, query: ListQueryDto): Promise<InitiativePageResponse> {
    const today = this.clock.today();
    const page = await this.reports.list(actor.municipalityId, this.filters(query), today);
    return { ...page, items: page.items.map((row) => initiativeSummary(row, today)) };
  }

  /** Every initiative the list's filters match, page by page, up to `limit`; `total` says how many matched. */
  async exportRows(
    actor: RequestActor,
    query: ListQueryDto,
    language: ReaderLanguage,
    limit = LIST_EXPORT_LIMIT,
  ): Promise<{ rows: ExportRow[]; total: number }> {
    const bodyName = bodyNameIn(await this.bodies.ofMunicipality(actor.municipalityId), language);
    const rows: ExportRow[] = [];
    let cursor: string | null = null;
    let total: number;
    do {
      const page = await this.reports.list(
        actor.municipalityId,
        this.filters({ ...query, limit: 200, cursor: cursor ?? undefined }),
        this.clock.today(),
      );
      total = page.total;
      for (const item of page.items.slice(0, limit - rows.length)) {
        rows.push({
          diaryNumber: item.diaryNumber,
          title: item.title,
          state: EXPORT_TEXTS[language].states[item.state],
          submittedOn: item.submittedOn,
          firstSigner: item.firstSigner,
          signatoryCount: item.signatoryCount,
          bodies: [...new Set([item.filedAt.bodyId, ...item.bodyIds])].map(bodyName),
          nextDeadline: item.dueAt,
        });
      }
      cursor = page.nextCursor;
    } while (cursor && rows.length < limit);
    return { rows, total };
  }

  async pdf(actor: RequestActor, id: string, language: ReaderLanguage): Promise<InitiativePdf> {
    const record = await this.store.find(actor.municipalityId, id);
    if (!record) throw new AppError('NOT_FOUND', `No initiative ${id}.`);
    const bodyName = bodyNameIn(await this.bodies.ofMunicipality(actor.municipalityId), language);
    return { diaryNumber: record.diaryNumber, content: await initiativePdf(record, language, bodyName) };
  }

  /** The paragraph of one handling, as a secretary pastes it into the minutes, in a language the municipality uses. */
  async minutes(actor: RequestActor, id: string, seq: number, asked?: Language): Promise<MinutesResponse> {
    const language = documentLanguage(await this.municipalities.find(actor.municipalityId), asked);
    const record = await this.store.find(actor.municipalityId, id);
    if (!record) throw new AppError('NOT_FOUND', `No initiative ${id}.`);
    const handling = record.handlings.find((candidate) => candidate.seq === seq);
    if (!handling)
      throw new AppError('NOT_FOUND', `Initiative ${record.diaryNumber} has no handling ${seq}.`);
    const bodyName = bodyNameIn(await this.bodies.ofMunicipality(actor.municipalityId), language);
    return { seq, language, text: minutesText(handling, record, record.pack, bodyName, language) };
  }

  async auditLog(actor: RequestActor, id: string): Promise<AuditEntryResponse[]> {
    const entries = await this.store.auditLog(actor.municipalityId, id);
    if (entries.length === 0) throw new AppError('NOT_FOUND', `No initiative ${id}.`);
    return entries;
  }

  private filters(query: ListQueryDto): ListFilters {
    return {
      states: query.state,
      q: query.q ?? null,
      bodyId: query.bodyId ?? null,
      year: query.year ?? null,
      deadline: query.deadline ?? null,
      signatory: query.signatory ?? null,
      limit: query.limit ?? 50,
      cursor: query.cursor ?? null,
      sort: query.sort ?? (query.q ? 'relevance' : 'filedAt'),
    };
  }

  /** The DTO is the event; a left-out date means today. */
  private toEvent(dto: EventDto): InitiativeEvent {
    const event = { ...dto } as Record<string, unknown>;
    if ('date' in dto || ['REQUEST_STATEMENT', 'WAIVE_STATEMENT', 'WITHDRAW'].includes(dto.type)) {
      event.date = (dto as { date?: string }).date ?? this.clock.today();
    }
    return JSON.parse(JSON.stringify(event)) as InitiativeEvent;
  }
}
