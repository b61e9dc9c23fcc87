// @ts-check
/**
 * web-test-runner additions for the hostile-feed suite (test/hostile/, wired in web-test-runner.config.mjs):
 *
 * - the fixture pages in test/hostile/pages/ with the Content-Security-Policy each one is about, as a real
 *   header (see PAGE_POLICIES);
 * - `/__hostile/kit-copy.js?version=X`: the whole kit bundled once more by esbuild with KIT_VERSION = X, i.e.
 *   a second, independent copy of the kit (and of Lit), as a page gets when two plugins each paste their own;
 * - `POST /__hostile/report`: the suite's per-file case counts, written to .tmp/hostile-report/ (emptied by
 *   the first report of a run), which scripts/hostile-report.mjs prints as one table at the end of
 *   `npm run test:hostile`.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { STRICT_POLICY } from './serve-csp.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const HOSTILE_REPORT_DIR = join(root, '.tmp', 'hostile-report');

/** The strict policy, except that Trusted Types allow only a policy that is not Lit's. */
const NO_LIT_POLICY = STRICT_POLICY.replace('trusted-types lit-html', 'trusted-types host-app');

/** Page → the policy it is served with. */
const PAGE_POLICIES = {
  '/test/hostile/pages/strict.html': STRICT_POLICY,
  '/test/hostile/pages/no-lit-policy.html': NO_LIT_POLICY,
  '/test/hostile/pages/lit-policy-taken.html': STRICT_POLICY,
  '/test/hostile/pages/two-copies-strict.html': STRICT_POLICY,
};

/** @type {import('@web/dev-server-core').Middleware} */
async function pagePolicies(context, next) {
  await next();
  const policy = PAGE_POLICIES[/** @type {keyof typeof PAGE_POLICIES} */ (context.path)];
  if (policy) context.set('Content-Security-Policy', policy);
}

/** @type {Map<string, Promise<string>>} */
const copies = new Map();

/** The kit as one ES module with its own Lit, claiming to be `version`. @param {string} version */
function kitCopy(version) {
  let copy = copies.get(version);
  if (!copy) {
    copy = build({
      entryPoints: [join(root, 'src', 'define.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'silent',
      plugins: [
        {
          name: 'kit-version',
          setup(pluginBuild) {
            pluginBuild.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, () => ({
              contents: `export const KIT_VERSION = ${JSON.stringify(version)};`,
              loader: 'ts',
            }));
          },
        },
      ],
    }).then((result) => result.outputFiles[0].text);
    copies.set(version, copy);
  }
  return copy;
}

/** @type {import('@web/dev-server-core').Middleware} */
async function kitCopies(context, next) {
  if (context.path !== '/__hostile/kit-copy.js') return next();
  const version = String(context.query.version || '0.0.0-copy').replace(/[^0-9A-Za-z.+-]/g, '');
  context.body = await kitCopy(version);
  context.type = 'text/javascript';
  context.set('Cache-Control', 'no-store');
}

/** @param {import('@web/dev-server-core').Context} context */
async function readBody(context) {
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** @type {Promise<void> | undefined} */
let cleared;

/** @type {import('@web/dev-server-core').Middleware} */
async function report(context, next) {
  if (context.path !== '/__hostile/report' || context.method !== 'POST') return next();
  const body = JSON.parse(await readBody(context));
  const file = String(body.file ?? 'unknown').replace(/[^A-Za-z0-9._-]/g, '_');
  // Each test run reports afresh: counts left from an earlier run must not stand in for a file that did not run.
  cleared ??= rm(HOSTILE_REPORT_DIR, { recursive: true, force: true });
  await cleared;
  await mkdir(HOSTILE_REPORT_DIR, { recursive: true });
  await writeFile(join(HOSTILE_REPORT_DIR, `${file}.json`), JSON.stringify(body, null, 2));
  context.status = 204;
}

/** @type {import('@web/dev-server-core').Middleware[]} */
export const hostileMiddleware = [report, kitCopies, pagePolicies];
