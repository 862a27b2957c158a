import {
  INITIATIVE_STATES,
  READER_LANGUAGES,
  type InitiativeState,
  type ReaderLanguage,
} from '@aloite/domain';
import { LIST_SORTS, type DeadlineFilter, type ListSort } from '@aloite/persistence';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { EnumField, IntField, QueryInt, QueryList, TextField, UuidField } from '../validation/fields';

export class ListQueryDto {
  @QueryList()
  @IsIn([...INITIATIVE_STATES], {
    each: true,
    message: `state must be one of: ${INITIATIVE_STATES.join(', ')}`,
  })
  @ApiProperty({
    enum: INITIATIVE_STATES,
    isArray: true,
    required: false,
    description: 'Repeat for several states',
  })
  state: InitiativeState[] = [];

  @TextField(200, {
    optional: true,
    description:
      'Words of the title and text (Finnish or Swedish stemming; "quoted phrases", -excluded words, or), a diary number whole or in part, or a signatory’s name with or without diacritics',
  })
  q?: string;

  @UuidField({ optional: true, description: 'Has a handling or a statement request at this body' })
  bodyId?: string;

  @QueryInt()
  @IntField(1900, 2200, { optional: true, description: 'Filing year' })
  year?: number;

  @EnumField(['overdue', 'dueSoon'], { optional: true }) deadline?: DeadlineFilter;

  @TextField(200, { optional: true, description: 'Part of a signatory’s name, with or without diacritics' })
  signatory?: string;

  @QueryInt()
  @IntField(1, 200, { optional: true, description: 'Page size, 50 by default' })
  limit?: number;

  @TextField(500, { optional: true, description: 'nextCursor of the previous page' }) cursor?: string;

  @EnumField(LIST_SORTS, {
    optional: true,
    description:
      'relevance by default with q (filedAt past 1,000 matches: see the page’s sort), filedAt without',
  })
  sort?: ListSort;
}

export class ReaderLanguageQueryDto {
  @EnumField(READER_LANGUAGES, { optional: true, description: 'The reader’s language: fi by default' })
  language?: ReaderLanguage;
}

const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class ListExportQueryDto extends ListQueryDto {
  @EnumField(EXPORT_FORMATS) format!: ExportFormat;

  @EnumField(READER_LANGUAGES, {
    optional: true,
    description: 'The headers’ and states’ language: fi by default',
  })
  language?: ReaderLanguage;
}
