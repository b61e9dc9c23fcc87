/**
 * The React wrappers (alliance-kit/react) and React 19's own custom-element support, in a real React 19 root.
 * Served bundled by esbuild (scripts/wtr-embedding.mjs): React ships only CommonJS.
 */
import { expect } from '@open-wc/testing';
import { createElement as h, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { AllianceBadge, AllianceDirectory, AllianceEvents, AllianceFeed, AlliancePassButton } from '../../src/react/index.js';
import type { AllianceDirectoryElement } from '../../src/components/directory/alliance-directory.js';
import type { AllianceSpaceSelectEvent } from '../../src/components/directory/directory-events.js';
import type { AlliancePassCheckoutEvent } from '../../src/components/pass-button/events.js';
import type { AllianceKitIntrinsicElements } from '../../src/react/jsx.js';
import { json, pinClock, resetFeedTestState, routes, sampleFeed, until } from '../helpers/feed.js';

const FEED = 'https://alliance.example/feed.json';

let container: HTMLElement;
let root: Root;
const render = (node: ReactNode) => flushSync(() => root.render(node));
const shadow = (selector: string) => container.querySelector(selector)!.shadowRoot!;

describe('React wrappers', () => {
  beforeEach(async () => {
    pinClock('2026-11-28T12:00:00-06:00', 'America/Chicago');
    routes({ [FEED]: json(await sampleFeed()) });
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
    resetFeedTestState();
  });

  it('sets props as element properties (strings, numbers, lists) and re-renders with new ones', async () => {
    render(h(AllianceDirectory, { feed: FEED, currentSpace: 'crossroads-commons', layout: 'compact', limit: 3, kinds: ['coworking'], showFilters: false }));
    const element = container.querySelector('alliance-directory') as AllianceDirectoryElement;
    expect(element.currentSpace).to.equal('crossroads-commons');
    expect(element.limit).to.equal(3);
    expect(element.kinds).to.deep.equal(['coworking']);
    expect(element.showFilters).to.equal(false);
    await element.updateComplete;
    expect(element.getAttribute('layout')).to.equal('compact');
    await until(() => shadow('alliance-directory').querySelectorAll('[part~="card"]').length > 0, 3000, 'cards');
    const cards = () => shadow('alliance-directory').querySelectorAll('[part~="card"]').length;
    expect(cards()).to.be.within(1, 3);

    render(h(AllianceDirectory, { feed: FEED, currentSpace: 'crossroads-commons', layout: 'list', limit: 1, kinds: ['coworking'], showFilters: false }));
    expect(container.querySelector('alliance-directory')).to.equal(element); // the same element, updated in place
    await element.updateComplete;
    expect(element.getAttribute('layout')).to.equal('list');
    await until(() => cards() === 1, 3000, 'one card');
  });

  it('calls typed on… callbacks with the element’s events, and swaps them on re-render', async () => {
    const first: AllianceSpaceSelectEvent[] = [];
    const second: AllianceSpaceSelectEvent[] = [];
    const keep = (list: AllianceSpaceSelectEvent[]) => (event: AllianceSpaceSelectEvent) => {
      event.preventDefault(); // stay on the test page
      list.push(event);
    };
    render(h(AllianceDirectory, { feed: FEED, limit: 2, onAllianceSpaceSelect: keep(first) }));
    await until(() => !!shadow('alliance-directory').querySelector('[part~="website-link"]'), 3000, 'a website link');
    (shadow('alliance-directory').querySelector('[part~="website-link"]') as HTMLAnchorElement).click();
    expect(first).to.have.length(1);
    expect(first[0]!.detail.spaceId).to.be.a('string').and.not.equal('');
    expect(first[0]!.detail.url).to.match(/^https:\/\//);

    render(h(AllianceDirectory, { feed: FEED, limit: 2, onAllianceSpaceSelect: keep(second) }));
    (shadow('alliance-directory').querySelector('[part~="website-link"]') as HTMLAnchorElement).click();
    expect(first).to.have.length(1);
    expect(second).to.have.length(1);
  });

  it('hands the pass checkout to the app when the callback cancels it', async () => {
    const checkouts: AlliancePassCheckoutEvent[] = [];
    render(
      h(AlliancePassButton, {
        feed: FEED,
        pass: 'day-pack-5',
        space: 'crossroads-commons',
        onAlliancePassCheckout: (event: AlliancePassCheckoutEvent) => {
          event.preventDefault();
          checkouts.push(event);
        },
      }),
    );
    await until(() => !!shadow('alliance-pass-button').querySelector('a[part~="button"]'), 3000, 'the checkout button');
    (shadow('alliance-pass-button').querySelector('a[part~="button"]') as HTMLAnchorElement).click();
    expect(checkouts).to.have.length(1);
    expect(checkouts[0]!.detail.passId).to.equal('day-pack-5');
    expect(checkouts[0]!.detail.spaceId).to.equal('crossroads-commons');
  });

  it('passes feed JSON the app already has through <AllianceFeed data>, with fallback children in the light DOM', async () => {
    const loaded: string[] = [];
    const feed = await sampleFeed();
    render(
      h(
        AllianceFeed,
        { data: feed, onAllianceFeedLoad: (event) => loaded.push(event.detail.feed.alliance.name) },
        h(AllianceBadge, { space: 'crossroads-commons' }, h('a', { href: 'https://prairieandpeaks.example/' }, 'Member of Prairie & Peaks')),
        h(AllianceEvents, { limit: 1 }),
      ),
    );
    expect(container.querySelector('alliance-badge > a')!.textContent).to.equal('Member of Prairie & Peaks');
    await until(() => loaded.length > 0 && !!shadow('alliance-badge').querySelector('[part~="badge"]'), 3000, 'the badge');
    expect(loaded).to.deep.equal([feed.alliance.name]);
  });

  it('works with the bare tags in React 19 (attributes in HTML spelling, on<event-name> listeners)', async () => {
    const selected: string[] = [];
    const props: AllianceKitIntrinsicElements['alliance-directory'] = {
      feed: FEED,
      'current-space': 'crossroads-commons',
      layout: 'list',
      limit: 2,
      'onalliance-space-select': (event) => {
        event.preventDefault();
        selected.push(event.detail.spaceId);
      },
    };
    render(h('alliance-directory', props));
    const element = container.querySelector('alliance-directory') as AllianceDirectoryElement;
    expect(element.currentSpace).to.equal('crossroads-commons');
    await until(() => !!element.shadowRoot?.querySelector('[part~="website-link"]'), 3000, 'a website link');
    (element.shadowRoot!.querySelector('[part~="website-link"]') as HTMLAnchorElement).click();
    expect(selected).to.have.length(1);
  });
});
