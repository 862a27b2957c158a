import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/request-actor';
import type { FastifyReply } from 'fastify';
import { DatabaseProbe } from '@aloite/persistence';
import { RETRY_AFTER_SECONDS } from '../http/problem';
import { HealthResponse } from './health.response';

const PROBE_TIMEOUT_MS = 2_000;

@ApiTags('health')
@Controller('api')
export class HealthController {
  constructor(private readonly database: DatabaseProbe) {}

  @Get('health')
  @Public()
  @ApiOperation({ summary: 'Liveness and database reachability' })
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'The database is not reachable' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const up = await Promise.race([
      this.database.ping().then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PROBE_TIMEOUT_MS).unref()),
    ]);
    if (!up) void reply.status(503).header('Retry-After', String(RETRY_AFTER_SECONDS));
    return { status: up ? 'ok' : 'unavailable', db: up ? 'up' : 'down' };
  }
}
