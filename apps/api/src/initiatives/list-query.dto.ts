import { INITIATIVE_STATES, type InitiativeState } from '@aloite/domain';
import type { DeadlineFilter, ListSort } from '@aloite/persistence';
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
    description: 'Full-text search over title and text, with Finnish stemming',
  })
  q?: string;

  @UuidField({ optional: true, description: 'Has a handling or a statement request at this body' })
  bodyId?: string;

  @QueryInt()
  @IntField(1900, 2200, { optional: true, description: 'Filing year' })
  year?: number;

  @EnumField(['overdue', 'dueSoon'], { optional: true }) deadline?: DeadlineFilter;

  @TextField(200, { optional: true, description: 'Part of a signatory’s name' }) signatory?: string;

  @QueryInt()
  @IntField(1, 200, { optional: true, description: 'Page size, 50 by default' })
  limit?: number;

  @TextField(500, { optional: true, description: 'nextCursor of the previous page' }) cursor?: string;

  @EnumField(['filedAt', '-filedAt', 'dueDate'], { optional: true, description: 'filedAt by default' })
  sort?: ListSort;
}
