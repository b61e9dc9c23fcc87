#!/usr/bin/env node
// @ts-check
/**
 * The one test command (`npm test`):
 *
 *   1. scripts/setup.mjs --quiet-if-ready   (a browser is there, or gets installed)
 *   2. web-test-runner                      browser tests, test/**\/*.test.ts
 *   3. node --test                          Node tests, test/**\/*.node.test.ts, bundled by esbuild into
 *                                           .tmp/node-tests/ first (Node 20 cannot run .ts)
 *   4. one line, alone and last:            `N passed, M failed` (`, K skipped` when there are any)
 *
 * Exits non-zero when anything failed or when no test ran at all.
 *
 * Extra arguments go to web-test-runner. `--files <patterns…>` selects in both: matching `*.node.test.ts` files
 * run in Node, the other matches in the browser (a pattern ending in `.node.test.ts` skips the browser), e.g.
 *   npm test -- --files test/feed/parse.test.ts
 *   npm test -- --files 'test/**\/*.node.test.ts'
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const TMP = '.tmp';
const WTR_SUMMARY = join(TMP, 'wtr-summary.json');
const NODE_OUT = join(TMP, 'node-tests');
const NODE_TAP = join(TMP, 'node-tests.tap');
const NODE_TEST_SUFFIX = '.node.test.ts';

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/** @param {string} message */
const say = (message) => console.log(`\n[test] ${message}`);

