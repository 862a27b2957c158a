import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type RequestActor } from '../auth/request-actor';
import { IdPipe, parseIfMatch } from '../http/params';
import { InitiativeResponse } from './initiative.responses';
import { StatementRequestsDto } from './statement-requests.dto';
import { StatementRequestsService } from './statement-requests.service';

@ApiTags('initiatives')
@Controller('api/initiatives')
export class StatementRequestsController {
  constructor(private readonly requests: StatementRequestsService) {}

  @Post(':id/statement-requests')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ask several bodies or office holders for statements at once (registrar): all of them, or none',
    description:
      'Each request is recorded as its own REQUEST_STATEMENT audit entry, in the order given. If one is refused, ' +
      'nothing is recorded: a field error names the request (`requests.1.dueDate`), a refused step its ' +
      '`requestIndex`.',
  })
  @ApiOkResponse({ type: InitiativeResponse, description: 'The initiative after the requests' })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The version you loaded, e.g. "3": refused with 409 if stale',
  })
  request(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Body() dto: StatementRequestsDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    return this.requests.request(actor, id, dto, parseIfMatch(ifMatch));
  }
}
