import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, type RequestActor } from '../auth/request-actor';
import { IdPipe } from '../http/params';
import { LinkDto } from './link.dto';
import { LinkResponse } from './link.responses';
import { LinksService } from './links.service';

@ApiTags('initiatives')
@Controller('api/initiatives/:id/links')
export class LinksController {
  constructor(private readonly links: LinksService) {}

  @Get()
  @ApiOperation({ summary: 'The initiative’s links, both ways, removed ones included as history' })
  @ApiOkResponse({ type: LinkResponse, isArray: true })
  list(@CurrentActor() actor: RequestActor, @Param('id', IdPipe) id: string) {
    return this.links.list(actor, id);
  }

  @Post()
  @ApiOperation({ summary: 'Link the initiative to another of the municipality’s (registrar)' })
  @ApiCreatedResponse({ type: LinkResponse, description: 'The link as this initiative sees it' })
  add(@CurrentActor() actor: RequestActor, @Param('id', IdPipe) id: string, @Body() link: LinkDto) {
    return this.links.add(actor, id, link);
  }

  @Delete(':linkId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a link (registrar); it stays in its history' })
  @ApiNoContentResponse()
  async remove(
    @CurrentActor() actor: RequestActor,
    @Param('id', IdPipe) id: string,
    @Param('linkId', IdPipe) linkId: string,
  ) {
    await this.links.remove(actor, id, linkId);
  }
}
