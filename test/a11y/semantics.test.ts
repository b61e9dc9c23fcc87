/**
 * What a screen reader gets from the browser's accessibility tree: every link and button named (icon-only ones
 * too), lists and headings, status regions for loading and results, and states in words.
 */
import { expect, html } from '@open-wc/testing';
import { AllianceBadgeElement } from '../../src/components/badge/alliance-badge.js';
import { pinClock, resetFeedTestState, until } from '../helpers/feed.js';
import { FEED_URL, i18nFeed, MONDAY_MORNING, mount } from '../i18n/fixtures.js';

/** axe-core's own name and role computation (the one its rules use), loaded once into this page. */
async function loadAxe(): Promise<any> {
  const win = window as Window & { axe?: unknown };
  if (!win.axe) {
    const source = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    (0, eval)(source);
  }
  return win.axe;
}

function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

const realHostname = AllianceBadgeElement.pageHostname;

describe('accessibility tree', () => {
  beforeEach(() => {
    pinClock(MONDAY_MORNING, 'America/Toronto');
    AllianceBadgeElement.pageHostname = () => 'harbour.example';
  });
  afterEach(() => {
    resetFeedTestState();
    AllianceBadgeElement.pageHostname = realHostname;
  });

  it('names every link and button (icon-only ones too), and has lists, headings and states in words', async () => {
    const feed = i18nFeed();
    feed.events.push({ id: 'off', title: 'Cancelled Breakfast', start: '2026-12-02T13:00:00Z', timezone: 'America/Toronto', status: 'cancelled' });
    const page = await mount<HTMLElement>(
      html`<div id="tree">
        <alliance-badge variant="icon" space="harbour" feed=${FEED_URL}></alliance-badge>
        <alliance-badge variant="compact" space="harbour" feed=${FEED_URL}></alliance-badge>
        <alliance-pass-button pass="day" feed=${FEED_URL}></alliance-pass-button>
        <alliance-directory feed=${FEED_URL}></alliance-directory>
        <alliance-events feed=${FEED_URL}></alliance-events>
      </div>`,
      feed,
    );
    const axe = await loadAxe();
    axe.setup(page);
    try {
      const all = [...deepElements(page)];
      const nameOf = (element: Element) => (axe.commons.text.accessibleText(element) as string).replace(/\s+/g, ' ').trim();
      // Controls a screen reader can reach now (not those in closed details or folded-away filters).
      const controls = all.filter(
        (element) => element.matches('a[href], button, input, select, [role="link"]') && axe.commons.dom.isVisibleToScreenReaders(element),
      );
      const unnamed = controls.filter((element) => !nameOf(element)).map((element) => element.outerHTML.slice(0, 80));
      expect(unnamed).to.deep.equal([]);
      const names = controls.map(nameOf);
      // The icon badge is a logo alone on screen: its link carries the whole claim.
      expect(names).to.include('Proud member of Lakeshore Alliance, Member since 2019');
      // The compact and icon badges' toggles show only an icon.
      expect(names.filter((name) => name === 'About the alliance')).to.have.length(2);
      expect(names).to.include('Search member spaces');
      expect(names).to.include('Sort by');
      expect(names).to.include("What's included: Lakeshore Day Pass");

      const headings = all.filter((element) => axe.commons.aria.getRole(element) === 'heading').map(nameOf);
      expect(headings).to.include.members(['Harbour Desk', 'Junction Works', 'Winter Mixer', 'Cancelled Breakfast']);
      expect(all.filter((element) => axe.commons.aria.getRole(element) === 'list').length).to.be.at.least(3);
      // A cancelled event says so in words, not only with a colour or a strike-through.
      const cancelled = all.find((element) => element.matches('.event.cancelled'))!;
      expect(cancelled.textContent).to.contain('Cancelled');
    } finally {
      axe.teardown();
    }
  });

  it('announces the result count of a search in a status region', async () => {
    const directory = await mount(html`<alliance-directory feed=${FEED_URL}></alliance-directory>`);
    const input = directory.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    input.value = 'nothing matches this';
    input.dispatchEvent(new Event('input'));
    const status = directory.shadowRoot!.querySelector('p.visually-hidden[role="status"]')!;
    await until(() => status.textContent!.trim() === 'No spaces match.', 3000, 'the announcement');
    input.value = 'harbour';
    input.dispatchEvent(new Event('input'));
    await until(() => status.textContent!.trim() === '1 space found.', 3000, 'the new count');
  });

  it('says "loading" in a status region while the feed is on its way', async () => {
    const provider = document.createElement('alliance-feed');
    provider.data = new Promise(() => {});
    provider.innerHTML = '<alliance-events></alliance-events><alliance-pass-button></alliance-pass-button>';
    document.body.append(provider);
    try {
      for (const element of provider.querySelectorAll<HTMLElement>('alliance-events, alliance-pass-button')) {
        await until(() => !!element.shadowRoot?.querySelector('[role="status"]'), 3000, `${element.localName} loading`);
        expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/Loading/);
      }
    } finally {
      provider.remove();
    }
  });
});
