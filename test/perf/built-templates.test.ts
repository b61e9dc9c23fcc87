/**
 * The build minifies the elements' `css` and `html` templates (scripts/minify-templates.mjs). Here every element
 * of the built dist/alliance-kit.js renders the sample feed side by side with the same element compiled from
 * src/, and both must give the same shadow DOM (up to whitespace runs and comments) and the same parsed
 * stylesheets, rule for rule. Needs `npm run build` first; skipped with a message otherwise.
 */
import { expect } from '@open-wc/testing';
import { AllianceFeedElement } from '../../src/components/feed/alliance-feed.js';
import { AllianceBadgeElement } from '../../src/components/badge/alliance-badge.js';
import { AllianceDirectoryElement } from '../../src/components/directory/alliance-directory.js';
import { AllianceEventsElement } from '../../src/components/events/alliance-events.js';
import { AlliancePassButtonElement } from '../../src/components/pass-button/alliance-pass-button.js';
import { resetFeedTestState, sampleFeed, until } from '../helpers/feed.js';

const built = (await fetch('/dist/alliance-kit.js', { method: 'HEAD', cache: 'no-store' })).ok;

const cases: { tag: string; source: CustomElementConstructor; attributes: Record<string, string> }[] = [
  { tag: 'alliance-badge', source: AllianceBadgeElement, attributes: { space: 'crossroads-commons' } },
  { tag: 'alliance-pass-button', source: AlliancePassButtonElement, attributes: { pass: 'day-pack-5', variant: 'card' } },
  { tag: 'alliance-events', source: AllianceEventsElement, attributes: {} },
  { tag: 'alliance-directory', source: AllianceDirectoryElement, attributes: { 'page-size': '50' } },
];

/** Markup as a browser would lay it out: comments (lit's markers, source comments) gone, whitespace runs as one space. */
function markup(root: ShadowRoot): string {
  return root.innerHTML.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ').replace(/> </g, '><').trim();
}

function stylesheetRules(root: ShadowRoot): string[] {
  return root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
}

/** `tag` inside its own copy's `<alliance-feed>` (the elements find the nearest provider). */
function place(tag: string, attributes: Record<string, string>, provider: string, feed: unknown): HTMLElement {
  const wrapper = document.createElement(provider) as HTMLElement & { data?: unknown };
  wrapper.data = feed;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('lang', 'en');
  wrapper.append(element);
  document.body.append(wrapper);
  placed.push(wrapper);
  return element;
}

const ready = (element: HTMLElement) => () => {
  const root = element.shadowRoot;
  return !!root && !root.querySelector('.status.loading, .status.error') && markup(root).length > 0;
};

/**
 * The sample feed without pictures: offline, each picture fails at its own moment and the element swaps in a
 * fallback, which would make the two copies differ for a while.
 */
async function feedWithoutPictures(): Promise<unknown> {
  const feed = await sampleFeed();
  delete feed.alliance.logo;
  for (const space of feed.spaces) {
    delete space.logo;
    delete space.photo;
  }
  for (const event of feed.events) delete event.image;
  return feed;
}

const placed: HTMLElement[] = [];

describe('built kit: minified templates render like the source', function () {

  before(async function () {
    if (!built) {
      console.warn('[built-templates] skipped: dist/ is missing. Run `npm run build` before the tests.');
      this.skip();
    }
    await import(/* @vite-ignore */ `${location.origin}/dist/alliance-kit.js`);
    customElements.define('src-alliance-feed', AllianceFeedElement);
    for (const { tag, source } of cases) customElements.define(`src-${tag}`, source);
  });

  afterEach(() => {
    for (const element of placed.splice(0)) element.remove();
    resetFeedTestState();
  });

  for (const { tag, attributes } of cases) {
    it(`<${tag}>: same markup and stylesheets`, async () => {
      const feed = await feedWithoutPictures();
      const fromDist = place(tag, attributes, 'alliance-feed', feed);
      const fromSource = place(`src-${tag}`, attributes, 'src-alliance-feed', feed);
      await until(ready(fromDist), 5000, `built <${tag}> to render`);
      await until(ready(fromSource), 5000, `source <${tag}> to render`);
      await new Promise((resolve) => requestAnimationFrame(resolve));

      expect(customElements.get(tag)).not.to.equal(customElements.get(`src-${tag}`));
      expect(markup(fromDist.shadowRoot!)).to.equal(markup(fromSource.shadowRoot!));
      const rules = stylesheetRules(fromDist.shadowRoot!);
      expect(rules.length).to.be.greaterThan(20);
      expect(rules).to.deep.equal(stylesheetRules(fromSource.shadowRoot!));
    });
  }
});
