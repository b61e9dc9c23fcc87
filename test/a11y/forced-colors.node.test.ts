/**
 * Windows high contrast (forced colours), which only Playwright can emulate: backgrounds and box shadows are
 * dropped, so every marker that colour or a shadow alone would carry (a status, a tag, a price tag, "You are
 * here") needs a border or an outline, and focus rings must stay.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs script without type declarations
import { launchChromium, settleDemo, startDemoServer } from '../../scripts/demo-browser.mjs';

/** Elements each marker applies to, by element and selector inside its shadow root. */
const MARKERS: [tag: string, selector: string][] = [
  ['alliance-events', '.badge.cancelled'],
  ['alliance-events', '.badge.postponed'],
  ['alliance-events', '.tags li'],
  ['alliance-directory', '.here'],
  ['alliance-directory', '.card.current'],
  ['alliance-directory', '.amenities li'],
  ['alliance-pass-button', '.buy'],
  ['alliance-pass-button', '.buy .price'],
  ['alliance-badge', '.badge'],
  ['alliance-badge', '.toggle'],
  ['alliance-badge', '.tag'],
];

describe('forced colours', () => {
  let server: { origin: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    const context = await browser.newContext({ forcedColors: 'active', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${server.origin}/test/a11y/fixtures/forced-colors.html`);
    await settleDemo(page);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is on', async () => {
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  });

  it('keeps a border or outline on every marker that colour alone would carry', async () => {
    const report = await page.evaluate((markers) => {
      const edge = (element: Element) => {
        const style = getComputedStyle(element);
        const border = ['top', 'right', 'bottom', 'left'].some(
          (side) => style.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0,
        );
        return border || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0);
      };
      return markers.map(([tag, selector]) => {
        const found = [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll(selector) ?? [])];
        return { marker: `${tag} ${selector}`, count: found.length, withoutEdge: found.filter((element) => !edge(element)).length };
      });
    }, MARKERS);
    const missing = report.filter((entry) => entry.count === 0).map((entry) => entry.marker);
    assert.deepEqual(missing, [], 'markers the fixture page should show');
    const invisible = report.filter((entry) => entry.withoutEdge > 0).map((entry) => `${entry.marker} (${entry.withoutEdge} of ${entry.count})`);
    assert.deepEqual(invisible, []);
  });

  it('keeps a focus ring on every stop', async () => {
    const rings: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      rings.push(
        await page.evaluate(() => {
          let active: Element | null = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          if (!active || active === document.body) return 'body';
          const style = getComputedStyle(active);
          const label = (active.textContent ?? '').trim().slice(0, 30);
          return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? 'ring' : `no ring on ${active.localName} “${label}”`;
        }),
      );
    }
    assert.deepEqual(rings.filter((ring) => ring !== 'ring' && ring !== 'body'), []);
    assert.ok(rings.filter((ring) => ring === 'ring').length >= 10);
  });
});
