import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { requestOrigin } from '../http/request-origin';
import { ApiExcludeController } from '@nestjs/swagger';
import { LIST_YEARS, listYearOf, READER_LANGUAGES, type ReaderLanguage } from '@aloite/domain';
import type { Municipality } from '@aloite/persistence';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/request-actor';
import { Clock } from '../clock';
import { DOCUMENT_TYPES } from '../documents/document-reply';
import { AppError, invalid } from '../http/app-error';
import { dataCsv, dataRows } from './public-data-download';
import { PublicDataService } from './public-data.service';
import {
  DECIDED_INITIATIVES,
  decisionEntries,
  FEED_CONTENT_TYPES,
  FEED_FORMATS,
  FEED_KINDS,
  FEED_LENGTH,
  initiativeEntries,
  meetingsCalendar,
  renderFeed,
  type FeedFormat,
  type FeedKind,
  type FeedSite,
} from './public-feeds';

const FEED_FILE = new RegExp(`^(${FEED_KINDS.join('|')})\\.(${FEED_FORMATS.join('|')})$`);
const DATA_FILE = /^initiatives-(\d{1,6})\.(csv|json)$/;

/**
 * Feeds (Atom, RSS, iCalendar) and the yearly open-data download (issue 21): anonymous, made only of
 * public-view.ts's shapes. Cached and rate-limited with every public answer (public-http.ts).
 */
@ApiExcludeController()
@Controller('public/:slug')
export class PublicFeedsController {
  constructor(
    private readonly data: PublicDataService,
    private readonly clock: Clock,
  ) {}

  @Get('feeds/:file')
  @Public()
  async feed(
    @Param('slug') slug: string,
    @Param('file') file: string,
    @Query('lang') lang: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    await this.sendFeed(slug, null, file, lang, request, reply);
  }

  @Get('bodies/:bodyId/feeds/:file')
  @Public()
  async bodyFeed(
    @Param('slug') slug: string,
    @Param('bodyId') bodyId: string,
    @Param('file') file: string,
    @Query('lang') lang: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    await this.sendFeed(slug, bodyId, file, lang, request, reply);
  }

  @Get('bodies/:bodyId/meetings.ics')
  @Public()
  async meetings(
    @Param('slug') slug: string,
    @Param('bodyId') bodyId: string,
    @Query('lang') lang: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { municipality, site } = await this.context(slug, lang, request);
    const body = await this.data.body(municipality, bodyId);
    const meetings = await this.data.meetingsOf(municipality, body.id, null);
    void reply.type(FEED_CONTENT_TYPES.ics).send(meetingsCalendar(site, body, meetings));
  }

  @Get('data/:file')
  @Public()
  async yearData(
    @Param('slug') slug: string,
    @Param('file') file: string,
    @Query('lang') lang: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { municipality, site } = await this.context(slug, lang, request);
    const [, digits, format] = DATA_FILE.exec(file) ?? [];
    if (!digits || !format) throw new AppError('NOT_FOUND', `No data file ${file}.`);
    const year = listYearOf(digits);
    if (year === null) {
      throw invalid('year', `must be a whole year from ${LIST_YEARS.min} to ${LIST_YEARS.max}`, 'year', {
        earliest: LIST_YEARS.min,
        latest: LIST_YEARS.max,
      });
    }
    const rows = dataRows(site, await this.data.initiativesOfYear(municipality, year));
    const name = `${site.slug}-initiatives-${year}`;
    if (format === 'csv') {
      void reply
        .type(DOCUMENT_TYPES.csv)
        .header('content-disposition', `attachment; filename="${name}.csv"`)
        .send(dataCsv(rows));
    } else {
      void reply.type('application/json; charset=utf-8').send(JSON.stringify(rows));
    }
  }

  private async sendFeed(
    slug: string,
    bodyId: string | null,
    file: string,
    lang: unknown,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<void> {
    const { municipality, site } = await this.context(slug, lang, request);
    const body = bodyId === null ? null : await this.data.body(municipality, bodyId);
    const [, kind, format] = (FEED_FILE.exec(file) ?? []) as [string, FeedKind?, FeedFormat?];
    if (!kind || !format) throw new AppError('NOT_FOUND', `No feed ${file}.`);
    const entries =
      kind === 'initiatives'
        ? initiativeEntries(
            site,
            (await this.data.list(municipality, { bodyId: body?.id ?? null, limit: FEED_LENGTH })).items,
          )
        : decisionEntries(
            site,
            await this.data.recentlyDecided(municipality, body?.id ?? null, DECIDED_INITIATIVES),
            body?.id ?? null,
          );
    const self = `${site.origin}${request.url}`;
    void reply.type(FEED_CONTENT_TYPES[format]).send(renderFeed(site, kind, body, entries, format, self));
  }

  /** The municipality (404 for an unknown one) and the reader's language: `?lang=`, or the municipality's. */
  private async context(
    slug: string,
    lang: unknown,
    request: FastifyRequest,
  ): Promise<{ municipality: Municipality; site: FeedSite }> {
    const municipality = await this.data.municipality(slug);
    if (lang !== undefined && !READER_LANGUAGES.includes(lang as ReaderLanguage)) {
      throw invalid('lang', `must be one of: ${READER_LANGUAGES.join(', ')}`, 'isIn');
    }
    const site: FeedSite = {
      origin: requestOrigin(request),
      slug: municipality.slug,
      municipality: municipality.name,
      lang: (lang as ReaderLanguage | undefined) ?? municipality.language,
      today: this.clock.today(),
      bodies: await this.data.bodiesOf(municipality),
    };
    return { municipality, site };
  }
}
