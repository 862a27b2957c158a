import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { requestOrigin } from '../http/request-origin';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { OparlKind } from '@aloite/persistence';
import { Public } from '../auth/request-actor';
import { AppError } from '../http/app-error';
import { OparlUrls, oparlSystem } from './oparl-objects';
import { oparlList, oparlPage } from './oparl-paging';
import { OparlService } from './oparl.service';

/**
 * The lists of a Body (a municipality) by their address names, and the kind each lists. Four lists a Body names
 * hold nothing here: people are not tracked (preparers and presenters are printed on their items, never as persons
 * with memberships), a meeting's place is text, and terms are not recorded.
 */
const EMPTY_LISTS = ['people', 'memberships', 'locations', 'legislative-terms'];
const LISTS: Record<string, OparlKind> = {
  organizations: 'organization',
  meetings: 'meeting',
  'agenda-items': 'agendaItem',
  papers: 'paper',
  consultations: 'consultation',
  files: 'file',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CONSULTATION = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[1-9]\d{0,8}$/;

function kindOf(list: string): OparlKind {
  const kind = LISTS[list];
  if (!kind) throw new AppError('NOT_FOUND', 'No such list.');
  return kind;
}

/** An id of the kind's form; anything else names no object (404), and never reaches a query as a uuid. */
function idOf(kind: OparlKind, id: string): string {
  if (!(kind === 'consultation' ? CONSULTATION : UUID).test(id))
    throw new AppError('NOT_FOUND', `No such ${kind}.`);
  return id;
}

const urlsOf = (request: FastifyRequest) => new OparlUrls(requestOrigin(request));
/** The list's own address, without its query: its page links add theirs. */
const listUrl = (request: FastifyRequest) => `${urlsOf(request).origin}${request.url.split('?')[0]}`;

/** Open data in OParl 1.1 (issue 21 item 2), for anyone, outside the staff API's document. */
@ApiExcludeController()
@Public()
@Controller('oparl/v1')
export class OparlController {
  constructor(private readonly oparl: OparlService) {}

  @Get('system')
  system(@Req() request: FastifyRequest) {
    return oparlSystem(urlsOf(request));
  }

  @Get('bodies')
  async bodies(@Req() request: FastifyRequest, @Query() query: Record<string, unknown>) {
    const page = oparlPage(query);
    const { total, data } = await this.oparl.list(urlsOf(request), 'body', null, page.filter);
    return oparlList(listUrl(request), page, total, data);
  }

  @Get('bodies/:slug')
  async body(@Req() request: FastifyRequest, @Param('slug') slug: string) {
    const municipality = await this.oparl.municipality(slug);
    return this.oparl.one(urlsOf(request), 'body', null, municipality.id);
  }

  @Get('bodies/:slug/organizations/:id/meetings')
  async meetingsOf(
    @Req() request: FastifyRequest,
    @Param('slug') slug: string,
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ) {
    const page = oparlPage(query);
    const municipality = await this.oparl.municipality(slug);
    const urls = urlsOf(request);
    await this.oparl.one(urls, 'organization', municipality, idOf('organization', id));
    const { total, data } = await this.oparl.list(urls, 'meeting', municipality, page.filter, id);
    return oparlList(listUrl(request), page, total, data);
  }

  @Get('bodies/:slug/:list')
  async list(
    @Req() request: FastifyRequest,
    @Param('slug') slug: string,
    @Param('list') list: string,
    @Query() query: Record<string, unknown>,
  ) {
    const page = oparlPage(query);
    const municipality = await this.oparl.municipality(slug);
    if (EMPTY_LISTS.includes(list)) return oparlList(listUrl(request), page, 0, []);
    const kind = kindOf(list);
    const { total, data } = await this.oparl.list(urlsOf(request), kind, municipality, page.filter);
    return oparlList(listUrl(request), page, total, data);
  }

  @Get('bodies/:slug/:list/:id')
  async one(
    @Req() request: FastifyRequest,
    @Param('slug') slug: string,
    @Param('list') list: string,
    @Param('id') id: string,
  ) {
    const kind = kindOf(list);
    const municipality = await this.oparl.municipality(slug);
    return this.oparl.one(urlsOf(request), kind, municipality, idOf(kind, id));
  }
}
