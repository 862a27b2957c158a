import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { READER_LANGUAGES, UUID_PATTERN, listYearOf, type ReaderLanguage } from '@aloite/domain';
import type { Municipality } from '@aloite/persistence';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import { AnnualListService } from '../../annual-list/annual-list.service';
import { Public } from '../../auth/request-actor';
import { bodyNameIn } from '../../municipality/languages';
import { Clock } from '../../clock';
import { AppError } from '../../http/app-error';
import { problemOf, toAppError } from '../../http/problem';
import { PublicDataService } from '../public-data.service';
import { publicMunicipality, type PublicBody } from '../public-view';
import { accessibilityPage, accessibilityTitle } from './accessibility-page';
import { annualListPage, annualListsPage, annualListYears } from './annual-list-page';
import { bodyPage } from './body-page';
import { errorPage } from './error-page';
import { date, queryText, yearOf } from './format';
import { renderDocument } from './html';
import { initiativePage } from './initiative-page';
import { feedLinks, layout, pagePath, type PageAddress } from './layout';
import { listForm, listPage, listQuery } from './list-page';
import { meetingPage } from './meeting-page';
import { PUBLIC_STYLES } from './styles';
import { PAGE_TEXTS } from './texts';

/** What a page handler has to hand: the municipality, the page's address and the municipality's bodies. */
interface PageContext {
  municipality: Municipality;
  address: PageAddress;
  bodies: PublicBody[];
  query: Record<string, unknown>;
}

/** The address's parts; checked here, not by the validation pipe, so a refusal is a page. */
interface PageParams {
  slug: string;
  lang: string;
  id?: string;
  year?: string;
}

interface Page {
  title: string;
  content: ReactNode;
  feeds?: ReturnType<typeof feedLinks>;
}

const isReaderLanguage = (lang: string): lang is ReaderLanguage =>
  (READER_LANGUAGES as readonly string[]).includes(lang);

/** A malformed id names nothing: 404, like an id that does not exist (and never reaches SQL). */
function requireId(id: string, what: string): string {
  if (!UUID_PATTERN.test(id)) throw new AppError('NOT_FOUND', `No ${what} ${id.slice(0, 60)}.`);
  return id.toLowerCase();
}

/**
 * The public pages (issue 21): server-rendered HTML that works without JavaScript, in Finnish, Swedish and English,
 * made from public-view.ts shapes only. A refusal is a page too, in the reader's language, with its status.
 */
@ApiExcludeController()
@Controller('public')
export class PublicPagesController {
  constructor(
    private readonly data: PublicDataService,
    private readonly annualListService: AnnualListService,
    private readonly clock: Clock,
  ) {}

  @Get('styles.css')
  @Public()
  styles(@Res() reply: FastifyReply) {
    void reply.type('text/css; charset=utf-8').send(PUBLIC_STYLES);
  }

  @Get(':slug')
  @Public()
  async home(@Param('slug') slug: string, @Res() reply: FastifyReply) {
    try {
      const municipality = await this.data.municipality(slug);
      void reply.redirect(pagePath({ slug: municipality.slug, lang: municipality.language }), 302);
    } catch (error) {
      this.refuse(reply, error, null, 'fi');
    }
  }

  @Get(':slug/:lang')
  @Public()
  list(@Param() params: PageParams, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.page(request, reply, params, '', async ({ municipality, address, bodies, query }) => {
      const form = listForm(query, bodies);
      const page = await this.data.list(municipality, listQuery(form));
      const thisYear = Number(this.clock.today().slice(0, 4));
      return {
        title: PAGE_TEXTS[address.lang].list.title,
        content: listPage(address, form, page, bodies, thisYear),
        feeds: feedLinks(address),
      };
    });
  }

  @Get(':slug/:lang/initiatives/:id')
  @Public()
  initiative(@Param() params: PageParams, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.page(
      request,
      reply,
      params,
      `/initiatives/${params.id}`,
      async ({ municipality, address, bodies }) => {
        const found = await this.data.initiative(municipality, requireId(params.id ?? '', 'initiative'));
        return {
          title: found.initiative.title,
          content: initiativePage(address, found, bodies),
          feeds: feedLinks(address),
        };
      },
    );
  }

