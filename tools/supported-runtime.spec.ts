import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

function versionParts(version: string): number[] {
  return version
    .replace(/^[^\d]*/, '')
    .split('.')
    .map(Number);
}

function atLeast(version: string, minimum: string): boolean {
  const [have, want] = [versionParts(version), versionParts(minimum)];
  for (let part = 0; part < 3; part++) {
    if ((have[part] ?? 0) !== (want[part] ?? 0)) return (have[part] ?? 0) > (want[part] ?? 0);
  }
  return true;
}

// Node 20 reached its end of life on 30.4.2026; Node 24 is the LTS line (issue 22).
const LTS_MAJOR = 24;

describe('the supported runtime', () => {
  it('is what the tests run on: the Node LTS that npm installs as a package, within engines', () => {
    expect(process.versions.node.split('.')[0]).toBe(String(LTS_MAJOR));
    expect(manifest.engines.node).toMatch(/^>=\d+\.\d+$/);
    expect(atLeast(process.versions.node, manifest.engines.node.slice(2))).toBe(true);
  });

  it('is what a plain `node` in an npm script starts, as the API processes the tests spawn are', () => {
    const spawned = execFileSync('node', ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    expect(spawned).toBe(process.versions.node);
  });

  it('is the same major in the package the README relies on and in every stage of the image', () => {
    expect(manifest.devDependencies.node).toMatch(new RegExp(`^${LTS_MAJOR}\\.`));
    const bases = [...dockerfile.matchAll(/^FROM node:(\d+)/gm)].map((match) => match[1]);
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) expect(base).toBe(String(LTS_MAJOR));
  });
});
