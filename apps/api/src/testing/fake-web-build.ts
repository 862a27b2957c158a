import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A stand-in for the web app's production build: the API serves whatever the build put there. */
export function fakeWebBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'aloite-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Aloite</title><div id="root"></div>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log("aloite")');
  return root;
}
