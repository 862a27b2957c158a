import type { Page } from 'playwright-core';
import { accessibilityViolations, settled, signIn, startWebProduct, type WebProduct } from './browser';

// Issue 19: the audit log says what was done in the past tense and names the body ("Lausunto pyydetty: Tekninen
// lautakunta"), a waiver's and a correction's reason with it; never "Lausunnoilla → Lausunnoilla".

const WAIVER = 'Lautakunta ei ehtinyt antaa lausuntoa määräajassa.';
const CORRECTION = 'Pöytäkirjan mukaan asia oli § 22.';

let product: WebProduct;
let page: Page;
let url: string;
beforeAll(async () => {
  product = await startWebProduct();
  // KAJDno-2025-1630 of the demo: statements asked of two committees, the welfare committee's given at 10.2.2026
  // § 21. The registry goes on without the technical committee's and corrects the welfare committee's §.
  const token = await product.token('hallintojohtaja');
  const id = await product.demoInitiativeId('KAJDno-2025-1630');
  const bodies = (await product.api.call('GET', '/api/bodies', token)).body as { id: string; name: string }[];
  const technical = bodies.find((body) => body.name === 'Tekninen lautakunta')?.id;
  const waived = await product.api.call('POST', `/api/initiatives/${id}/events`, token, {
    type: 'WAIVE_STATEMENT',
    bodyId: technical,
    date: '2026-04-15',
    reason: WAIVER,
  });
  expect(waived.status).toBe(200);
  const welfareHandling = (waived.body.handlings as { seq: number; event: string }[]).find(
    (handling) => handling.event === 'RECORD_STATEMENT',
  );
  const corrected = await product.api.call(
    'POST',
    `/api/initiatives/${id}/handlings/${welfareHandling?.seq}/corrections`,
    token,
    { changes: { section: 22 }, reason: CORRECTION },
    10_000,
    { 'if-match': `"${waived.body.version}"` },
  );
  expect(corrected.status).toBe(200);
  page = await (await product.newContext()).newPage();
  await signIn(page, 'valtuustosihteeri', 'demo-valtuustosihteeri');
  url = `/initiatives/${id}`;
});
afterAll(() => product.close());

async function auditLog(language: 'fi' | 'sv' | 'en', at = url, entries = 7) {
  await page.evaluate((chosen) => localStorage.setItem('aloite.language', chosen), language);
  await page.goto(at);
  const rows = page.locator('section[aria-labelledby="audit"] tbody tr');
  await rows.nth(entries - 1).waitFor();
  await settled(page);
  return {
    events: await rows.locator('td:nth-child(2)').allInnerTexts(),
    states: await rows.locator('td:nth-child(4)').allInnerTexts(),
  };
}

it('words each entry in the past tense with its body, meeting and reason, in Finnish', async () => {
  const { events, states } = await auditLog('fi');
  expect(events).toEqual([
    'Aloite kirjattu: Kaupunginvaltuusto 24.11.2025 § 101',
    'Lähetetty hallituksen valmisteltavaksi: Kaupunginvaltuusto 24.11.2025 § 101',
    'Lausunto pyydetty: Tekninen lautakunta',
    'Lausunto pyydetty: Hyvinvointilautakunta',
    'Lausunto annettu: Hyvinvointilautakunta 10.2.2026 § 21',
    `Jatkettu ilman lausuntoa: Tekninen lautakunta. Syy: ${WAIVER}`,
    `Käsittely oikaistu: Hyvinvointilautakunta 10.2.2026 § 22. Syy: ${CORRECTION}`,
  ]);
  expect(states[3]).toBe('Lausunnoilla');
  expect(states.filter((state) => /^(.+) → \1$/.test(state))).toEqual([]);
  expect(await accessibilityViolations(page)).toEqual([]);

  const withdrawn = `/initiatives/${await product.demoInitiativeId('KAJDno-2025-0811')}`;
  expect((await auditLog('fi', withdrawn, 3)).events[2]).toBe('Aloite peruttu (pyytäjä Tero Pulkkinen)');
});

it('says the same in Swedish and English', async () => {
  expect((await auditLog('sv')).events[2]).toBe('Utlåtande begärt: Tekninen lautakunta');
  const { events } = await auditLog('en');
  expect(events[2]).toBe('Statement requested: Tekninen lautakunta');
  expect(events[5]).toBe(`Continued without the statement: Tekninen lautakunta. Reason: ${WAIVER}`);
});
