import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { AdminLogStore } from '@aloite/persistence';
import { CurrentActor, requirePermission, type RequestActor } from '../auth/request-actor';
import { IntField, QueryInt, TextField } from '../validation/fields';
import { AdminLogPageResponse } from './admin-log.responses';

export class AdminLogQueryDto {
  @QueryInt()
  @IntField(1, 200, { optional: true, description: 'How many changes, 50 by default' })
  limit?: number;
  @Matches(/^[1-9]\d{0,17}$/, { message: 'cursor must be the nextCursor of a previous page' })
  @TextField(18, { optional: true, description: 'nextCursor of the previous page' })
  cursor?: string;
}

@ApiTags('admin')
@Controller('api/admin/log')
export class AdminLogController {
  constructor(private readonly log: AdminLogStore) {}

  @Get()
  @ApiOperation({
    summary:
      'The log of administrative changes to users, bodies, the municipality and its rules, newest first (admin)',
  })
  @ApiOkResponse({ type: AdminLogPageResponse })
  async page(
    @CurrentActor() actor: RequestActor,
    @Query() query: AdminLogQueryDto,
  ): Promise<AdminLogPageResponse> {
    requirePermission(
      actor,
      'MANAGE_ACCOUNTS',
      'Only an administrator reads the log of administrative changes.',
    );
    const limit = query.limit ?? 50;
    // One more than asked tells whether an older page exists.
    const rows = await this.log.page(actor.municipalityId, query.cursor ?? null, limit + 1);
    const items = rows.slice(0, limit).map((row) => ({ ...row, changedAt: row.changedAt.toISOString() }));
    return { items, nextCursor: rows.length > limit ? (items.at(-1)?.seq ?? null) : null };
  }
}
