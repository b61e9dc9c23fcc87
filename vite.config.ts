import { defineConfig } from 'vite';

/**
 * `npm start` serves demo/ (plain HTML pages, one per element and state) on 127.0.0.1 with the kit compiled
 * from src/ on the fly. The library builds live in scripts/build.mjs, which reuses this file's settings.
 */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    fs: { allow: ['..'] },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  esbuild: { target: 'es2022' },
});
