// @ts-check
/**
 * The demo pages in a real Chromium, for what web-test-runner cannot do: screenshots (npm run screenshots)
 * and forced colours (Windows high contrast), which only Playwright can emulate.
 *
 * `startDemoServer()` runs Vite on a free port (the project's vite.config.ts: pages at /demo/<name>.html);
 * `launchChromium()` starts the system Chromium (CHROME_PATH, default /usr/bin/chromium) through
 * playwright-core; no browser is ever downloaded.
 */
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { settleKitElements } from './settle-kit-elements.mjs';

/** The demo pages worth looking at, each with a short name. */
export const DEMO_PAGES = [
  { name: 'badge', path: '/demo/badge.html' },
  { name: 'directory', path: '/demo/directory.html' },
  { name: 'events', path: '/demo/events.html' },
  { name: 'pass', path: '/demo/pass.html' },
];

/** @returns {Promise<{ origin: string, close(): Promise<void> }>} */
export async function startDemoServer() {
  const server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('Vite did not report its port.');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/**
 * Waits until the page's kit elements have rendered (see scripts/settle-kit-elements.mjs).
 * @param {import('playwright-core').Page} page
 */
export async function settleDemo(page, timeout = 8000) {
  await page.waitForLoadState('load');
  await page.evaluate(`(${settleKitElements})(document, ${Number(timeout)})`);
}
