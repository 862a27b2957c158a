import { Controller, Get, Module, Res, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiExcludeController } from '@nestjs/swagger';
import multipart from '@fastify/multipart';
import { LogController, type FastifyReply } from 'fastify';
import helmet from 'helmet';
import { DatabaseProbe } from '@aloite/persistence';
import { AppError } from './http/app-error';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { OidcController } from './auth/oidc/oidc.controller';
import { OidcProviders } from './auth/oidc/oidc-providers';
import { OidcSignIn } from './auth/oidc/oidc-sign-in.service';
import { SignInSettingsController } from './auth/oidc/sign-in-settings.controller';
import { Public } from './auth/request-actor';
import { UsersController } from './users/users.controller';
import { DashboardController } from './dashboard/dashboard.controller';
import { RegistrarTasks } from './dashboard/registrar-tasks';
import { Mailer } from './reminders/mailer';
import { ReminderSchedule } from './reminders/reminder-schedule';
import { RemindersController } from './reminders/reminders.controller';
import { RemindersService } from './reminders/reminders.service';
import { AnnualListController } from './annual-list/annual-list.controller';
import { AnnualListService } from './annual-list/annual-list.service';
import {
  ATTACHMENT_BOUNDS,
  DEFAULT_ATTACHMENT_BOUNDS,
  type AttachmentBounds,
} from './attachments/attachment-bounds';
import { AttachmentsController } from './attachments/attachments.controller';
import {
  ATTACHMENT_MAX_BYTES,
  AttachmentsService,
  DEFAULT_ATTACHMENT_MAX_BYTES,
  documentTooLarge,
} from './attachments/attachments.service';
import { BodiesController } from './bodies/bodies.controller';
import { Clock, SystemClock } from './clock';
import type { LogLevel, TrustProxy } from './config';
import type { Database } from './database';
import { DatabaseModule } from './database.module';
import { AdminLogController } from './admin/admin-log.controller';
import { HealthController } from './health/health.controller';
import { Metrics } from './metrics/metrics';
import { requestIdOf, returnRequestId } from './http/request-id';
import { ProblemFilter, sendProblem } from './http/problem.filter';
import { refuseCrossSiteCookieChanges } from './http/same-origin';
import { applyRouteBodyLimit, parseJsonBody } from './http/json-body';
import { createValidationPipe } from './http/validation';
import { InitiativesController } from './initiatives/initiatives.controller';
import { InitiativesService } from './initiatives/initiatives.service';
import { LinksController } from './initiatives/links.controller';
import { LinksService } from './initiatives/links.service';
import { StatementRequestsController } from './initiatives/statement-requests.controller';
import { StatementRequestsService } from './initiatives/statement-requests.service';
import { MeetingsController } from './meetings/meetings.controller';
import { MeetingsService } from './meetings/meetings.service';
import { MunicipalityController } from './municipality/municipality.controller';
import { RulePacksController } from './municipality/rule-packs.controller';
import { RulePacksService } from './municipality/rule-packs.service';
import { setUpOpenApi } from './openapi';
import { OparlController } from './oparl/oparl.controller';
import { OparlService } from './oparl/oparl.service';
import { PublicPagesController } from './public/pages/public-pages.controller';
import { PublicDataService } from './public/public-data.service';
import { PublicFeedsController } from './public/public-feeds.controller';
import { DEFAULT_PUBLIC_RATE_LIMIT, registerPublicHttp } from './public/public-http';
import { servePublicOnly } from './public/public-only';
import { endConnectionsOnClose } from './stopping';
import { serveWebApp } from './web-app';

/** Without a web build (an API-only deployment), the root opens the API's browsable docs. */
@ApiExcludeController()
@Controller()
class RootController {
  @Get()
  @Public()
  root(@Res() reply: FastifyReply) {
    void reply.redirect('/api/docs', 302);
  }
}

function metricsOf(probe: DatabaseProbe): Metrics {
  const metrics = new Metrics();
  metrics.watchDatabase(probe);
  return metrics;
}

