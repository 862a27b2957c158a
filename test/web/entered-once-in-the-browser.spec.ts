import {
  DEMO_INITIATIVES,
  INITIATIVE_16,
  INITIATIVE_17,
  PREPARERS,
  REFERRAL_DECISION,
  REFERRAL_PROPOSAL,
} from '@aloite/domain/testing';
import type { Page } from 'playwright-core';
import {
  accessibilityViolations,
  choose,
  field,
  openAction,
  save,
  settled,
  signIn,
  startWebProduct,
  type WebProduct,
} from './browser';

// Issue 19, "entered once, not retyped": what the record already holds is proposed in the event forms – the
// filing meeting and the rule pack's referral sentence for the referral, the request's preparers, due date and
// the initiative's text for the statement, the board's proposal for the council – and the statement's document
// goes in with the statement.

let product: WebProduct;
beforeAll(async () => {
  product = await startWebProduct();
});
afterAll(() => product.close());

async function openForm(page: Page, action: string): Promise<void> {
  await openAction(page, action);
  await settled(page);
  expect(await accessibilityViolations(page)).toEqual([]);
}

const chosen = (page: Page, name: string) => page.locator(`[id="field-${name}_button"]`).innerText();

async function signedIn(username: string, password: string): Promise<Page> {
  const page = await (await product.newContext()).newPage();
  await signIn(page, username, password);
  return page;
}

it('proposes the filing meeting and the rule pack’s referral sentence for the referral, which the clerk may change', async () => {
  const token = await product.token('hallintojohtaja');
  const bodies = (await product.api.call('GET', '/api/bodies', token)).body as { id: string; kind: string }[];
  const council = bodies.find((body) => body.kind === 'council');
  const filed = await product.api.call('POST', '/api/initiatives', token, {
    title: 'Valtuustoaloite kirjaston aukioloajoista',
    text: 'Esitän, että pääkirjasto on avoinna myös sunnuntaisin.',
    kind: 'councillor',
    submittedOn: '2026-09-28',
    signatories: [{ name: 'Aino Aloitteentekijä', party: 'KESK' }],
    signatoryCount: 1,
    hasFinancialEffect: false,
    filedAt: { bodyId: council?.id, date: '2026-09-28', section: 88 },
  });
  expect(filed.status).toBe(201);

  const page = await signedIn('hallintojohtaja', 'demo-hallintojohtaja');
  await page.goto(`/initiatives/${filed.body.id as string}`);
  await openForm(page, 'Lähetä kaupunginhallituksen valmisteltavaksi');
  expect(await chosen(page, 'meeting.bodyId')).toContain('Kaupunginvaltuusto');
  expect(await field(page, 'meeting.date').inputValue()).toBe('28.9.2026');
  expect(await field(page, 'meeting.section').inputValue()).toBe('88');
  // Kajaani's minutes word it so (HS 119 §): the sentence of the rules in force, not one typed by the clerk.
  expect(await field(page, 'proposal').inputValue()).toBe(REFERRAL_PROPOSAL);
  expect(await field(page, 'decision').inputValue()).toBe(REFERRAL_DECISION);

  const amended = 'Valtuustoaloite lähetettiin kaupunginhallitukselle valmisteltavaksi kiireellisenä.';
  await field(page, 'decision').fill(amended);
  await save(page);
  const referral = page.getByRole('region', { name: 'Käsittelyt' }).first().getByRole('listitem').first();
  await referral.getByRole('heading', { name: 'Kaupunginvaltuusto 28.9.2026 § 88' }).waitFor();
  await referral.getByText(REFERRAL_PROPOSAL, { exact: true }).waitFor();
  await referral.getByText(amended, { exact: true }).waitFor();

  // Now with the board: the agenda form offers the registrar every body, the only board chosen.
  await openForm(page, 'Lisää esityslistalle');
  expect(await chosen(page, 'bodyId')).toContain('Kaupunginhallitus');
});

