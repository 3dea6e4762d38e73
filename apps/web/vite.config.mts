/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = import.meta.dirname;
const root = resolve(here, '../..');

// The web app: built into dist/apps/web, which the API serves at `/`. In development (`npx nx serve web`
// is not set up; run `npx vite apps/web`) requests to /api go to the service on port 3000.
export default defineConfig({
  root: here,
  plugins: [react()],
  resolve: { alias: { '@ap/contracts': resolve(root, 'libs/contracts/src/index.ts') } },
  build: {
    outDir: resolve(root, 'dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    // The letter preview and the process diagram are large and only some pages need them: they load on demand.
    chunkSizeWarningLimit: 700,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: [resolve(here, 'src/test-setup.ts')],
  },
});
