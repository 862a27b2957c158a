import { PassThrough } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { seedDemoData } from '@aloite/persistence';
import { openTestDatabase, type TestDatabase } from '@aloite/persistence/testing';
import { createApp, type AppOptions } from '../app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request log', () => {
  let database: TestDatabase;
  const apps: NestFastifyApplication[] = [];
  const lines: Record<string, unknown>[] = [];

  async function logging(options: Partial<AppOptions> = {}): Promise<NestFastifyApplication> {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
    });
    const app = await createApp({
      dataSource: database.dataSource,
      logLevel: 'info',
      logStream: stream,
      ...options,
    });
    apps.push(app);
    return app;
  }
  const requestLines = () => lines.filter((line) => line.msg === 'request');

  beforeAll(async () => {
    database = await openTestDatabase();
    await seedDemoData(database.dataSource);
  });
  beforeEach(() => lines.splice(0));
  afterAll(async () => {
    for (const app of apps) await app.close();
    await database.close();
  });

  it('writes one structured line per request with its status, duration and id, the id also answered', async () => {
    const app = await logging();
    const answers = [
      await app.inject({ method: 'GET', url: '/api/health' }),
      await app.inject({ method: 'GET', url: '/api/initiatives?limit=1' }),
      await app.inject({ method: 'GET', url: '/api/no-such-thing' }),
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'text/plain' },
        payload: 'x',
      }),
    ];
    const ids = answers.map((answer) => answer.headers['x-request-id']);
    expect(requestLines()).toEqual([
      line('GET', '/api/health', 200, ids[0]),
      line('GET', '/api/initiatives?limit=1', 401, ids[1]),
      line('GET', '/api/no-such-thing', 404, ids[2]),
      line('POST', '/api/auth/login', 415, ids[3]),
    ]);
    expect(answers.map((answer) => answer.headers['content-type'])).toEqual([
      expect.stringMatching(/^application\/json/),
      expect.stringMatching(/^application\/problem\+json/),
      expect.stringMatching(/^application\/problem\+json/),
      expect.stringMatching(/^application\/problem\+json/),
    ]);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(4);
  });

  it('takes no request id from a client when no proxy is trusted', async () => {
    const app = await logging();
    const answer = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(answer.headers['x-request-id']).toMatch(UUID);
    expect(requestLines()).toEqual([expect.objectContaining({ requestId: answer.headers['x-request-id'] })]);
  });

  it('keeps a trusted proxy’s short plain request id and replaces any other', async () => {
    const app = await logging({ trustProxy: ['127.0.0.1'] });
    const sent = ['lb-4f2a:17.3', 'x'.repeat(65), 'a"b', 'id\\n{"admin":true}', 'ä', ''];
    const answers = [];
    for (const id of sent)
      answers.push(await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': id } }));
    const ids = answers.map((answer) => answer.headers['x-request-id']);
    expect(ids[0]).toBe('lb-4f2a:17.3');
    for (const id of ids.slice(1)) expect(id).toMatch(UUID);
    expect(requestLines().map((entry) => entry.requestId)).toEqual(ids);
  });
});

function line(method: string, url: string, status: number, requestId: unknown) {
  return expect.objectContaining({ method, url, status, ms: expect.any(Number), requestId });
}
