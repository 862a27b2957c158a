// What the production image's runtime stage adds to its base: the production packages (`npm install
// --omit=dev`), the compiled API and the web app's build, measured on the tree the production test runs from
// (tools/production-tree.ts), since no Docker engine runs here. The base image (node:24-bookworm-slim) and the
// Voikko packages are not included.
import { join } from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the same tree the production test runs, not a copy
import {
  PRODUCTION_PARTS,
  assembleProductionTree,
  productionPackages,
  sizeOf,
} from '../tools/production-tree';

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1).padStart(7);

function main(): void {
  const tree = assembleProductionTree();
  try {
    const sizes = PRODUCTION_PARTS.map((part) => [part, sizeOf(join(tree.root, part))] as const);
    const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
    process.stdout.write(
      '\nImage size: what the runtime stage adds to node:24-bookworm-slim (MB, 10^6 bytes)\n',
    );
    for (const [part, bytes] of sizes) process.stdout.write(`  ${part.padEnd(16)} ${megabytes(bytes)}\n`);
    process.stdout.write(`  ${'total'.padEnd(16)} ${megabytes(total)}\n`);
    const largest = productionPackages()
      .filter((pkg) => pkg.split('node_modules').length === 2)
      .map((pkg) => [pkg, sizeOf(join(tree.root, pkg))] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    process.stdout.write('  largest packages:\n');
    for (const [pkg, bytes] of largest) process.stdout.write(`    ${pkg.padEnd(44)} ${megabytes(bytes)}\n`);
    process.stdout.write(
      '  Not included: the base image node:24-bookworm-slim and Voikko (libvoikko1, voikko-fi).\n',
    );
  } finally {
    tree.remove();
  }
}

main();
