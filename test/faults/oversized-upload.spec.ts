import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createTestDatabase, freePort } from '@aloite/persistence/testing';
import { ApiProcess } from '../support/api-process';

// A 512 MB upload against a 1 MB limit: the API must answer 413 and never hold the file, which only a separate
// process can show (its peak resident memory, VmHWM).

const LIMIT = 1024 * 1024;
const TOTAL = 512 * 1024 * 1024;

function peakMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
  return Math.round(kilobytes / 1024);
}

/** Streams the upload with backpressure, stopping when the server answers; resolves with what it said. */
function uploadUntilAnswered(url: string, token: string): Promise<{ status: number; sent: number }> {
  const chunk = Buffer.alloc(256 * 1024, 0x41);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = httpRequest(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=x' },
    });
    request.on('error', (error) => (answered ? undefined : reject(error)));
    request.on('response', (response) => {
      answered = true;
      response.resume();
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, sent });
      });
    });
    request.write(
      '--x\r\nContent-Disposition: form-data; name="publicity"\r\n\r\npublic\r\n' +
        '--x\r\nContent-Disposition: form-data; name="file"; filename="iso.txt"\r\n\r\n',
    );
    const pump = () => {
      while (!answered && sent < TOTAL) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!answered) request.end('\r\n--x--\r\n');
    };
    pump();
  });
}

describe('an oversized upload', () => {
  let api: ApiProcess;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    api = new ApiProcess(database.url, await freePort(), { ATTACHMENT_MAX_BYTES: String(LIMIT) });
    await api.start();
  });
  afterAll(async () => {
    await api.stop();
    await drop();
  });

  it('is refused with 413 while the API’s memory stays far below the file’s size', async () => {
    const token = (
      await api.call('POST', '/api/auth/login', null, {
        username: 'hallintojohtaja',
        password: 'demo-hallintojohtaja',
      })
    ).body.token as string;
    const initiative = (await api.call('GET', '/api/initiatives?limit=1', token)).body.items[0].id as string;
    const pid = api.child?.pid as number;
    const before = peakMegabytes(pid);

    const { status, sent } = await uploadUntilAnswered(
      `${api.baseUrl}/api/initiatives/${initiative}/attachments`,
      token,
    );
    expect(status).toBe(413);
    const after = peakMegabytes(pid);
    expect(after - before).toBeLessThan(64);
    // Answered long before the whole file could have been sent.
    expect(sent).toBeLessThan(TOTAL / 8);
    expect((await api.call('GET', '/api/health', null)).status).toBe(200);
  });
});
