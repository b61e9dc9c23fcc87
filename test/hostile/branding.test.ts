/**
 * Hostile feeds, group 6 (branding): CSS smuggled in the brand colours, and an SVG logo that carries script.
 * Expected: the default colours (only `#rrggbb` is ever applied, as private custom properties), and a logo
 * only ever as `<img>` (never inline SVG, `<object>`, `<embed>` or `<iframe>`).
 */
import { baseFeed, count, expectClean, hostileHooks, json, runFeedCase, serveable, shownState } from './harness.js';
import { expect } from '@open-wc/testing';

const GROUP = '6 branding';
const HOST = 'hostile-brand.example';
const COLOURS = [
  'red;background:url(/__hostile-beacon/colour)', '#fff}body{display:none}', '#ffffff}body{display:none}', 'expression(__pwned(1))',
  'var(--x)', 'url(/__hostile-beacon/colour-url)', 'rgb(0,0,0)', 'transparent', '#fff', ' #ffffff', '#ffffff ', '#ffffff;x:y',
  '#ffffff\n', '#12345g', '#1234567', 'javascript:__pwned(1)', '<style>body{display:none}</style>', '#ffffff!important',
  '\\23 ffffff', '#ff\u0000ffff', 'inherit', 'currentColor', '#ffffff/*', 'hsl(0 0% 0%)',
];

describe('hostile feeds 6: branding', () => {
  hostileHooks('branding');

  for (const colour of COLOURS) {
    it(`primary and accent ${JSON.stringify(colour)}: default colours`, async () => {
      const feed = serveable(baseFeed(HOST));
      feed.alliance.colors = { primary: colour, accent: colour };
      const result = await runFeedCase('brand', { route: json(feed), served: feed });
      expectClean(GROUP, result, colour);
      for (const element of result.mounted.elements) {
        expect(shownState(element)).to.equal('content');
        expect(element.style.getPropertyValue('--_feed-primary'), element.localName).to.equal('');
      }
      expect(getComputedStyle(document.body).display).to.equal('block');
    });
  }

  it('a valid brand colour is applied as a private custom property only', async () => {
    const feed = serveable(baseFeed(HOST));
    feed.alliance.colors = { primary: '#AA3300' };
    const result = await runFeedCase('brand-ok', { route: json(feed), served: feed });
    expectClean(GROUP, result);
    for (const element of result.mounted.elements) expect(element.style.getPropertyValue('--_feed-primary')).to.equal('#aa3300');
  });

  for (const logo of [
    `https://${HOST}/logo.svg`,
    `https://${HOST}/logo.svg#<script>__pwned(1)</script>`,
    'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="__pwned(1)"><script>__pwned(2)</script></svg>',
    'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjxzY3JpcHQ+X19wd25lZCgxKTwvc2NyaXB0Pjwvc3ZnPg==',
  ]) {
    it(`an SVG logo ${logo.slice(0, 50)}: only ever an <img>`, async () => {
      const feed = serveable(baseFeed(HOST));
      feed.alliance.logo = logo;
      for (const space of feed.spaces) space.logo = space.photo = logo;
      for (const event of feed.events) event.image = logo;
      const result = await runFeedCase('brand-svg', { route: json(feed), served: feed });
      expectClean(GROUP, result, logo);
      for (const walk of result.walks) {
        for (const src of walk.images) expect(src.startsWith('https://')).to.equal(true);
      }
      for (const element of result.mounted.elements) {
        for (const svg of element.shadowRoot!.querySelectorAll('svg')) {
          expect(svg.querySelector('script, image, use, foreignObject'), 'kit icons only').to.equal(null);
        }
      }
      count(GROUP, false, ['svg-as-img']);
    });
  }
});
