import { INITIATIVE_16 } from '@aloite/domain/testing';
import { choose, field, signIn, startWebProduct, type WebProduct } from './browser';

let product: WebProduct;
let initiativePath: string;
beforeAll(async () => {
  product = await startWebProduct();
  initiativePath = `/initiatives/${await product.demoInitiativeId(INITIATIVE_16.diaryNumber)}`;
});
afterAll(() => product.close());

it('lets a secretary add their body’s document, keeps a non-public one from the public, and logs who read it', async () => {
  const secretary = await (await product.newContext()).newPage();
  await signIn(secretary, 'jaostosihteeri', 'demo-jaostosihteeri');
  await secretary.goto(initiativePath);
  const documents = secretary.getByRole('region', { name: 'Asiakirjat' }).first();

  // A renamed program is refused by what its bytes are.
  await documents.locator('#field-file').setInputFiles({
    name: 'vastine.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]),
  });
  await documents.getByRole('button', { name: 'Lisää asiakirja' }).click();
  await documents.getByText(/^Tiedosto ei ole PDF-, Word-/).waitFor();

  await documents.locator('#field-file').setInputFiles({
    name: 'Jaoston vastine (luonnos).txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Työllisyys- ja kansainvälisyysjaoston vastineen luonnos.\n'),
  });
  await choose(secretary, 'publicity', 'Ei vielä julkinen');
  await documents.getByRole('button', { name: 'Lisää asiakirja' }).click();
  await documents.getByText('Lisätty: Jaoston vastine (luonnos).txt').waitFor();
  const link = documents.getByRole('link', { name: 'Jaoston vastine (luonnos).txt' });
  const href = (await link.getAttribute('href')) ?? '';

  // The public (no session) cannot read it; staff can.
  const anonymous = await (await product.newContext()).request.get(href);
  expect(anonymous.status()).toBe(401);
  const registrar = await (await product.newContext()).newPage();
  await signIn(registrar, 'hallintojohtaja', 'demo-hallintojohtaja');
  const read = await registrar.request.get(href);
  expect(read.status()).toBe(200);
  expect(await read.text()).toBe('Työllisyys- ja kansainvälisyysjaoston vastineen luonnos.\n');

  // The administrator sees the read in the document's log.
  const admin = await (await product.newContext()).newPage();
  await signIn(admin, 'admin', 'demo-admin-2026');
  await admin.goto(initiativePath);
  // The draft's own log: the seed's signed initiative, not yet public either, has one of its own.
  const draft = admin
    .getByRole('region', { name: 'Asiakirjat' })
    .first()
    .getByRole('listitem')
    .filter({ has: admin.getByRole('link', { name: 'Jaoston vastine (luonnos).txt' }) });
  await draft.getByRole('button', { name: 'Lukuloki' }).click();
  await draft.getByText(/hallintojohtaja$/).waitFor();
  expect(await field(admin, 'file').count()).toBe(0);
});
