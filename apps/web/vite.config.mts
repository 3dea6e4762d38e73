/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import bpmnlint from 'rollup-plugin-bpmnlint';
import { defineConfig } from 'vite';

const here = import.meta.dirname;
const root = resolve(here, '../..');

// The web app: built into dist/apps/web, which the API serves at `/`. In development (`npx nx serve web`
// is not set up; run `npx vite apps/web`) requests to /api go to the service on port 3000.
export default defineConfig({
  root: here,
  // .bpmnlintrc compiles into the modeller's rules: the same the service's deploy check runs.
  plugins: [react(), { ...bpmnlint(), enforce: 'pre' }],
  resolve: { alias: { '@ap/contracts': resolve(root, 'libs/contracts/src/index.ts') } },
  build: {
    outDir: resolve(root, 'dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    // The letter preview, the process diagram and the modeller (2.3 MB, for policy owners only) are large and
    // only their pages need them: they load on demand. The warning is for any other chunk growing past this.
    chunkSizeWarningLimit: 2400,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: [resolve(here, 'src/test-setup.ts')],
  },
});
