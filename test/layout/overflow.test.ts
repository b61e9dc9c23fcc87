/**
 * Every demo page lays out at 280px (a sidebar), 375px (a phone), 768px (a tablet) and 1280px (a desktop),
 * light and dark, and with text at 200%: nothing inside the elements is wider than its box, nothing reaches
 * past an element's edges, and the page never scrolls sideways.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { available, DEMO_PAGES, openDemo, settle, type Theme } from '../a11y/demo-pages.js';
import { overflowsIn, resize } from './overflow.js';

const WIDTHS = [280, 375, 768, 1280];

describe('layout at every width', function () {
  this.timeout(60_000);

  after(() => emulateMedia({ colorScheme: 'light' }));

  for (const page of DEMO_PAGES) {
    for (const theme of ['light', 'dark'] as Theme[]) {
      it(`${page.name}, ${theme}: fits 280 to 1280px, also with text at 200%`, async function () {
        if (!(await available(page))) this.skip();
        const demo = await openDemo(page, WIDTHS[0], theme);
        const problems: string[] = [];
        try {
          for (const width of WIDTHS) {
            await resize(demo.frame, width);
            problems.push(...overflowsIn(demo.doc).map((problem) => `${width}px: ${problem}`));
          }
          // The visitor's text size setting at 200% (rem and em grow; the page's width does not).
          demo.doc.documentElement.style.fontSize = '200%';
          await settle(demo.doc, 500);
          for (const width of [375, 1280]) {
            await resize(demo.frame, width);
            problems.push(...overflowsIn(demo.doc).map((problem) => `${width}px, text 200%: ${problem}`));
          }
        } finally {
          demo.close();
        }
        expect(problems.join('\n')).to.equal('');
      });
    }
  }
});
