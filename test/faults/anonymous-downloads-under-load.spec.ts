import { createHash, randomBytes } from 'node:crypto';
import { get } from 'node:http';
import { memoryMegabytes, sleep, startBuiltApi, type ApiProcess } from '../support/api-process';

// Sixteen anonymous clients on six addresses download a 19 MB public document in a loop while a member of staff
// works in the list: the staff member's requests stay quick and never fail, the excess anonymous downloads are
// refused at once with Retry-After (per address and all in all), every document that does leave is the one
// uploaded, and the API never holds the document per client.

const DOCUMENT_BYTES = 19 * 1024 * 1024;
const DOWNLOADERS = 16;
const ATTACK_MS = 15_000;
/** Three downloaders per loopback address: each address over its own limit, all of them over the global one. */
const PER_ADDRESS = 3;
const addressOf = (downloader: number) => `127.0.0.${2 + Math.floor(downloader / PER_ADDRESS)}`;

interface Download {
  status: number;
  retryAfter: string | undefined;
  sha256: string;
  body: Buffer;
}

/** One whole download without a session, from `localAddress`; the body is hashed as it arrives, not kept. */
function download(url: string, localAddress: string): Promise<Download> {
  return new Promise((resolve, reject) => {
    const request = get(url, { localAddress, agent: false, timeout: 60_000 }, (response) => {
      const hash = createHash('sha256');
      const small: Buffer[] = [];
      response.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        if (response.statusCode !== 200) small.push(chunk);
      });
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          retryAfter: response.headers['retry-after'],
          sha256: hash.digest('hex'),
          body: Buffer.concat(small),
        }),
      );
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
  });
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

describe('anonymous downloads of a large public document', () => {
  let api: ApiProcess;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ api, close } = await startBuiltApi());
  });
  afterAll(() => close());

  /** A PDF as far as the type check reads; random bytes, which no storage can compress. */
  async function uploadPublicDocument(token: string): Promise<{ url: string; bytes: Buffer }> {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(DOCUMENT_BYTES - 9)]);
    const initiative = (await api.call('GET', '/api/initiatives?limit=1', token)).body.items[0].id as string;
    const form = new FormData();
    form.append('publicity', 'public');
    form.append('file', new Blob([bytes]), 'liite.pdf');
    const response = await fetch(`${api.baseUrl}/api/initiatives/${initiative}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    return { url: `${api.baseUrl}/api/attachments/${id}/content`, bytes };
  }

  it('keeps staff working, refuses the excess with Retry-After and sends the very bytes uploaded', async () => {
    const token = (
      await api.call('POST', '/api/auth/login', null, {
        username: 'valtuustosihteeri',
        password: 'demo-valtuustosihteeri',
      })
    ).body.token as string;
    const registrar = (
      await api.call('POST', '/api/auth/login', null, {
        username: 'hallintojohtaja',
        password: 'demo-hallintojohtaja',
      })
    ).body.token as string;
    const document = await uploadPublicDocument(registrar);
    const expected = sha256(document.bytes);
    const pid = api.child?.pid as number;
    // Once through the download's code first, so that what its compiling costs is counted as quiet.
    await (await fetch(document.url, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer();
    await sleep(1_000);
    const quiet = memoryMegabytes(pid).resident;

    let attacking = true;
    const anonymous = {
      downloaded: 0,
      refused: new Set<string>(),
      withoutRetryAfter: 0,
      wrongBytes: 0,
      other: [] as number[],
    };
    const downloader = async (index: number) => {
      while (attacking) {
        try {
          const response = await download(document.url, addressOf(index));
          if (response.status === 200) {
            anonymous.downloaded++;
            if (response.sha256 !== expected) anonymous.wrongBytes++;
          } else if (response.status === 429 || response.status === 503) {
            anonymous.refused.add((JSON.parse(response.body.toString()) as { code: string }).code);
            if (!response.retryAfter) anonymous.withoutRetryAfter++;
          } else {
            anonymous.other.push(response.status);
          }
        } catch {
          anonymous.other.push(0);
        }
      }
    };
    let highest = quiet;
    const sampler = setInterval(() => {
      // A process that has just died has no resident memory to read.
      const { resident } = memoryMegabytes(pid);
      if (Number.isFinite(resident)) highest = Math.max(highest, resident);
    }, 50);
    const attack = Array.from({ length: DOWNLOADERS }, (_, index) => downloader(index));

    await sleep(1_000);
    const latencies: number[] = [];
    const staffStatuses: number[] = [];
    const until = Date.now() + ATTACK_MS;
    while (Date.now() < until) {
      const response = await api
        .call('GET', '/api/initiatives?limit=20', token, undefined, 30_000)
        .catch(() => ({ status: 0, ms: 30_000 }));
      staffStatuses.push(response.status);
      latencies.push(response.ms);
      await sleep(50);
    }
    // Staff download too, whatever the anonymous traffic.
    const staffDownload = await fetch(document.url, { headers: { authorization: `Bearer ${token}` } });
    const staffBytes = new Uint8Array(await staffDownload.arrayBuffer());
    attacking = false;
    await Promise.all(attack);
    clearInterval(sampler);

    const sorted = [...latencies].sort((a, b) => a - b);
    const [p50, p95] = [percentile(sorted, 0.5), percentile(sorted, 0.95)];
    console.log(
      `${DOWNLOADERS} anonymous downloaders on ${Math.ceil(DOWNLOADERS / PER_ADDRESS)} addresses, of ${DOCUMENT_BYTES / 1024 / 1024} MB for ${ATTACK_MS / 1000} s: ` +
        `staff list p50 ${p50} ms, p95 ${p95} ms (${latencies.length} requests, ` +
        `${staffStatuses.filter((status) => status >= 500 || status === 0).length} failed); anonymous ` +
        `${anonymous.downloaded} downloaded, refused with ${[...anonymous.refused].join(' and ')}, other ${JSON.stringify(anonymous.other)}; ` +
        `API resident memory ${quiet} MB quiet, ${highest} MB at most (+${highest - quiet} MB)`,
    );
    expect(api.alive()).toBe(true);
    expect(staffStatuses.filter((status) => status !== 200)).toEqual([]);
    expect(p50).toBeLessThan(1_000);
    expect(staffDownload.status).toBe(200);
    expect(staffDownload.headers.get('content-length')).toBe(String(DOCUMENT_BYTES));
    expect(sha256(staffBytes)).toBe(expected);
    expect(anonymous.downloaded).toBeGreaterThan(0);
    expect(anonymous.wrongBytes).toBe(0);
    expect([...anonymous.refused].sort()).toEqual(['DOWNLOADS_BUSY', 'TOO_MANY_DOWNLOADS']);
    expect(anonymous.withoutRetryAfter).toBe(0);
    expect(anonymous.other).toEqual([]);
    // Half the document once per downloader. What grows is garbage the collector has not yet cleared (each slice
    // also comes as hex text twice its size), which Node 24 clears later than Node 20: measured +25 MB on Node 20,
    // +63–143 MB on Node 24, and +193 MB with each download being served held whole (at most 4 anonymous at once).
    expect(highest - quiet).toBeLessThan((DOWNLOADERS * DOCUMENT_BYTES) / 2 / 1024 / 1024);
  }, 300_000);
});