@Module({})
class AppModule {
  static with(
    dataSource: Database['dataSource'],
    clock: Clock,
    serveWeb: boolean,
    attachmentMaxBytes: number,
    attachmentBounds: AttachmentBounds,
    mailer: Mailer | null,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [DatabaseModule.on(dataSource)],
      controllers: [
        ...(serveWeb ? [] : [RootController]),
        HealthController,
        AuthController,
        OidcController,
        SignInSettingsController,
        UsersController,
        InitiativesController,
        StatementRequestsController,
        LinksController,
        BodiesController,
        MeetingsController,
        MunicipalityController,
        RulePacksController,
        DashboardController,
        AnnualListController,
        AttachmentsController,
        RemindersController,
        AdminLogController,
        PublicFeedsController,
        OparlController,
        PublicPagesController,
      ],
      providers: [
        { provide: Clock, useValue: clock },
        InitiativesService,
        StatementRequestsService,
        LinksService,
        MeetingsService,
        AnnualListService,
        RulePacksService,
        RegistrarTasks,
        AttachmentsService,
        { provide: ATTACHMENT_MAX_BYTES, useValue: attachmentMaxBytes },
        { provide: ATTACHMENT_BOUNDS, useValue: attachmentBounds },
        { provide: Mailer, useValue: mailer },
        RemindersService,
        ReminderSchedule,
        PublicDataService,
        OparlService,
        AuthService,
        OidcProviders,
        OidcSignIn,
        { provide: Metrics, useFactory: metricsOf, inject: [DatabaseProbe] },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}

export interface AppOptions {
  dataSource: Database['dataSource'];
  clock?: Clock;
  logLevel?: LogLevel;
  /** Where log lines go; standard output by default. */
  logStream?: NodeJS.WritableStream;
  /** The web app's production build, served at `/`; without it the API runs alone. */
  webRoot?: string;
  /** The largest document accepted, in bytes; 20 MiB by default. */
  attachmentMaxBytes?: number;
  /** Documents per initiative and the anonymous download idle timeout; the defaults unless a test lowers them. */
  attachmentBounds?: Partial<AttachmentBounds>;
  /** Where deadline reminders are sent from; without one, reminders are off. */
  mailer?: Mailer;
  /** Requests a minute one client address may make under `/public/` and `/oparl/`; 600 by default. */
  publicRateLimit?: number;
  /** The proxies whose X-Forwarded-* headers tell the client's address and scheme; none by default. */
  trustProxy?: TrustProxy;
  /** Serve only the public side and the health endpoints (a process the public readers are routed to). */
  publicOnly?: boolean;
  /** Which of several API processes this is (API_PROCESSES): each answer names it in `x-aloite-process`. */
  processNumber?: string;
}

/** Room for the multipart framing and form fields around the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const UPLOAD_PATH = /^\/api\/initiatives\/[^/]+\/attachments(\?|$)/;

export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** Fastify takes a hop count too, but Nest's adapter types do not: the same rule as a function of the hop. */
function trustProxyOption(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

export async function createApp(options: AppOptions): Promise<NestFastifyApplication> {
  const attachmentMaxBytes = options.attachmentMaxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES;
  const adapter = new FastifyAdapter({
    logger:
      options.logLevel === 'silent'
        ? false
        : { level: options.logLevel ?? 'info', ...(options.logStream ? { stream: options.logStream } : {}) },
    // Fastify's own two lines per request are replaced by the one below.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: trustProxyOption(options.trustProxy ?? false),
    genReqId: requestIdOf(
      options.trustProxy !== undefined && options.trustProxy !== false && options.trustProxy !== 0,
    ),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.with(
      options.dataSource,
      options.clock ?? new SystemClock(),
      options.webRoot !== undefined,
      attachmentMaxBytes,
      { ...DEFAULT_ATTACHMENT_BOUNDS, ...options.attachmentBounds },
      options.mailer ?? null,
    ),
    adapter,
    { logger: options.logLevel === 'silent' ? false : ['error', 'warn'] },
  );
  app.useGlobalPipes(createValidationPipe());
  const fastify = app.getHttpAdapter().getInstance();
  returnRequestId(fastify);
  fastify.addHook('onRoute', applyRouteBodyLimit);
  app.useBodyParser(['application/json', 'application/problem+json'], {}, parseJsonBody);
  // Security headers; CORS stays closed (Nest enables it only when asked). The docs page needs Swagger UI's inline
  // styles and its own scripts. Built once: @fastify/helmet built them again for every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
  if (options.publicOnly) servePublicOnly(fastify);
  const metrics = app.get(Metrics);
  // One structured line per request: its id (bound to the request's logger), method, path, status and duration.
  fastify.addHook('onResponse', (request, reply, done) => {
    metrics.observeRequest(
      request.method,
      request.routeOptions.url,
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    request.log.info(
      {
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
    done();
  });
  const processNumber = options.processNumber;
  if (processNumber) {
    fastify.addHook('onRequest', (_request, reply, done) => {
      reply.header('x-aloite-process', processNumber);
      done();
    });
  }
  await registerPublicHttp(fastify, options.publicRateLimit ?? DEFAULT_PUBLIC_RATE_LIMIT);
  endConnectionsOnClose(fastify);
  refuseCrossSiteCookieChanges(fastify);
  await app.register(multipart, {
    limits: { fileSize: attachmentMaxBytes, files: 1, fields: 8, fieldSize: 2_000, parts: 10 },
  });
  // The API speaks JSON only, but for documents: a body of another type is refused before it is parsed, and a
  // document announced as too large before any of it is read.
  fastify.addHook('onRequest', (request, reply, done) => {
    const length = Number(request.headers['content-length'] ?? 0);
    const hasBody = length > 0 || request.headers['transfer-encoding'] !== undefined;
    const type = request.headers['content-type'] ?? '';
    const upload = request.method === 'POST' && UPLOAD_PATH.test(request.url);
    if (upload && length > attachmentMaxBytes + MULTIPART_OVERHEAD_BYTES) {
      sendProblem(reply, documentTooLarge(attachmentMaxBytes), request.log);
      return;
    }
    const allowed = upload ? /^multipart\/form-data\s*;/i : /^application\/(problem\+)?json\s*(;|$)/i;
    if (hasBody && !allowed.test(type)) {
      sendProblem(
        reply,
        new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          upload
            ? 'Send the document as multipart/form-data with a `file` part.'
            : 'Send the request body as application/json.',
        ),
        request.log,
      );
      return;
    }
    done();
  });
  setUpOpenApi(app);
  if (options.webRoot) await serveWebApp(app, options.webRoot);
  await app.init();
  return app;
}