/** Runs a command with inherited stdio and resolves with its exit code. @param {string[]} argv */
function run(argv) {
  return new Promise((done) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`[test] could not start ${argv[0]}: ${error.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

// ------------------------------------------------------------------------------------------- arguments

/** Splits `--files a b` / `--files=a` out of the arguments. */
function splitArgs(/** @type {string[]} */ args) {
  /** @type {string[] | null} */
  let files = null;
  /** @type {string[]} */
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--files') {
      files ??= [];
      while (i + 1 < args.length && !args[i + 1].startsWith('--')) files.push(args[++i]);
    } else if (arg.startsWith('--files=')) {
      files ??= [];
      files.push(arg.slice('--files='.length));
    } else {
      rest.push(arg);
    }
  }
  return { files, rest };
}

/** A glob (`**`, `*`, `?`) as a regular expression over `/`-separated paths. @param {string} glob */
function globToRegExp(glob) {
  let source = '';
  const text = glob.replace(/^\.\//, '');
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '*' && text[i + 1] === '*') {
      i++;
      if (text[i + 1] === '/') {
        i++;
        source += '(?:.*/)?';
      } else source += '.*';
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Every file under `dir` whose name ends with `suffix`, as `/`-separated paths relative to the root. */
function findFiles(/** @type {string} */ dir, /** @type {string} */ suffix) {
  /** @type {string[]} */
  const found = [];
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') found.push(...findFiles(path, suffix));
    } else if (entry.name.endsWith(suffix)) {
      found.push(relative(root, path).split(sep).join('/'));
    }
  }
  return found.sort();
}

/** The folder of an installed package (its package.json may not be in its "exports"). @param {string} name */
function packageDir(name) {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === name) return dir;
    dir = dirname(dir);
  }
  throw new Error(`Cannot find the folder of ${name}; run npm ci.`);
}

// ------------------------------------------------------------------------------------------- browser

/** @returns {Promise<Counts & { exitCode: number }>} */
async function runBrowserTests(/** @type {string[]} */ wtrArgs) {
  rmSync(WTR_SUMMARY, { force: true });
  const wtrDir = packageDir('@web/test-runner');
  const { bin } = JSON.parse(readFileSync(join(wtrDir, 'package.json'), 'utf8'));
  const binPath = join(wtrDir, typeof bin === 'string' ? bin : bin['web-test-runner'] ?? bin.wtr);
  say(`browser tests: web-test-runner ${wtrArgs.join(' ')}`.trimEnd());
  const exitCode = await run([process.execPath, binPath, ...wtrArgs]);
  if (!existsSync(WTR_SUMMARY)) {
    console.error('[test] web-test-runner stopped before reporting results (see its output above).');
    return { passed: 0, failed: 1, skipped: 0, exitCode: exitCode || 1 };
  }
  const summary = JSON.parse(readFileSync(WTR_SUMMARY, 'utf8'));
  // A non-zero exit without a counted failure (e.g. a config error) must still fail the run.
  const failed = summary.failed + (exitCode !== 0 && summary.failed === 0 ? 1 : 0);
  return { passed: summary.passed, failed, skipped: summary.skipped, exitCode };
}

// ------------------------------------------------------------------------------------------- node

/** esbuild from this project, or the copy @web/dev-server-esbuild depends on. */
async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    const require = createRequire(join(packageDir('@web/dev-server-esbuild'), 'package.json'));
    return import(pathToFileURL(require.resolve('esbuild')).href);
  }
}

/** Counts from the TAP summary `node --test` writes at the end. @param {string} tap @returns {Counts} */
function parseTapSummary(tap) {
  /** @param {string} name */
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  return {
    passed: count('pass'),
    failed: count('fail') + count('cancelled'),
    skipped: count('skipped') + count('todo'),
  };
}

/** @returns {Promise<Counts>} */
async function runNodeTests(/** @type {string[]} */ files) {
  say(`Node tests: ${files.join(' ')}`);
  rmSync(NODE_OUT, { recursive: true, force: true });
  rmSync(NODE_TAP, { force: true });
  mkdirSync(NODE_OUT, { recursive: true });
  const esbuild = await loadEsbuild();
  try {
    await esbuild.build({
      entryPoints: files,
      outdir: NODE_OUT,
      outbase: 'test',
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'inline',
      tsconfig: 'tsconfig.json',
      logLevel: 'warning',
    });
  } catch {
    console.error('[test] bundling the Node tests failed (see above).');
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const bundles = files.map((file) => join(NODE_OUT, relative('test', file)).replace(/\.ts$/, '.mjs'));
  const exitCode = await run([
    process.execPath,
    '--enable-source-maps',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${NODE_TAP}`,
    ...bundles,
  ]);
  const counts = existsSync(NODE_TAP) ? parseTapSummary(readFileSync(NODE_TAP, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

// ------------------------------------------------------------------------------------------- main

async function main() {
  const setupCode = await run([process.execPath, join('scripts', 'setup.mjs'), '--quiet-if-ready']);
  if (setupCode !== 0) {
    console.log('\n0 passed, 1 failed');
    process.exit(setupCode);
  }

  const { files, rest } = splitArgs(process.argv.slice(2));
  const allNodeTests = findFiles('test', NODE_TEST_SUFFIX);
  /** @type {string[]} */
  let nodeTests = allNodeTests;
  /** @type {string[] | null} */
  let wtrArgs = rest;
  if (files) {
    // Each selected file runs where it belongs: Node tests in Node, the rest in the browser.
    const patterns = files.map(globToRegExp);
    const browserPatterns = files.filter((pattern) => !pattern.endsWith(NODE_TEST_SUFFIX));
    nodeTests = allNodeTests.filter((file) => patterns.some((pattern) => pattern.test(file)));
    wtrArgs = browserPatterns.length > 0 ? ['--files', ...browserPatterns, `!test/**/*${NODE_TEST_SUFFIX}`, ...rest] : null;
  }

  /** @type {Counts} */
  const total = { passed: 0, failed: 0, skipped: 0 };
  /** @param {Counts} counts */
  const add = (counts) => {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  };

  if (wtrArgs) add(await runBrowserTests(wtrArgs));
  else say('browser tests: none selected');

  if (nodeTests.length > 0) add(await runNodeTests(nodeTests));
  else say(files ? 'Node tests: none selected' : `Node tests: none yet (test/**/*${NODE_TEST_SUFFIX})`);

  const ran = total.passed + total.failed;
  if (ran === 0) console.error('\n[test] No tests ran.');
  console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`);
  process.exit(total.failed > 0 || ran === 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
});
