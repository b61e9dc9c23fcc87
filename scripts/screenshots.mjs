#!/usr/bin/env node
// @ts-check
/**
 * `npm run screenshots`: PNGs of the demo pages at 280, 375, 768 and 1280px, light and dark, cropped to the
 * first screen, in screenshots/ (git-ignored): 4 pages × 4 widths × 2 themes = 32 pictures, a minute's look.
 *
 * Dark is the page's own dark style (`body.dark`), `theme="dark"` on every element, and the system's dark mode
 * (for `theme="auto"`). Starts and stops its own Vite server and the system Chromium (CHROME_PATH).
 *
 *   npm run screenshots                         everything
 *   npm run screenshots -- directory events     only these pages
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES, launchChromium, settleDemo, startDemoServer } from './demo-browser.mjs';

const WIDTHS = [280, 375, 768, 1280];
const THEMES = /** @type {const} */ (['light', 'dark']);
const HEIGHT = 900;
const OUT = 'screenshots';

const wanted = process.argv.slice(2);
const pages = wanted.length ? DEMO_PAGES.filter((page) => wanted.includes(page.name)) : DEMO_PAGES;
if (pages.length === 0) {
  console.error(`No such page. Pages: ${DEMO_PAGES.map((page) => page.name).join(', ')}`);
  process.exit(1);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await startDemoServer();
const browser = await launchChromium();
let written = 0;
try {
  for (const theme of THEMES) {
    const context = await browser.newContext({ colorScheme: theme, viewport: { width: WIDTHS[0], height: HEIGHT } });
    for (const demo of pages) {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`  ${demo.name} (${theme}): ${error.message}`));
      await page.goto(`${server.origin}${demo.path}`);
      if (theme === 'dark') {
        await page.evaluate(() => {
          document.body.classList.add('dark');
          for (const node of document.querySelectorAll('*')) {
            if (node.localName.startsWith('alliance-') && node.localName !== 'alliance-feed' && node.getAttribute('theme') !== 'auto') {
              node.setAttribute('theme', 'dark');
            }
          }
        });
      }
      await settleDemo(page);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: HEIGHT });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const file = join(OUT, `${demo.name}-${width}-${theme}.png`);
        await page.screenshot({ path: file });
        written++;
      }
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${written} screenshots in ${OUT}/ (${pages.map((page) => page.name).join(', ')} × ${WIDTHS.join(', ')}px × light, dark)`);