  @Get(':slug/:lang/bodies/:id')
  @Public()
  body(@Param() params: PageParams, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.page(
      request,
      reply,
      params,
      `/bodies/${params.id}`,
      async ({ municipality, address, bodies, query }) => {
        const body = bodies.find((candidate) => candidate.id === requireId(params.id ?? '', 'body'));
        if (!body) throw new AppError('NOT_FOUND', `No body ${params.id}.`);
        const year = yearOf(queryText(query, 'year', 4)) ?? Number(this.clock.today().slice(0, 4));
        const calendar = await this.data.meetingsOf(municipality, body.id, null);
        const meetings = calendar.filter((meeting) => meeting.date.startsWith(`${year}-`));
        const years = calendar.map((meeting) => Number(meeting.date.slice(0, 4)));
        return {
          title: address.lang === 'sv' ? (body.nameSv ?? body.name) : body.name,
          content: bodyPage(address, body, bodies, { year, meetings, years }),
          feeds: feedLinks(address, body.id),
        };
      },
    );
  }

  @Get(':slug/:lang/meetings/:id')
  @Public()
  meeting(@Param() params: PageParams, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.page(
      request,
      reply,
      params,
      `/meetings/${params.id}`,
      async ({ municipality, address, bodies }) => {
        const found = await this.data.meeting(municipality, requireId(params.id ?? '', 'meeting'));
        const body = bodyNameIn(bodies, address.lang)(found.meeting.bodyId);
        return {
          title: `${PAGE_TEXTS[address.lang].meeting.agenda}: ${body} ${date(found.meeting.date)}`,
          content: meetingPage(address, found, bodies),
          feeds: feedLinks(address, found.meeting.bodyId),
        };
      },
    );
  }

  @Get(':slug/:lang/annual-lists')
  @Public()
  annualLists(@Param() params: PageParams, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.page(request, reply, params, '/annual-lists', ({ address }) =>
      Promise.resolve({
        title: PAGE_TEXTS[address.lang].annualLists,
        content: annualListsPage(address, annualListYears(Number(this.clock.today().slice(0, 4)))),
      }),
    );
  }

  @Get(':slug/:lang/annual-lists/:year')
  @Public()
  annualList(@Param() params: PageParams, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.page(
      request,
      reply,
      params,
      `/annual-lists/${params.year}`,
      async ({ municipality, address }) => {
        const listYear = listYearOf(params.year ?? '');
        if (listYear === null)
          throw new AppError('NOT_FOUND', `No annual list of ${params.year?.slice(0, 20)}.`);
        // English readers get the list in the municipality's own language: the measures are the minutes' words.
        const language = address.lang === 'en' ? municipality.language : address.lang;
        const list = await this.annualListService.publicEdition(municipality.id, listYear, language);
        return {
          title: PAGE_TEXTS[address.lang].annualList.title(listYear),
          content: annualListPage(address, listYear, list),
        };
      },
    );
  }

  @Get(':slug/:lang/accessibility')
  @Public()
  accessibility(@Param() params: PageParams, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.page(request, reply, params, '/accessibility', ({ municipality, address }) =>
      Promise.resolve({
        title: accessibilityTitle(address.lang),
        content: accessibilityPage(address.lang, municipality.name),
      }),
    );
  }

  private async page(
    request: FastifyRequest,
    reply: FastifyReply,
    { slug, lang }: PageParams,
    path: string,
    build: (context: PageContext) => Promise<Page>,
  ): Promise<void> {
    let municipality: Municipality | null = null;
    let language: ReaderLanguage = 'fi';
    try {
      municipality = await this.data.municipality(slug);
      language = municipality.language;
      if (!isReaderLanguage(lang)) throw new AppError('NOT_FOUND', `No language ${lang.slice(0, 20)}.`);
      language = lang;
      const query = request.query as Record<string, unknown>;
      const search = request.url.indexOf('?');
      const address = {
        slug: municipality.slug,
        lang,
        rest: `${path}${search < 0 ? '' : request.url.slice(search)}`,
      };
      const bodies = await this.data.bodiesOf(municipality);
      const page = await build({ municipality, address, bodies, query });
      const html = renderDocument(
        layout({
          address,
          municipality: publicMunicipality(municipality),
          title: page.title,
          feeds: page.feeds,
          children: page.content,
        }),
      );
      void reply.type('text/html; charset=utf-8').header('content-language', lang).send(html);
    } catch (error) {
      this.refuse(reply, error, municipality, language);
    }
  }

  private refuse(
    reply: FastifyReply,
    error: unknown,
    municipality: Municipality | null,
    lang: ReaderLanguage,
  ): void {
    const appError = toAppError(error);
    const { status } = problemOf(appError);
    if (status >= 500) reply.log.error({ err: error }, 'unexpected error');
    const address = { slug: municipality?.slug ?? '', lang, rest: '' };
    const home = municipality ? pagePath(address) : null;
    const html = renderDocument(
      layout({
        address,
        municipality: municipality && publicMunicipality(municipality),
        title: PAGE_TEXTS[lang].error.title(status),
        children: errorPage(lang, status, home),
      }),
    );
    void reply.status(status).type('text/html; charset=utf-8').header('content-language', lang).send(html);
  }
}
