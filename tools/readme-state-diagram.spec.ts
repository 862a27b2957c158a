import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INITIATIVE_STATES, diagramBlock, withDiagram } from '@aloite/domain';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

describe('the README state diagram', () => {
  it('matches the machine (run `npm run diagram` after changing the machine)', () => {
    expect(readme).toContain(diagramBlock());
    expect(withDiagram(readme)).toBe(readme);
  });

  it('shows all eight states', () => {
    for (const state of INITIATIVE_STATES) expect(diagramBlock()).toMatch(new RegExp(`as ${state}\\n`));
  });
});
