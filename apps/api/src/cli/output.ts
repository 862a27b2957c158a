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
