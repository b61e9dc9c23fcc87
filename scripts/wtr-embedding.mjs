// @ts-check
/**
 * web-test-runner additions for the embedding tests (wired in web-test-runner.config.mjs):
 *
 * - embeddingMiddleware: serves dist/ byte for byte, as a CDN would (the dev server would otherwise
 *   recompile the built JS, which breaks its integrity hashes), and test/csp/*.html with the strict policy
 *   the kit documents, as a real header.
 * - reactTestBundler: serves test/react/*.test.ts bundled by esbuild, because React ships only CommonJS,
 *   which the dev server's plain ES-module resolution cannot load.
 */
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { STRICT_POLICY } from './serve-csp.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @type {import('@web/dev-server-core').Middleware} */
async function strictCsp(context, next) {
  await next();
  if (/^\/test\/csp\/[^/]+\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_POLICY);
}

const DIST_TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.html': 'text/html' };

/** @type {import('@web/dev-server-core').Middleware} */
async function distVerbatim(context, next) {
  if (!context.path.startsWith('/dist/')) return next();
  const file = normalize(join(root, decodeURIComponent(context.path)));
  if (!file.startsWith(join(root, 'dist') + sep)) return next();
  try {
    context.body = await readFile(file);
  } catch {
    context.status = 404;
    return;
  }
  context.type = DIST_TYPES[/** @type {keyof typeof DIST_TYPES} */ (extname(file))] ?? 'application/octet-stream';
  context.set('Access-Control-Allow-Origin', '*');
  context.set('Cache-Control', 'no-store');
}

/** @type {import('@web/dev-server-core').Middleware[]} */
export const embeddingMiddleware = [distVerbatim, strictCsp];

/** @returns {import('@web/dev-server-core').Plugin} */
export function reactTestBundler() {
  return {
    name: 'alliance-kit:bundle-react-tests',
    async serve(context) {
      if (!/^\/test\/react\/[^/]+\.test\.ts$/.test(context.path)) return undefined;
      let result;
      try {
        result = await build({
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
      } catch (error) {
        // Shown as the test file's failure, instead of a bare "failed to fetch dynamically imported module".
        const message = `Bundling ${context.path} failed: ${error instanceof Error ? error.message : String(error)}`;
        return { body: `throw new Error(${JSON.stringify(message)});\n`, type: 'js' };
      }
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
