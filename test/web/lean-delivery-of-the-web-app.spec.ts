import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { signIn, startWebProduct, type WebProduct } from './browser';

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

// Issue 19: the sign-in page loads with at most 200 kB on the wire.
const SIGN_IN_BUDGET = 200 * 1024;

/** A GET as a plain HTTP client sends it: the raw body, not decompressed. */
function rawGet(
  path: string,
  acceptEncoding: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, product.api.baseUrl);
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** The scripts the entry page loads. */
async function entryScripts(): Promise<string[]> {
  const html = (await rawGet('/', 'identity')).body.toString('utf8');
  return [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((match) => match[1] as string);
}

it('loads the sign-in page with at most 200 kB transferred', async () => {
  const page = await (await product.newContext()).newPage();
  const responses: Promise<number>[] = [];
  page.on('requestfinished', (finished) => {
    responses.push(finished.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
  const transferred = (await Promise.all(responses)).reduce((sum, size) => sum + size, 0);
  console.log(
    `sign-in page: ${responses.length} responses, ${Math.round(transferred / 1024)} kB transferred`,
  );
  expect(transferred).toBeLessThanOrEqual(SIGN_IN_BUDGET);
});

it('fetches a page’s code only when the page is first opened', async () => {
  const page = await (await product.newContext()).newPage();
  const scripts: string[] = [];
  page.on('requestfinished', (finished) => {
    if (finished.resourceType() === 'script') scripts.push(finished.url());
  });
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  const atSignIn = [...scripts];
  await page.getByRole('link', { name: 'Vuosiluettelo', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Vuosiluettelo' }).waitFor();
  const forTheAnnualList = scripts.filter((script) => !atSignIn.includes(script));
  expect(forTheAnnualList.length).toBeGreaterThan(0);
});

it('sends no source maps: the build’s map URLs answer 404 and no script points to one', async () => {
  const scripts = await entryScripts();
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    const map = await rawGet(`${script}.map`, 'identity');
    expect([`${script}.map`, map.status]).toEqual([`${script}.map`, 404]);
    const source = (await rawGet(script, 'identity')).body.toString('utf8');
    expect(source).not.toContain('sourceMappingURL');
  }
});

it('sends a script brotli- or gzip-compressed when asked, the same bytes once decompressed', async () => {
  const [script] = await entryScripts();
  const plain = await rawGet(script as string, 'identity');
  expect([plain.status, plain.headers['content-encoding']]).toEqual([200, undefined]);
  for (const [encoding, decompress] of [
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const) {
    const compressed = await rawGet(script as string, encoding);
    expect([compressed.status, compressed.headers['content-encoding']]).toEqual([200, encoding]);
    expect(compressed.headers['vary']).toMatch(/accept-encoding/i);
    expect(compressed.headers['content-type']).toMatch(/javascript/);
    expect(compressed.body.length).toBeLessThan(plain.body.length / 2);
    expect(decompress(compressed.body).equals(plain.body)).toBe(true);
  }
});
