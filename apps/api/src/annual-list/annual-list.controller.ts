import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { LIST_YEARS, listYearOf } from '@aloite/domain';
import { invalid } from '../http/app-error';
import type { FastifyReply } from 'fastify';
import { CurrentActor, type RequestActor } from '../auth/request-actor';
import { DOCUMENT_TYPES, documentAnswer, sendDocument } from '../documents/document-reply';
import { MeetingDto } from '../initiatives/meeting.dto';
import { EnumField, NestedField, TextField, UuidArrayField } from '../validation/fields';
import { annualListCsv, annualListDocx, annualListPdf } from './annual-list.documents';
import { AnnualListDecisionResponse, AnnualListResponse } from './annual-list.responses';
import { AnnualListService } from './annual-list.service';
import { DocumentLanguageQueryDto } from '../municipality/languages';

const FORMATS = ['pdf', 'docx', 'csv'] as const;
type Format = (typeof FORMATS)[number];

export class ExportQueryDto extends DocumentLanguageQueryDto {
  @EnumField(FORMATS) format!: Format;
  @TextField(200, {
    optional: true,
    description: 'The agenda item’s preparer; the signed-in user by default',
  })
  preparer?: string;
}

export class AnnualListDecisionDto {
  @NestedField(() => MeetingDto, { description: 'The council meeting that decided on the list' })
  meeting!: MeetingDto;
  @TextField(200, { description: 'The decision’s reference, e.g. its diary number' }) annualListId!: string;
  @UuidArrayField(1000, { description: 'Initiatives the council declares fully handled' }) close!: string[];
  @UuidArrayField(1000, { description: 'Old initiatives the council keeps open despite the lapse rule' })
  keep!: string[];
}

function listYear(value: string): number {
  const year = listYearOf(value);
  if (year === null) {
    throw invalid(
      'year',
      `must be a whole year from ${LIST_YEARS.min} to ${LIST_YEARS.max}, such as 2027`,
      'year',
      {
        earliest: LIST_YEARS.min,
        latest: LIST_YEARS.max,
      },
    );
  }
  return year;
}

@ApiTags('annual list')
@Controller('api/annual-lists')
export class AnnualListController {
  constructor(private readonly annualLists: AnnualListService) {}

  @Get(':year')
  @ApiOperation({
    summary: 'The annual list of year Y: initiatives filed by 31.12. of Y − 1 and still open then',
  })
  @ApiOkResponse({ type: AnnualListResponse })
  preview(
    @CurrentActor() actor: RequestActor,
    @Param('year') year: string,
    @Query() query: DocumentLanguageQueryDto,
  ) {
    return this.annualLists.preview(actor, listYear(year), query.language);
  }

  @Get(':year/export')
  @ApiOperation({
    summary:
      'The annual list as a board agenda item: PDF, DOCX or CSV, in Finnish, Swedish or both (majority language first)',
  })
  @ApiProduces(...FORMATS.map((format) => DOCUMENT_TYPES[format]))
  @ApiOkResponse(documentAnswer(...FORMATS))
  async export(
    @CurrentActor() actor: RequestActor,
    @Param('year') year: string,
    @Query() query: ExportQueryDto,
    @Res() reply: FastifyReply,
  ) {
    const editions = await this.annualLists.editions(actor, listYear(year), query.language);
    // Named in the document's first language: a Swedish list is filed as fullmäktigemotioner.
    const name = editions[0]?.texts.language === 'sv' ? 'fullmaktigemotioner' : 'valtuustoaloitteet';
    const preparer = query.preparer ?? actor.displayName;
    const content =
      query.format === 'pdf'
        ? await annualListPdf(editions, preparer)
        : query.format === 'docx'
          ? await annualListDocx(editions, preparer)
          : annualListCsv(editions);
    sendDocument(reply, query.format, `${name}-${listYear(year)}`, content);
  }

  @Post(':year/decision')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Record the council’s decision on the list: closes the initiatives named, lapses the old ones where the rule ' +
      'pack says so (unless kept), all in one transaction',
  })
  @ApiOkResponse({ type: AnnualListDecisionResponse })
  decide(
    @CurrentActor() actor: RequestActor,
    @Param('year') year: string,
    @Body() decision: AnnualListDecisionDto,
  ) {
    return this.annualLists.decide(actor, listYear(year), decision);
  }
}
