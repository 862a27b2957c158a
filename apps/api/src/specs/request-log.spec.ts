import { PassThrough } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { seedDemoData } from '@aloite/persistence';
import { openTestDatabase, type TestDatabase } from '@aloite/persistence/testing';
import { createApp } from '../app';

describe('request log', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    database = await openTestDatabase();
    await seedDemoData(database.dataSource);
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
    });
    app = await createApp({ dataSource: database.dataSource, logLevel: 'info', logStream: stream });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('writes one structured line per request with its status and duration', async () => {
    await app.inject({ method: 'GET', url: '/api/health' });
    await app.inject({ method: 'GET', url: '/api/initiatives?limit=1' });
    const requests = lines.filter((line) => line.msg === 'request');
    expect(requests).toEqual([
      expect.objectContaining({ method: 'GET', url: '/api/health', status: 200, ms: expect.any(Number) }),
      expect.objectContaining({
        method: 'GET',
        url: '/api/initiatives?limit=1',
        status: 401,
        ms: expect.any(Number),
      }),
    ]);
  });
});
