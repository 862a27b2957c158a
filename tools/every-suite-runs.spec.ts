import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');
const { projects } = require(join(root, 'jest.config.cjs')) as { projects: string[] };

function projectsWithJestConfig(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (['node_modules', '.git', '.nx', '.data', 'dist', '.stryker-tmp'].includes(entry)) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...projectsWithJestConfig(path));
    else if (entry === 'jest.config.cjs' && dir !== root) found.push(relative(root, dir));
  }
  return found;
}

describe('npm test', () => {
  it('runs every project that has tests', () => {
    const listed = projects.map((project) => project.replace('<rootDir>/', ''));
    expect(listed.sort()).toEqual(projectsWithJestConfig(root).sort());
  });
});
