// @ts-check
/**
 * web-test-runner additions for the embedding tests (wired in web-test-runner.config.mjs):
 *
 * - strictCspMiddleware: serves test/csp/*.html with the strict policy the kit documents, as a real header.
 * - reactTestBundler: serves test/react/*.test.ts bundled by esbuild, because React ships only CommonJS,
 *   which the dev server's plain ES-module resolution cannot load.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { STRICT_POLICY } from './serve-csp.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @type {import('@web/dev-server-core').Middleware} */
export async function strictCspMiddleware(context, next) {
  await next();
  if (/^\/test\/csp\/[^/]+\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_POLICY);
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function reactTestBundler() {
  return {
    name: 'alliance-kit:bundle-react-tests',
    async serve(context) {
      if (!/^\/test\/react\/[^/]+\.test\.ts$/.test(context.path)) return undefined;
      const result = await build({
        entryPoints: [join(root, context.path)],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        tsconfig: join(root, 'tsconfig.json'),
        sourcemap: 'inline',
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
