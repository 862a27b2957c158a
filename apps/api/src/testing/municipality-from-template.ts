import type { RulePack } from '@aloite/domain';
import { municipalitySlug } from '@aloite/persistence';
import { ok } from './committee-meetings';
import { runSetup } from './setup-command';
import { TEST_PASSWORD, type TestApp, type TestResponse } from './test-app';

type Requester = TestApp['request'];

/** A municipality an operator has just created, with its administrator and the registrar the administrator added. */
export interface NewMunicipality {
  admin: Requester;
  registrar: Requester;
  council: string;
  board: string;
  /** To sign in again when the sessions have ended. */
  usernames: { admin: string; registrar: string };
  /** Its address name, which its staff sign in by. */
  slug: string;
}

/**
 * `npm run setup` from a template (the options after `--admin` as an operator gives them), then, through the API
 * alone, its administrator adds a registrar.
 */
export async function municipalityFromTemplate(
  api: TestApp,
  handle: string,
  options: string[],
): Promise<NewMunicipality> {
  const usernames = { admin: `${handle}.admin`, registrar: `${handle}.kirjaamo` };
  const setup = await runSetup([...options, '--admin', usernames.admin], {
    DATABASE_URL: api.database.url,
    ALOITE_ADMIN_PASSWORD: TEST_PASSWORD,
  });
  if (setup.code !== 0) throw new Error(`npm run setup failed: ${setup.output}`);
  const slug = municipalitySlug(options[options.indexOf('--municipality') + 1] ?? '');
  const admin = api.as(await api.signIn(usernames.admin, TEST_PASSWORD, slug));
  await ok(
    admin('POST', '/api/users', {
      username: usernames.registrar,
      displayName: `Kirjaamo (${handle})`,
      password: TEST_PASSWORD,
      roles: ['registrar'],
    }),
    201,
  );
  const registrar = api.as(await api.signIn(usernames.registrar, TEST_PASSWORD, slug));
  const bodies = (await ok(admin('GET', '/api/bodies'))) as { id: string; kind: string }[];
  const bodyOf = (kind: string) => bodies.find((body) => body.kind === kind)?.id as string;
  return { admin, registrar, council: bodyOf('council'), board: bodyOf('board'), usernames, slug };
}

type RuleChanges = Partial<RulePack> & Pick<RulePack, 'validFrom'>;

/** A new version of the rules as an administrator edits it: the latest one, changed. */
export async function latestRulesWith(admin: Requester, changes: RuleChanges): Promise<RulePack> {
  const versions = (await ok(admin('GET', '/api/municipality/rule-packs'))) as { rules: RulePack }[];
  return { ...(versions.at(-1)?.rules as RulePack), ...changes };
}

/** The edited version, saved. */
export async function addRulePackVersion(admin: Requester, changes: RuleChanges): Promise<TestResponse> {
  return admin('POST', '/api/municipality/rule-packs', await latestRulesWith(admin, changes));
}

export interface Filing {
  title: string;
  submittedOn: string;
  signatoryCount?: number;
  hasFinancialEffect?: boolean;
}

/** A councillors' initiative the registry files, recorded at the council's meeting that day, its number drawn. */
export function fileInitiative(registrar: Requester, council: string, filing: Filing): Promise<TestResponse> {
  const { title, submittedOn, signatoryCount = 1, hasFinancialEffect = false } = filing;
  return registrar('POST', '/api/initiatives', {
    title,
    text: `${title}: esitämme asiaa valmisteltavaksi.`,
    kind: 'councillor',
    submittedOn,
    signatories: [{ name: 'Testi Valtuutettu', party: 'KESK' }],
    signatoryCount,
    hasFinancialEffect,
    filedAt: { bodyId: council, date: submittedOn, section: 5 },
  });
}
