// Regenerates the state diagram in README.md from the machine definition.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDiagram } from '@aloite/domain';

const readmePath = join(__dirname, '..', 'README.md');
writeFileSync(readmePath, withDiagram(readFileSync(readmePath, 'utf8')));
process.stdout.write('README.md state diagram updated\n');
