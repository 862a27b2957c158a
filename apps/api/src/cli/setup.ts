// Creates a municipality with its council, board and first administrator on a new installation:
//   ALOITE_ADMIN_PASSWORD='…' npm run setup -- --municipality Kajaani --template kajaani --admin paula.halonen
import { parseArgs } from 'node:util';
import { LANGUAGES, RULE_PACK_IDS, templateFor, type Language, type RulePackId } from '@aloite/domain';
import { PostgresAlreadyRunningError, USERNAME_PATTERN, setUpMunicipality } from '@aloite/persistence';
import { hashPassword } from '../auth/passwords';
import { PASSWORD_MIN_LENGTH, isAcceptablePassword } from '../auth/password-policy';

import { prepareDatabase } from '../database';
import { commandOptions, configOrFail, fail } from './output';

const USAGE = `Usage: ALOITE_ADMIN_PASSWORD=… npm run setup -- --municipality NAME --admin USERNAME [options]

  --municipality NAME     the municipality, e.g. Kajaani
  --name-sv NAME          its Swedish name, e.g. Borgå (default: the template city's, else the Finnish name)
  --template ID           the rules to start from: ${RULE_PACK_IDS.join(', ')} (default kajaani); an
                          administrator changes them afterwards through the API
  --language fi|sv        the majority language (default fi)
  --second-language fi|sv a bilingual municipality's other language
  --prefix TEXT           diary-number prefix (default: the template's, e.g. KAJDno)
  --council NAME          the council's name (default: the template's, e.g. Kaupunginvaltuusto or Kunnanvaltuusto)
  --board NAME            the board's name (default: the template's, e.g. Kaupunginhallitus or Kunnanhallitus)
  --admin USERNAME        the first administrator's username
  --admin-name NAME       the administrator's display name (default: the username)

The password comes from the environment variable ALOITE_ADMIN_PASSWORD (at least ${PASSWORD_MIN_LENGTH} characters, not common),
so it never appears in the shell history or the process list. DATABASE_URL selects the database as for npm start;
without it, the embedded one of this checkout (ALOITE_DATA_DIR), running or not.`;

async function main(): Promise<void> {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: commandOptions(),
      options: {
        municipality: { type: 'string' },
        'name-sv': { type: 'string' },
        template: { type: 'string' },
        language: { type: 'string' },
        'second-language': { type: 'string' },
        prefix: { type: 'string' },
        council: { type: 'string' },
        board: { type: 'string' },
        admin: { type: 'string' },
        'admin-name': { type: 'string' },
      },
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  const template = (values.template ?? 'kajaani') as RulePackId;
  const language = (values.language ?? 'fi') as Language;
  const secondLanguage = (values['second-language'] ?? null) as Language | null;
  const password = process.env.ALOITE_ADMIN_PASSWORD ?? '';
  const problems = [
    !values.municipality && '--municipality is required',
    !values.admin && '--admin is required',
    values.admin &&
      !USERNAME_PATTERN.test(values.admin) &&
      '--admin may have letters, digits, dots, dashes and underscores (3–100)',
    !RULE_PACK_IDS.includes(template) && `--template must be one of: ${RULE_PACK_IDS.join(', ')}`,
    !LANGUAGES.includes(language) && `--language must be one of: ${LANGUAGES.join(', ')}`,
    secondLanguage !== null &&
      (!LANGUAGES.includes(secondLanguage) || secondLanguage === language) &&
      '--second-language must be the other of fi and sv',
    !isAcceptablePassword(password) &&
      `ALOITE_ADMIN_PASSWORD must be set to at least ${PASSWORD_MIN_LENGTH} characters, not one of the most common passwords`,
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) fail(`${problems.map((problem) => `  - ${problem}`).join('\n')}\n\n${USAGE}`);

  const config = configOrFail();
  // The embedded database of this checkout is found by itself: the running Aloite's, or started for the setup.
  const database = await prepareDatabase(config, (message) => process.stdout.write(`${message}\n`), {
    attach: true,
    demo: false,
  }).catch((error: unknown) => {
    if (error instanceof PostgresAlreadyRunningError) fail(error.message);
    throw error;
  });
  const name = values.municipality as string;
  const pack = templateFor(template, { fi: name, sv: values['name-sv'] ?? name });
  const named = (fi: string | undefined, of: { fi: string; sv: string }) => ({
    name: fi ?? of.fi,
    nameSv: fi ? null : of.sv,
  });
  let created: { slug: string } | null;
  try {
    created = await setUpMunicipality(database.owner, {
      name,
      diaryPrefix: values.prefix ?? pack.diaryNumber.defaultPrefix,
      language,
      secondLanguage,
      pack: {
        ...pack,
        council: values.council ? { ...pack.council, fi: values.council } : pack.council,
        board: values.board ? { ...pack.board, fi: values.board } : pack.board,
      },
      bodies: [
        { ...named(values.council, pack.council), kind: 'council' },
        { ...named(values.board, pack.board), kind: 'board' },
      ],
      admin: {
        username: values.admin as string,
        displayName: values['admin-name'] ?? (values.admin as string),
        email: null,
        roles: ['admin'],
        bodyIds: [],
        passwordHash: await hashPassword(password),
      },
    });
  } finally {
    // Before any exit: an embedded PostgreSQL started for the setup stops with it.
    await database.stop();
  }
  if (!created) fail(`The municipality ${name} already exists.`);
  process.stdout.write(
    `Created ${name} (from the template ${template}) with its council, board and the administrator ${values.admin}.\n` +
      `Its staff sign in at /kirjaudu/${created.slug} (the municipality's address name: ${created.slug}).\n`,
  );
}

main().catch((error: unknown) =>
  fail(`Setup failed: ${error instanceof Error ? error.message : String(error)}`),
);
