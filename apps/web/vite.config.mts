import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const workspace = fileURLToPath(new URL('../..', import.meta.url));
const apiPort = process.env.PORT ?? '3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: { '@aloite/domain/vocabulary': `${workspace}/libs/initiatives/domain/src/vocabulary.ts` },
  },
  build: {
    outDir: `${workspace}/dist/apps/web`,
    emptyOutDir: true,
    sourcemap: true,
  },
  // Development: `npx nx run web:serve` with hot reload, the API (`npm start`) behind /api.
  server: {
    port: 4200,
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
});
