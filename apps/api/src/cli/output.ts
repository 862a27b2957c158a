import { ConfigError, loadConfig, type AppConfig } from '../config';

/** What the command-line entry points (npm start, the API process, setup, db:url) tell the person running them. */

export function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

/** Ends the process with a message that says what went wrong and what to do; set apart so it is not missed. */
export function fail(message: string, exitCode = 1): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(exitCode);
}

/** The configuration from the environment, or the process ends saying what is wrong with it. */
export function configOrFail(exitCode = 1): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message, exitCode);
    throw error;
  }
}

/**
 * A command's options: after node, tools/run-ts.cjs and the file (npm run setup, export, import); or, compiled as
 * the image runs it, after node and the file.
 */
export function commandOptions(): string[] {
  return process.argv.slice(process.argv[1]?.endsWith('run-ts.cjs') ? 3 : 2);
}
