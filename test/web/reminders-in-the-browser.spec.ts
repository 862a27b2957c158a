// eslint-disable-next-line @nx/enforce-module-boundaries -- reuses the API's test SMTP server rather than keep a copy
import { startSmtpInbox, type SmtpInbox } from '../../apps/api/src/testing/smtp-inbox';
import { accessibilityViolations, signIn, startWebProduct, type WebProduct } from './browser';

const EMAIL_OFF = /^Sähköpostia ei ole määritetty, joten muistutuksia ei lähetetä/;

async function openReminders(product: WebProduct) {
  const page = await (await product.newContext()).newPage();
  await signIn(page, 'hallintojohtaja', 'demo-hallintojohtaja');
  await page.getByRole('link', { name: 'Muistutukset' }).click();
  await page.getByRole('heading', { level: 1, name: 'Määräaikamuistutukset' }).waitFor();
  return page;
}

describe('with an SMTP server', () => {
  let inbox: SmtpInbox;
  let product: WebProduct;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
    product = await startWebProduct({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(inbox.port),
      SMTP_FROM: 'Aloite <aloite@kajaani.fi>',
    });
  });
  afterAll(async () => {
    await product.close();
    await inbox.close();
  });

  it('lets the registrar send today’s reminders and see each message in the outbox', async () => {
    const page = await openReminders(product);
    await page.getByRole('button', { name: 'Lähetä päivän muistutukset nyt' }).click();
    await page.getByText(/^Uusia viestejä \d+, lähetettyjä \d+, epäonnistuneita 0\.$/).waitFor();
    expect(inbox.mails.length).toBeGreaterThan(0);
    const outbox = page.getByRole('region', { name: 'Lähetetyt ja lähtevät viestit' }).first();
    await outbox.getByRole('row').nth(inbox.mails.length).waitFor();
    expect(await outbox.getByText('Lähetetty', { exact: false }).count()).toBe(inbox.mails.length);
    const secretaryMail = inbox.mails.find((mail) => mail.to === 'milla.tikkanen@example.fi');
    expect(secretaryMail?.subject).toMatch(/^Lausunto (erääntyy|myöhässä)/);

    // Again the same day: nothing new is sent.
    const sent = inbox.mails.length;
    await page.getByRole('button', { name: 'Lähetä päivän muistutukset nyt' }).click();
    await page.getByText('Uusia viestejä 0, lähetettyjä 0, epäonnistuneita 0.').waitFor();
    expect(inbox.mails.length).toBe(sent);
    expect(await page.getByText(EMAIL_OFF).count()).toBe(0);
  });
});

describe('without an SMTP server', () => {
  let product: WebProduct;
  beforeAll(async () => {
    product = await startWebProduct();
  });
  afterAll(() => product.close());

  it('says so as the page opens, and offers no button that cannot send', async () => {
    const page = await openReminders(product);
    await page.getByText(EMAIL_OFF).waitFor();
    expect(await page.getByRole('button', { name: 'Lähetä päivän muistutukset nyt' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
