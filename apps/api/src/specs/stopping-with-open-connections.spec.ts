import { once } from 'node:events';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { openTestDatabase, type TestDatabase } from '@aloite/persistence/testing';
import { createApp } from '../app';

/** Without the sweep these stops waited for the client (72 s keep-alive, or for ever): beyond the test's timeout. */
describe('stopping while clients keep connections open', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  const clients: Socket[] = [];

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  beforeEach(async () => {
    app = await createApp({ dataSource: database.dataSource, logLevel: 'silent' });
    await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await database.close();
  });

  const openClient = async () => {
    const client = connect((app.getHttpServer().address() as AddressInfo).port, '127.0.0.1');
    clients.push(client);
    await once(client, 'connect');
    const received = { text: '' };
    client.on('data', (chunk: Buffer) => (received.text += chunk.toString()));
    return { client, received, serverEnded: once(client, 'end') };
  };

  it('answers the request in flight, then closes its keep-alive connection and stops', async () => {
    const { client, received, serverEnded } = await openClient();
    const body = JSON.stringify({ municipality: 'kajaani', username: 'nobody', password: 'wrong-password' });
    const headersParsed = once(app.getHttpServer(), 'request');
    client.write(
      'POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n' +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    await headersParsed;

    // The request is in flight when the stop begins: Ctrl-C while a clerk's save is on its way.
    const stopped = app.close();
    client.write(body.slice(10));

    await stopped;
    await serverEnded;
    expect(received.text).toMatch(/^HTTP\/1\.1 401 /);
    expect(received.text).toContain('application/problem+json');
  });

  it('does not wait for a client that connected but has sent nothing, or only part of its headers', async () => {
    const silent = await openClient();
    const halfway = await openClient();
    halfway.client.write('GET /api/health HTTP/1.1\r\nHost: loc');
    const answered = await openClient();
    answered.client.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await once(answered.client, 'data');

    await app.close();
    await Promise.all([silent.serverEnded, halfway.serverEnded, answered.serverEnded]);
    expect(silent.received.text).toBe('');
    expect(halfway.received.text).toBe('');
    expect(answered.received.text).toMatch(/^HTTP\/1\.1 200 /);
  });
});
