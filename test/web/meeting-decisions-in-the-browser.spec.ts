import { INITIATIVE_16, INITIATIVE_17 } from '@aloite/domain/testing';
import type { Page } from 'playwright-core';
import { AxeChecks } from './axe-checks';
import { choose, field, settled, signIn, startWebProduct, type WebProduct } from './browser';

// Issue 16 item 8, on the seed (Kajaani, Työllisyys- ja kansainvälisyysjaosto 20.5.2026 at 16:30 in Kokoustila
// Kekkonen, agenda published, §§ 16 and 17): the subcommittee's secretary records the whole agenda's decisions on
// the meeting page, § 16 as proposed and § 17 amended, checks the minutes, and the initiatives show the statements.

const EMPLOYMENT = 'Työllisyys- ja kansainvälisyysjaosto';
const SECRETARY = { username: 'tyollisyys.sihteeri', password: 'jaoston-sihteeri-2026' };
const AMENDED = 'Jaosto hyväksyi ehdotuksen muutettuna: vastineeseen lisätään maininta Työmarkkinatorista.';
const SIGNED_16 = '1 Valtuustoaloite työllisyysbonuksesta opiskeluun (allekirjoitettu).pdf';
const SIGNED_17 = '1 Valtuustoaloite työvoimapalveluiden tinderistä_allekirjoitettu.pdf';

let product: WebProduct;
let axe: AxeChecks;
let initiative16: string;
let initiative17: string;
beforeAll(async () => {
  product = await startWebProduct();
  axe = new AxeChecks(product);
  const login = { username: 'admin', password: 'demo-admin-2026' };
  const admin = (await product.api.call('POST', '/api/auth/login', null, login)).body.token as string;
  const bodies = await product.api.call('GET', '/api/bodies', admin);
  const employment = (bodies.body as { id: string; name: string }[]).find((body) => body.name === EMPLOYMENT);
  const created = await product.api.call('POST', '/api/users', admin, {
    ...SECRETARY,
    displayName: 'Milla Tikkanen',
    roles: ['committeeSecretary'],
    bodyIds: [employment?.id],
  });
  expect(created.status).toBe(201);
  initiative16 = await product.demoInitiativeId(INITIATIVE_16.diaryNumber);
  initiative17 = await product.demoInitiativeId(INITIATIVE_17.diaryNumber);
});
afterAll(() => product.close());

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true }).first();

async function inLanguage(page: Page, language: 'fi' | 'en'): Promise<void> {
  await page.evaluate((chosen) => localStorage.setItem('aloite.language', chosen), language);
  await page.reload();
  await settled(page);
}

it('records the decisions of the whole agenda on one page, checks the minutes, and the statements arrive', async () => {
  const page = await (await product.newContext()).newPage();
  await signIn(page, SECRETARY.username, SECRETARY.password);

  // The body's calendar, from the navigation: the secretary's own body comes first.
  await page.getByRole('link', { name: 'Kokoukset', exact: true }).click();
  await field(page, 'year').fill('2026');
  await page.getByRole('button', { name: 'Näytä', exact: true }).click();
  const row = region(page, `${EMPLOYMENT} 2026`).getByRole('row', { name: /^20\.5\.2026/ });
  await row.waitFor();
  expect(await row.locator('td').allInnerTexts()).toEqual([
    '20.5.2026',
    'klo 16.30',
    'Kokoustila Kekkonen',
    'Esityslista julkaistu',
  ]);

  // Before the meeting decides, § 16's initiative shows it on the agenda; the link leads to the meeting.
  await page.goto(`/initiatives/${initiative16}`);
  await region(page, 'Käsittelyt')
    .getByRole('link', { name: `Esityslistalla: ${EMPLOYMENT} 20.5.2026 § 16` })
    .click();
  await page.getByRole('heading', { level: 1, name: `${EMPLOYMENT} 20.5.2026` }).waitFor();
  await settled(page);
  const agenda = region(page, 'Esityslista');
  expect(await agenda.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
    `§ 16 ${INITIATIVE_16.title}`,
    `§ 17 ${INITIATIVE_17.title}`,
  ]);
  expect(await axe.state(page, 'meeting page fi')).toEqual({});

  // § 16 stays as proposed (the default); § 17 was amended at the meeting.
  await choose(page, 's17-decisionType', 'Muutettuna');
  await field(page, 's17-decision').fill(AMENDED);
  await page.getByRole('button', { name: 'Tallenna päätökset' }).click();
  const results = region(page, 'Kokouksen päätökset');
  await results.getByText('§ 16: tallennettu (Ehdotuksen mukaan)').waitFor();
  await results.getByText('§ 17: tallennettu (Muutettuna)').waitFor();
  await page.locator('.headline-state', { hasText: 'Pidetty' }).waitFor();
  await agenda.getByText(AMENDED).waitFor();

  // The minutes checked a week later: the signed initiatives, waiting for it, become public.
  await field(page, 'date').fill('27.5.2026');
  await page.getByRole('button', { name: 'Merkitse pöytäkirja tarkastetuksi' }).click();
  const checked = region(page, 'Pöytäkirjan tarkastus').getByRole('status');
  await checked.getByText(/^Pöytäkirja tarkastettu 27\.5\.2026\. Julkisiksi tulivat: /).waitFor();
  expect(await checked.innerText()).toContain(SIGNED_16);
  expect(await checked.innerText()).toContain(SIGNED_17);
  await page.locator('.headline-state', { hasText: 'Pöytäkirja tarkastettu' }).waitFor();

  await inLanguage(page, 'en');
  await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
  expect(await axe.state(page, 'meeting page en')).toEqual({});
  await inLanguage(page, 'fi');

  // Each initiative has the subcommittee's statement, decided at § 16 and § 17, and no open agenda item.
  for (const [id, section] of [
    [initiative16, 16],
    [initiative17, 17],
  ] as const) {
    await page.goto(`/initiatives/${id}`);
    await settled(page);
    const statement = region(page, 'Lausuntopyynnöt').getByRole('row', {
      name: new RegExp(`^${EMPLOYMENT}`),
    });
    expect(await statement.locator('td').last().innerText()).toBe('Saatu 20.5.2026');
    const timeline = region(page, 'Käsittelyt');
    await timeline.getByRole('heading', { name: `${EMPLOYMENT} 20.5.2026 § ${section}` }).waitFor();
    expect(await timeline.getByText(/^Esityslistalla:/).count()).toBe(0);
  }
});
