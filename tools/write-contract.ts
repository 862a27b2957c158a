import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT_FILE, contractSource } from './contract-types';

void contractSource().then((source) => {
  mkdirSync(path.dirname(CONTRACT_FILE), { recursive: true });
  writeFileSync(CONTRACT_FILE, source);
  process.stdout.write(`wrote ${path.relative(process.cwd(), CONTRACT_FILE)}\n`);
});
