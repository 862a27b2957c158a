import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const workspace = fileURLToPath(new URL('../..', import.meta.url));
const apiPort = process.env.PORT ?? '3000';

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy next to each text file of the build, compressed once at their
 * best here rather than on every request: the API serves the one the browser accepts (issue 19).
 */
function precompress(outDir: string): Plugin {
  return {
    name: 'aloite-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        const path = join(outDir, file);
        const content = readFileSync(path);
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

const outDir = `${workspace}/dist/apps/web`;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress(outDir)],
  resolve: {
    alias: { '@aloite/domain/vocabulary': `${workspace}/libs/initiatives/domain/src/vocabulary.ts` },
  },
  build: {
    outDir,
    emptyOutDir: true,
    // A public source map would hand out the whole source (3.4 MB): production ships none.
    sourcemap: false,
  },
  // Development: `npx nx run web:serve` with hot reload, the API (`npm start`) behind /api.
  server: {
    port: 4200,
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
});
