// Resolves the workspace's path aliases (@aloite/…) in Node itself: for scripts, and for Jest's global setups,
// which Jest loads without its moduleNameMapper.
const path = require('node:path');
const root = path.join(__dirname, '..');
require('tsconfig-paths').register({
  baseUrl: root,
  paths: require(path.join(root, 'tsconfig.base.json')).compilerOptions.paths,
});
