import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
// Jest loads global setup outside its module map, where the @aloite/* path aliases do not resolve.
// eslint-disable-next-line @nx/enforce-module-boundaries
import startTestPostgres from '../../libs/initiatives/persistence/src/testing/global-setup';

/**
 * The browser suites test the web app as `npm start` serves it: its production build, brought up to date once
 * here (Nx's cache makes an unchanged build a copy), before any test file runs.
 */
export default async function globalSetup(): Promise<void> {
  execFileSync('npx', ['nx', 'run', 'web:build'], {
    cwd: join(__dirname, '..', '..'),
    stdio: 'ignore',
  });
  await startTestPostgres();
}
