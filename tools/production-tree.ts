// What the image's runtime stage holds, assembled on this machine (which has no Docker engine): the compiled API
// (dist/apps/api), the web app's build (dist/apps/web) and exactly the packages `npm install --omit=dev` installs,
// hard-linked from node_modules. Placed where no parent folder has a node_modules, so nothing resolves from the
// repository's development packages. Used by the test that runs the API from it and by bench/image-size.ts.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

const ROOT = join(__dirname, '..');

/** The parts of the image's runtime stage that the application adds to the base image. */
export const PRODUCTION_PARTS = ['node_modules', 'dist/apps/api', 'dist/apps/web'] as const;

export interface ProductionTree {
  root: string;
  remove(): void;
}

/** The production packages' folders, relative to the repository (node_modules/…), as npm resolves them. */
export function productionPackages(): string[] {
  let listing: string;
  try {
    listing = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // npm ls exits 1 for an extraneous or deduplicated-elsewhere package, and still lists the tree.
    listing = String((error as { stdout?: string }).stdout ?? '');
  }
  const packages = listing
    .split('\n')
    .map((line) => relative(ROOT, line.trim()))
    .filter((path) => path.startsWith(`node_modules${sep}`));
  if (packages.length === 0) throw new Error('npm ls --omit=dev listed no packages');
  return packages;
}

/** Hard links (a copy across file systems) of a folder's files; `skip` names entries left out at its top. */
function linkTree(from: string, to: string, skip: readonly string[] = []): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (skip.includes(entry.name)) continue;
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else {
      try {
        linkSync(source, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        copyFileSync(source, target);
      }
    }
  }
}

/**
 * Assembles the runtime tree in a new folder under the system's temporary folder. The builds must exist
 * (`nx run api:build`, `nx run web:build`); a package's own nested node_modules come only as npm lists them.
 */
export function assembleProductionTree(): ProductionTree {
  const root = mkdtempSync(join(tmpdir(), 'aloite-production-'));
  for (let folder = dirname(root); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'node_modules')))
      throw new Error(`${folder}/node_modules would let the tree reach packages it does not hold`);
    if (dirname(folder) === folder) break;
  }
  try {
    for (const pkg of productionPackages()) linkTree(join(ROOT, pkg), join(root, pkg), ['node_modules']);
    for (const build of ['dist/apps/api', 'dist/apps/web']) {
      if (!existsSync(join(ROOT, build))) throw new Error(`${build} is not built`);
      linkTree(join(ROOT, build), join(root, build));
    }
    copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Bytes of the files under a folder (each file once, as in an image layer), or of one file. */
export function sizeOf(path: string): number {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((total, name) => total + sizeOf(join(path, name)), 0);
}
