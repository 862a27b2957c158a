import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DOCUMENT_TYPES, documentAnswer, sendDocument } from '../documents/document-reply';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { CurrentActor, type RequestActor } from '../auth/request-actor';
import { IdPipe, SequencePipe, parseIfMatch } from '../http/params';
import { LanguageQueryDto } from '../municipality/languages';
import { CorrectionDto } from './correction.dto';
import { EventBodyPipe } from './event-body.pipe';
import { EVENT_DTOS, type EventDto } from './event.dtos';
import { FilingDto } from './filing.dto';
import {
  AuditEntryResponse,
  InitiativePageResponse,
  InitiativeResponse,
  MinutesResponse,
} from './initiative.responses';
import { InitiativesService } from './initiatives.service';
import { EXPORT_TEXTS, LIST_EXPORT_LIMIT } from '@aloite/domain';
import { ListExportQueryDto, ListQueryDto, ReaderLanguageQueryDto } from './list-query.dto';
import { listCsv, listXlsx } from './list-export';

const EVENT_DTO_CLASSES = Object.values(EVENT_DTOS);

@ApiTags('initiatives')
@ApiExtraModels(...EVENT_DTO_CLASSES)
@Controller('api/initiatives')
export class InitiativesController {
  constructor(private readonly initiatives: InitiativesService) {}

  @Post()
  @ApiOperation({ summary: 'File an initiative (registrar)' })
  @ApiCreatedResponse({ type: InitiativeResponse })
  file(@CurrentActor() actor: RequestActor, @Body() filing: FilingDto) {
    return this.initiatives.file(actor, filing);
  }

  @Get()
  @ApiOperation({ summary: 'List initiatives with filters, cursor paging and sorting' })
  @ApiOkResponse({ type: InitiativePageResponse })
  list(@CurrentActor() actor: RequestActor, @Query() query: ListQueryDto) {
    return this.initiatives.list(actor, query);
  }

  @Get('export')
  @ApiOperation({
    summary: `The list’s matches as CSV (UTF-8 with BOM, semicolons) or XLSX, at most ${LIST_EXPORT_LIMIT} rows`,
    description:
      'The list’s filters and sort. Past the limit the file holds the first rows and the header ' +
      'Aloite-Export-Total says how many matched. Text cells that a spreadsheet would read as a formula are inert.',
  })
  @ApiProduces(DOCUMENT_TYPES.csv, DOCUMENT_TYPES.xlsx)
  @ApiOkResponse(documentAnswer('csv', 'xlsx'))
  async export(
    @CurrentActor() actor: RequestActor,
    @Query() query: ListExportQueryDto,
    @Res() reply: FastifyReply,
  ) {
    const language = query.language ?? 'fi';
    const { rows, total } = await this.initiatives.exportRows(actor, query, language);
    const content = query.format === 'csv' ? listCsv(rows, language) : await listXlsx(rows, language);
    reply.header('aloite-export-total', String(total));
    if (total > rows.length) reply.header('aloite-export-truncated', String(rows.length));
    sendDocument(reply, query.format, EXPORT_TEXTS[language].fileName, content);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One initiative with its timeline, statements, deadlines and allowed events' })
  @ApiOkResponse({ type: InitiativeResponse })
  get(@CurrentActor() actor: RequestActor, @Param('id', IdPipe) id: string) {
    return this.initiatives.get(actor, id);
  }

  @Get(':id/pdf')
  @ApiOperation({ summary: 'The initiative as a PDF: its details, handlings and documents list' })
  @ApiProduces(DOCUMENT_TYPES.pdf)
  @ApiOkResponse(documentAnswer('pdf'))
  async pdf(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Query() query: ReaderLanguageQueryDto,
    @Res() reply: FastifyReply,
  ) {
    const { diaryNumber, content } = await this.initiatives.pdf(actor, id, query.language ?? 'fi');
    sendDocument(reply, 'pdf', diaryNumber, content);
  }

  @Post(':id/events')
  @HttpCode(200)
  @ApiOperation({ summary: 'Apply one lifecycle event' })
  @ApiOkResponse({ type: InitiativeResponse, description: 'The initiative after the event' })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The version you loaded, e.g. "3": refused with 409 if stale',
  })
  @ApiBody({
    schema: {
      oneOf: EVENT_DTO_CLASSES.map((dto) => ({ $ref: getSchemaPath(dto) })),
      discriminator: {
        propertyName: 'type',
        mapping: Object.fromEntries(
          Object.entries(EVENT_DTOS).map(([type, dto]) => [type, getSchemaPath(dto)]),
        ),
      },
    },
  })
  apply(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Body(EventBodyPipe) event: EventDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    return this.initiatives.apply(actor, id, event, parseIfMatch(ifMatch));
  }

  @Post(':id/handlings/:seq/corrections')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Correct a recorded handling (oikaisu) with a reason (registrar, secretary of the handling’s body)',
  })
  @ApiOkResponse({ type: InitiativeResponse, description: 'The initiative after the correction' })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The version you loaded, e.g. "3": refused with 409 if stale',
  })
  correct(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Param('seq', SequencePipe) seq: number,
    @Body() correction: CorrectionDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const request = { seq, changes: correction.changes, reason: correction.reason };
    return this.initiatives.correct(actor, id, request, parseIfMatch(ifMatch));
  }

  @Get(':id/handlings/:seq/minutes')
  @ApiOperation({
    summary: 'The minutes paragraph of one handling, by its sequence number, in Finnish or Swedish',
  })
  @ApiOkResponse({ type: MinutesResponse })
  minutes(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Param('seq', SequencePipe) seq: number,
    @Query() query: LanguageQueryDto,
  ) {
    return this.initiatives.minutes(actor, id, seq, query.language);
  }

  @Get(':id/events')
  @ApiOperation({ summary: 'The audit log, oldest first' })
  @ApiOkResponse({ type: AuditEntryResponse, isArray: true })
  auditLog(@CurrentActor() actor: RequestActor, @Param('id', IdPipe) id: string) {
    return this.initiatives.auditLog(actor, id);
  }
}