it('records the statement with the request’s preparers and its document in one submit', async () => {
  const page = await signedIn('jaostosihteeri', 'demo-jaostosihteeri');
  await page.goto(`/initiatives/${await product.demoInitiativeId(INITIATIVE_16.diaryNumber)}`);
  await openForm(page, 'Kirjaa lausunto');

  // The request asked the subcommittee on 8.4.2026 by 31.5.2026, with Milla Tikkanen preparing.
  const request = page.locator('dl.details');
  await request.getByText('31.5.2026', { exact: true }).waitFor();
  await request.getByText('8.4.2026', { exact: true }).waitFor();
  expect(await field(page, 'preparers-0-name').inputValue()).toBe(PREPARERS.tikkanen.name);
  expect(await field(page, 'preparers-0-title').inputValue()).toBe(PREPARERS.tikkanen.title);
  expect(await field(page, 'preparers-0-email').inputValue()).toBe(PREPARERS.tikkanen.email);
  await page.getByRole('button', { name: 'Aloitteen teksti' }).click();
  await page.getByText(/^Työllisyysperusteista bonuspalkkiota/).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);

  await field(page, 'meeting.date').fill('20.5.2026');
  await field(page, 'meeting.section').fill('16');
  await field(page, 'presenter').fill('Milla Tikkanen, Työllisyys- ja kansainvälisyyspäällikkö');
  await field(page, 'proposal').fill('Jaosto antaa oheisen vastineen.');
  await field(page, 'decision').fill('Hyväksyttiin.');
  await choose(page, 'decisionType', 'Ehdotuksen mukaan');
  await field(page, 'responseText').fill(
    'Bonusta ei ole perusteltua maksaa työttömyysetuudella opiskelevasta.',
  );
  await field(page, 'file').setInputFiles({
    name: 'Jaoston vastine 20.5.2026.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Työllisyys- ja kansainvälisyysjaoston vastine.\n'),
  });
  await save(page);

  await page
    .getByRole('region', { name: 'Asiakirjat' })
    .first()
    .getByRole('link', { name: 'Jaoston vastine 20.5.2026.txt' })
    .waitFor();
  // The document belongs to the statement's handling, with the preparers the request named.
  const handling = page
    .getByRole('region', { name: 'Käsittelyt' })
    .first()
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', { name: 'Työllisyys- ja kansainvälisyysjaosto 20.5.2026 § 16' }),
    });
  await handling.getByRole('link', { name: 'Jaoston vastine 20.5.2026.txt' }).waitFor();
  await handling
    .getByText(`Valmistelijat: ${PREPARERS.tikkanen.name}, ${PREPARERS.tikkanen.title}`)
    .waitFor();
});

it('keeps the recorded statement and says so plainly when its document is refused', async () => {
  const page = await signedIn('jaostosihteeri', 'demo-jaostosihteeri');
  const path = `/initiatives/${await product.demoInitiativeId(INITIATIVE_17.diaryNumber)}`;
  await page.goto(path);
  await openForm(page, 'Kirjaa lausunto');
  await field(page, 'meeting.date').fill('20.5.2026');
  await field(page, 'meeting.section').fill('17');
  await field(page, 'presenter').fill('Milla Tikkanen');
  await field(page, 'proposal').fill('Jaosto antaa oheisen vastineen.');
  await field(page, 'decision').fill('Hyväksyttiin.');
  await choose(page, 'decisionType', 'Ehdotuksen mukaan');
  await field(page, 'responseText').fill('Vastine.');
  // A program renamed as a PDF: the API refuses it by its bytes, after the statement is recorded.
  await field(page, 'file').setInputFiles({
    name: 'vastine.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]),
  });
  await save(page);

  const alert = page.getByText(
    /^Kirjaus tallennettiin, mutta asiakirjan lisääminen ei onnistunut: Tiedosto ei ole/,
  );
  await alert.waitFor();
  await page.getByText('Asiakirjaa vastine.pdf ei lisätty').waitFor();
  expect(await page.evaluate(() => document.activeElement?.className)).toContain('form-alert');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page
    .getByRole('region', { name: 'Käsittelyt' })
    .first()
    .getByRole('heading', { name: 'Työllisyys- ja kansainvälisyysjaosto 20.5.2026 § 17', exact: true })
    .waitFor();
  const token = await product.token('hallintojohtaja');
  const recorded = (await product.api.call('GET', `/api${path}`, token)).body as {
    statements: { status: string }[];
    attachments: { fileName: string }[];
  };
  expect(recorded.statements.map((request) => request.status)).toEqual(['received']);
  expect(recorded.attachments.map((attachment) => attachment.fileName)).not.toContain('vastine.pdf');
});

it('proposes the board’s proposal to the council, with the only council chosen', async () => {
  const demo = DEMO_INITIATIVES.find(({ initiative }) => initiative.diaryNumber === 'KAJDno-2026-1021');
  const board = demo?.events.find((event) => event.type === 'RECORD_BOARD_DECISION');
  const proposal = board?.type === 'RECORD_BOARD_DECISION' ? board.proposal : undefined;
  expect(proposal).toMatch(/^Kaupunginhallitus esittää/);
  const page = await signedIn('hallintojohtaja', 'demo-hallintojohtaja');
  await page.goto(`/initiatives/${await product.demoInitiativeId('KAJDno-2026-1021')}`);
  await openForm(page, 'Kirjaa valtuuston päätös');
  expect(await chosen(page, 'meeting.bodyId')).toContain('Kaupunginvaltuusto');
  expect(await field(page, 'proposal').inputValue()).toBe(proposal);
});
