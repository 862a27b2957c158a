// Runs a TypeScript script with swc (decorator metadata included) and the workspace path aliases.
const path = require('node:path');
const root = path.join(__dirname, '..');
process.env.SWC_NODE_PROJECT ??= path.join(root, 'tsconfig.base.json');
require('@swc-node/register');
require('./workspace-paths.cjs');
require(path.resolve(process.argv[2]));
