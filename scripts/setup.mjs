#!/usr/bin/env node
// @ts-check
/**
 * Makes sure a Chromium the browser tests can drive is installed.
 *
 *   node scripts/setup.mjs                   check, install if needed, say what was found
 *   node scripts/setup.mjs --quiet-if-ready  print nothing when everything is already there
 *
 * The browser is CHROME_PATH when set, else /usr/bin/chromium (the same rule as web-test-runner.config.mjs).
 * When it is missing on Debian or Ubuntu, this runs `apt-get update && apt-get install -y chromium` (as root,
 * or through sudo). Anywhere else it explains how to install one and exits 1.
 *
 * Uses only Node built-ins: CI runs it before `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';

const DEFAULT_CHROME = '/usr/bin/chromium';
const quietIfReady = process.argv.includes('--quiet-if-ready');

/** @param {string} message */
const say = (message) => console.log(`[setup] ${message}`);

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser's version line, or null when it does not start (missing libraries, wrong architecture). */
function browserVersion(/** @type {string} */ file) {
  const result = spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) return null;
  return result.stdout.trim() || 'unknown version';
}

/** @param {string} command */
function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function isDebianLike() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const ids = [...release.matchAll(/^(?:ID|ID_LIKE)=(.*)$/gm)].map((match) => match[1].replace(/"/g, '')).join(' ');
    return /\b(debian|ubuntu)\b/.test(ids);
  } catch {
    return false;
  }
}

function howToInstall() {
  return [
    'Chromium (or Chrome) is needed for the browser tests. Install one, then run `npm test` again:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  Fedora:         sudo dnf install -y chromium',
    '  macOS:          brew install --cask chromium   (then set CHROME_PATH, see below)',
    '  Any system:     npx @puppeteer/browsers install chrome@stable   (prints the binary path)',
    'If the browser is not at /usr/bin/chromium, point CHROME_PATH at its binary, e.g.',
    '  export CHROME_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium"',
  ].join('\n');
}

/** @param {string} file */
function ready(file) {
  if (!isExecutable(file)) return false;
  const version = browserVersion(file);
  if (!version) {
    console.error(`[setup] ${file} exists but does not start (\`${file} --version\` failed).`);
    console.error(howToInstall());
    process.exit(1);
  }
  if (!quietIfReady) say(`browser for tests: ${file} (${version})`);
  return true;
}

/** Runs one install step, echoing it first. Returns true on success. @param {string[]} argv */
function run(argv) {
  say(`running: ${argv.join(' ')}`);
  const result = spawnSync(argv[0], argv.slice(1), {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) console.error(`[setup] could not run ${argv[0]}: ${result.error.message}`);
  return result.status === 0;
}

function installWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  /** @type {string[]} */
  let prefix;
  if (isRoot) prefix = [];
  else if (hasCommand('sudo')) prefix = process.stdin.isTTY ? ['sudo'] : ['sudo', '-n'];
  else {
    console.error('[setup] Chromium is missing, and installing it needs root (this user is not root and there is no sudo).');
    return false;
  }
  say(`Chromium not found at ${DEFAULT_CHROME}; installing it with apt-get${prefix.length ? ' (via sudo)' : ''}.`);
  return (
    run([...prefix, 'apt-get', 'update']) &&
    run([...prefix, 'apt-get', 'install', '-y', '--no-install-recommends', 'chromium'])
  );
}

function main() {
  const custom = process.env.CHROME_PATH;
  if (custom) {
    if (ready(custom)) return;
    console.error(`[setup] CHROME_PATH is set to "${custom}", but there is no executable there.`);
    console.error('Fix CHROME_PATH, or unset it to use /usr/bin/chromium.');
    process.exit(1);
  }
  if (ready(DEFAULT_CHROME)) return;

  if (process.platform === 'linux' && isDebianLike() && hasCommand('apt-get')) {
    if (installWithApt() && ready(DEFAULT_CHROME)) {
      if (quietIfReady) say(`installed ${DEFAULT_CHROME}`);
      return;
    }
    if (!existsSync(DEFAULT_CHROME)) {
      console.error(`[setup] Installing Chromium with apt-get did not give ${DEFAULT_CHROME}.`);
      console.error('(On Ubuntu, the chromium package may be a snap stub that does not work in containers.)');
    }
  } else {
    console.error(`[setup] No browser for the tests: ${DEFAULT_CHROME} does not exist and CHROME_PATH is not set.`);
  }
  console.error(howToInstall());
  process.exit(1);
}

main();
