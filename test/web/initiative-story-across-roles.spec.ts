import {
  INITIATIVE_17,
  PREPARERS,
  PRESENTER_TIKKANEN,
  REFERRAL_DECISION,
  REFERRAL_PROPOSAL,
  STATEMENT_17,
} from '@aloite/domain/testing';
import type { Page } from 'playwright-core';
import {
  choose,
  field,
  openAction,
  save,
  screenshot,
  signIn,
  startWebProduct,
  type WebProduct,
} from './browser';

// The whole life of § 17 of Kajaani's agenda of 20.5.2026, as the people who handle it click through it.

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

async function saveReaching(page: Page, expectedState: string): Promise<void> {
  await save(page);
  await expectState(page, expectedState);
}

async function expectState(page: Page, state: string): Promise<void> {
  await page.locator('.headline-state .state', { hasText: state }).waitFor();
}

it('is filed, referred, asked for a statement, answered, proposed and closed by the people whose work each step is', async () => {
  const registrar = await (await product.newContext()).newPage();
  await signIn(registrar, 'hallintojohtaja', 'demo-hallintojohtaja');

  // The registrar files the initiative from the council minutes of 28.4.2026 § 52.
  await registrar.getByRole('link', { name: 'Kirjaa uusi aloite' }).click();
  await field(registrar, 'title').fill(INITIATIVE_17.title);
  await field(registrar, 'text').fill(INITIATIVE_17.text);
  await field(registrar, 'submittedOn').fill('28.4.2026');
  await field(registrar, 'signatories-0-name').fill('Juha Urpilainen');
  await field(registrar, 'signatories-0-party').fill('SDP');
  await field(registrar, 'filedAt.date').fill('28.4.2026');
  await field(registrar, 'filedAt.section').fill('52');
  await registrar.getByRole('button', { name: 'Kirjaa aloite' }).click();
  await expectState(registrar, 'Jätetty');
  await registrar.getByRole('heading', { level: 1, name: INITIATIVE_17.title }).waitFor();
  const diaryNumber = (await registrar.locator('.headline-state .muted').innerText()).trim();
  expect(diaryNumber).toMatch(/^KAJDno-2026-\d+$/);
  const initiativeUrl = registrar.url();

  // The council's referral, as the agenda records it.
  await openAction(registrar, 'Lähetä kaupunginhallituksen valmisteltavaksi');
  await field(registrar, 'meeting.date').fill('28.4.2026');
  await field(registrar, 'meeting.section').fill('52');
  await field(registrar, 'proposal').fill(REFERRAL_PROPOSAL);
  await field(registrar, 'decision').fill(REFERRAL_DECISION);
  await choose(registrar, 'decisionType', 'Ehdotuksen mukaan');
  await saveReaching(registrar, 'Kaupunginhallituksen valmistelussa');

  // A statement from the employment subcommittee, with two preparers.
  await openAction(registrar, 'Pyydä lausunto');
  await choose(registrar, 'requests.0.bodyId', 'Työllisyys- ja kansainvälisyysjaosto');
  await field(registrar, 'date').fill('4.5.2026');
  await field(registrar, 'requests.0.dueDate').fill('30.6.2026');
  await field(registrar, 'requests.0.preparers-0-name').fill(PREPARERS.hamalainen.name);
  await field(registrar, 'requests.0.preparers-0-title').fill(PREPARERS.hamalainen.title);
  await registrar.getByRole('button', { name: 'Lisää valmistelija' }).click();
  await field(registrar, 'requests.0.preparers-1-name').fill(PREPARERS.tikkanen.name);
  await field(registrar, 'requests.0.preparers-1-email').fill(PREPARERS.tikkanen.email);
  await screenshot(registrar, 'event-form');
  await saveReaching(registrar, 'Lausunnoilla');

  // The subcommittee's secretary finds the request among theirs and records the statement of 20.5.2026 § 17.
  const secretary = await (await product.newContext()).newPage();
  await signIn(secretary, 'jaostosihteeri', 'demo-jaostosihteeri');
  const myRequests = secretary.getByRole('region', { name: 'Omat lausuntopyynnöt' }).first();
  await myRequests
    .getByRole('row', { name: new RegExp(`^${diaryNumber} `) })
    .getByRole('link')
    .click();
  await openAction(secretary, 'Kirjaa lausunto');
  await field(secretary, 'meeting.date').fill('20.5.2026');
  await field(secretary, 'meeting.section').fill('17');
  await field(secretary, 'presenter').fill(PRESENTER_TIKKANEN);
  await field(secretary, 'proposal').fill(STATEMENT_17.proposal);
  await field(secretary, 'decision').fill(STATEMENT_17.proposal);
  await choose(secretary, 'decisionType', 'Ehdotuksen mukaan');
  await field(secretary, 'responseText').fill(STATEMENT_17.responseText);
  await saveReaching(secretary, 'Kaupunginhallituksen valmistelussa');

  // The board proposes the answer; the council declares the initiative fully handled.
  await registrar.goto(initiativeUrl);
  await openAction(registrar, 'Kirjaa kaupunginhallituksen päätös');
  await field(registrar, 'meeting.date').fill('8.6.2026');
  await field(registrar, 'meeting.section').fill('201');
  await field(registrar, 'proposal').fill(
    'Kaupunginhallitus esittää valtuustolle vastauksen ja aloitteen toteamista loppuun käsitellyksi.',
  );
  await field(registrar, 'decision').fill('Kaupunginhallitus hyväksyi ehdotuksen.');
  await choose(registrar, 'decisionType', 'Ehdotuksen mukaan');
  await choose(registrar, 'outcome', 'Ehdotetaan valtuustolle');
  await saveReaching(registrar, 'Valtuuston käsittelyssä');

  await openAction(registrar, 'Kirjaa valtuuston päätös');
  await field(registrar, 'meeting.date').fill('15.6.2026');
  await field(registrar, 'meeting.section').fill('64');
  await field(registrar, 'decision').fill(
    'Valtuusto merkitsi vastauksen tiedoksi ja totesi aloitteen loppuun käsitellyksi.',
  );
  await choose(registrar, 'decisionType', 'Ehdotuksen mukaan');
  await choose(registrar, 'outcome', 'Todettiin loppuun käsitellyksi');
  await saveReaching(registrar, 'Loppuun käsitelty');

  // Council staff find it closed, with every handling on its timeline and every step in the audit log.
  const staffContext = await product.newContext();
  await staffContext.grantPermissions(['clipboard-read', 'clipboard-write']);
  const staff = await staffContext.newPage();
  await signIn(staff, 'valtuustosihteeri', 'demo-valtuustosihteeri');
  await screenshot(staff, 'dashboard');
  await staff.getByRole('link', { name: 'Aloitteet', exact: true }).click();
  await choose(staff, 'state', 'Loppuun käsitelty');
  await staff.getByRole('button', { name: 'Hae', exact: true }).click();
  const row = staff.getByRole('row', { name: new RegExp(`^${diaryNumber} `) });
  await row.waitFor();
  await screenshot(staff, 'list');
  await row.getByRole('link').click();
  await expectState(staff, 'Loppuun käsitelty');
  const timeline = staff.getByRole('region', { name: 'Käsittelyt' }).first();
  const handlings = await timeline.getByRole('heading', { level: 3 }).allInnerTexts();
  expect(handlings).toEqual([
    'Kaupunginvaltuusto 28.4.2026 § 52',
    'Työllisyys- ja kansainvälisyysjaosto 20.5.2026 § 17',
    'Kaupunginhallitus 8.6.2026 § 201',
    'Kaupunginvaltuusto 15.6.2026 § 64',
  ]);
  await timeline.getByText(STATEMENT_17.responseText.split('\n')[0]).waitFor();
  const audit = staff.getByRole('region', { name: 'Muutoshistoria' }).first();
  await audit.getByRole('row').nth(6).waitFor();
  const users = await audit.locator('tbody tr td:nth-child(3)').allInnerTexts();
  expect(users).toEqual([
    'hallintojohtaja',
    'hallintojohtaja',
    'hallintojohtaja',
    'jaostosihteeri',
    'hallintojohtaja',
    'hallintojohtaja',
  ]);
  expect(await audit.locator('tbody tr td:nth-child(2)').allInnerTexts()).toEqual([
    'Aloite kirjattu: Kaupunginvaltuusto 28.4.2026 § 52',
    'Lähetetty hallituksen valmisteltavaksi: Kaupunginvaltuusto 28.4.2026 § 52',
    'Lausunto pyydetty: Työllisyys- ja kansainvälisyysjaosto',
    'Lausunto annettu: Työllisyys- ja kansainvälisyysjaosto 20.5.2026 § 17',
    'Vastaus ehdotettu valtuustolle: Kaupunginhallitus 8.6.2026 § 201',
    'Todettu loppuun käsitellyksi: Kaupunginvaltuusto 15.6.2026 § 64',
  ]);
  await screenshot(staff, 'initiative');

  // The referral's minutes paragraph, copied for the council's minutes.
  const referral = timeline.getByRole('listitem').first();
  await referral.getByRole('button', { name: 'Pöytäkirjateksti' }).click();
  await referral.getByRole('button', { name: 'Kopioi pöytäkirjateksti' }).click();
  await referral.getByText('Kopioitu leikepöydälle.').waitFor();
  const copied = await staff.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n\n').slice(0, 3)).toEqual([
    'Kaupunginvaltuusto, 28.04.2026, § 52',
    INITIATIVE_17.title,
    diaryNumber,
  ]);
  expect(copied).toContain(REFERRAL_DECISION);
});
