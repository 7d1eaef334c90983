// Builds the web app into dist/web, which the API server serves (src/api/routes/web.ts).
// `npm run dev:web` serves it with hot reload and sends /api to a running `npm start`.
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { pwa } from './build/pwa-plugin.js';
import { precompress } from './build/precompress-plugin.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  publicDir: false,
  plugins: [preact(), pwa({ swSource: here('service-worker/sw.js'), budgetBytes: 60_000 }), precompress()],
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
