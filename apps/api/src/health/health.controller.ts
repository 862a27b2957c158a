import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/request-actor';
import type { FastifyReply } from 'fastify';
import { DatabaseProbe } from '@aloite/persistence';
import { RETRY_AFTER_SECONDS } from '../http/problem';
import { HealthResponse, LiveResponse, ReadyResponse } from './health.response';

const PROBE_TIMEOUT_MS = 2_000;

/** What `probe` resolves to, or `null` when it fails or takes longer than a probe may. */
function withinTimeout<T>(probe: Promise<T>): Promise<T | null> {
  return Promise.race([
    probe.catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), PROBE_TIMEOUT_MS).unref()),
  ]);
}

function unavailable(reply: FastifyReply): void {
  void reply.status(503).header('Retry-After', String(RETRY_AFTER_SECONDS));
}

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(private readonly database: DatabaseProbe) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and database reachability' })
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'The database is not reachable' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const up = (await withinTimeout(this.database.ping().then(() => true))) ?? false;
    if (!up) unavailable(reply);
    return { status: up ? 'ok' : 'unavailable', db: up ? 'up' : 'down' };
  }

  @Get('live')
  @Public()
  @ApiOperation({
    summary: 'Liveness: the process answers (the database is not asked)',
    description:
      'For an orchestrator’s liveness probe and the image’s health check: restart the process if it fails.',
  })
  @ApiOkResponse({ type: LiveResponse })
  live(): LiveResponse {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({
    summary: 'Readiness: the database answers and every migration of this build is applied',
    description:
      'For a load balancer and an orchestrator’s readiness probe: send no requests while it fails.',
  })
  @ApiOkResponse({ type: ReadyResponse })
  @ApiServiceUnavailableResponse({
    type: ReadyResponse,
    description: 'Not ready: `checks` tells which failed',
  })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadyResponse> {
    const missing = await withinTimeout(this.database.missingMigrations());
    const checks: ReadyResponse['checks'] = {
      database: missing === null ? 'down' : 'up',
      migrations: missing === null ? 'unknown' : missing.length === 0 ? 'current' : 'behind',
    };
    const ready = checks.migrations === 'current';
    if (!ready) unavailable(reply);
    return { status: ready ? 'ok' : 'unavailable', checks };
  }
}
