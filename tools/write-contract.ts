import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT_FILE, contractSource } from './contract-types';

/** Writes the web app's contract file; with `--print`, prints what it would write instead (the drift check). */
void contractSource().then((source) => {
  if (process.argv.includes('--print')) {
    process.stdout.write(source);
    return;
  }
  mkdirSync(path.dirname(CONTRACT_FILE), { recursive: true });
  writeFileSync(CONTRACT_FILE, source);
  process.stdout.write(`wrote ${path.relative(process.cwd(), CONTRACT_FILE)}\n`);
});
