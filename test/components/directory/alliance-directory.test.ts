import { expect, fixture, fixtureSync } from '@open-wc/testing';
import type { AllianceDirectoryElement } from '../../../src/components/directory/alliance-directory.js';
import { writeCachedFeed } from '../../../src/feed/cache.js';
import { loaderDefaults } from '../../../src/feed/loader.js';
import type { Feed } from '../../../src/feed/schema.js';
import { feedUrlFor, json, pinClock, resetFeedTestState, routes, until } from '../../helpers/feed.js';
import { card, cardIds, cards, directoryFeed, mountDirectory, shadow, text } from './fixtures.js';

// Monday 2026-11-30, 10:30 in Kansas City (CST) and 09:30 in Denver (MST); the visitor is in Kansas City.
const MONDAY_MORNING = '2026-11-30T16:30:00Z';

describe('<alliance-directory>', () => {
  const retries = loaderDefaults.retries;
  let FEED_URL: string;
  beforeEach(() => {
    pinClock(MONDAY_MORNING, 'America/Chicago');
    FEED_URL = feedUrlFor('directory');
  });
  afterEach(() => {
    loaderDefaults.retries = retries;
    resetFeedTestState();
  });

  describe('cards', () => {
    it('lists the active members as a list of cards with headings, and leaves lapsed members out', async () => {
      const el = await mountDirectory();
      const list = shadow(el).querySelector('ul.cards')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(cardIds(el)).to.have.members(['crossroads', 'mile-high', 'river-makers', 'night-owl']);
      expect(text(shadow(el))).not.to.contain('Lapsed Loft');
      const heading = card(el, 'crossroads').querySelector('h3')!;
      expect(text(heading)).to.equal('Crossroads Commons');
      expect(heading.querySelector('a')!.href).to.equal('https://crossroads.example/');
      await expect(el).to.be.accessible();
    });

    it('uses the heading level it is given', async () => {
      const el = await mountDirectory(directoryFeed(), 'heading-level="2"');
      expect(cards(el).every((item) => item.querySelector('h2.name'))).to.equal(true);
      expect(shadow(el).querySelector('h3')).to.equal(null);
    });

    it('shows kind, neighbourhood, address with a map link, amenities, day-visitor policy, passes and links', async () => {
      const el = await mountDirectory();
      const crossroads = card(el, 'crossroads');
      expect(text(crossroads.querySelector('.meta'))).to.equal('Coworking space · Crossroads');
      const address = crossroads.querySelector('[part="address"]')!;
      expect(text(address)).to.contain('1824 Grand Blvd, Kansas City, MO 64108');
      const map = new URL(address.querySelector<HTMLAnchorElement>('a[part="map-link"]')!.href);
      expect(map.origin + map.pathname).to.equal('https://www.google.com/maps/search/');
      expect(map.searchParams.get('query')).to.equal('1824 Grand Blvd, Kansas City, MO 64108');
      expect(address.querySelector('a')!.rel).to.equal('noopener noreferrer');

      const amenities = [...crossroads.querySelectorAll('[part="amenities"] li')].map(text);
      expect(amenities).to.deep.equal(['Wi-Fi', 'Coffee', 'Meeting rooms']);

      const dayUse = text(crossroads.querySelector('[part="day-use"]'));
      expect(dayUse).to.contain('Day visitors welcome · $25 a day');
      expect(dayUse).to.contain('Booking required · Book a visit');
      expect(dayUse).to.contain('Day visitors: Mon–Fri 9:00 AM – 5:00 PM');
      expect(dayUse).to.contain('Up to 3 days in a row');
      expect(dayUse).to.contain('Check in at the front desk.');
      expect(crossroads.querySelector<HTMLAnchorElement>('a[part="booking-link"]')!.href).to.equal('https://crossroads.example/book');

      const passes = [...crossroads.querySelectorAll('[part="passes"] li')].map(text);
      expect(passes).to.deep.equal(['Day Pass Pack', 'Explorer Month']);
      expect(text(crossroads.querySelector('[part="website-link"]'))).to.equal('crossroads.example');
      expect(crossroads.querySelector<HTMLAnchorElement>('[part="phone-link"]')!.href).to.equal('tel:+18165550142');
    });

    it('shows free amenity tags as written, "No day visitors", free day visits, and only the passes honoured', async () => {
      const el = await mountDirectory();
      const makers = card(el, 'river-makers');
      expect([...makers.querySelectorAll('[part="amenities"] li')].map(text)).to.deep.equal(['Wi-Fi', 'laser-cutter']);
      expect(text(makers.querySelector('[part="day-use"]'))).to.equal('No day visitors');
      // It opted out of the all-spaces pass, and is not on the explorer list.
      expect(makers.querySelector('[part="passes"]')).to.equal(null);
      expect(text(card(el, 'night-owl').querySelector('[part="day-use"]'))).to.contain('Free day visits');
      expect([...card(el, 'mile-high').querySelectorAll('[part="passes"] li')].map(text)).to.deep.equal(['Day Pass Pack']);
    });

    it('shows a monogram for a space without a photo, and in place of a photo that fails to load', async () => {
      const el = await mountDirectory();
      const owl = card(el, 'night-owl');
      expect(owl.querySelector('img')).to.equal(null);
      expect(text(owl.querySelector('[part~="placeholder"]'))).to.equal('NW');
      expect(owl.querySelector('[part~="placeholder"]')!.getAttribute('aria-hidden')).to.equal('true');

      const photo = card(el, 'crossroads').querySelector('img')!;
      expect(photo.alt).to.equal('Long tables under brick arches');
      expect(photo.loading).to.equal('lazy');
      expect(photo.referrerPolicy).to.equal('no-referrer');
      // A broken image link on a real page (dispatched here: lazy images in a hidden test tab may never load).
      photo.dispatchEvent(new Event('error'));
      await el.updateComplete;
      expect(card(el, 'crossroads').querySelector('img')).to.equal(null);
      expect(text(card(el, 'crossroads').querySelector('[part~="placeholder"]'))).to.equal('CC');
      await expect(el).to.be.accessible();
    });
  });

  describe('open now, on each space’s own clock', () => {
    const status = (el: AllianceDirectoryElement, id: string) => text(card(el, id).querySelector('[part="open-state"]'));

    it('says open, closed and "Open 24 hours" in words, with the space’s zone when it differs from the visitor’s', async () => {
      const el = await mountDirectory();
      expect(status(el, 'crossroads')).to.equal('Open now · Closes at 6:00 PM');
      expect(text(card(el, 'crossroads').querySelector('.today'))).to.equal('Today: 8:00 AM – 6:00 PM');
      // 09:30 in Denver: Kansas City visitors are told whose 6:00 PM it is.
      expect(status(el, 'mile-high')).to.equal('Open now · Closes at 6:00 PM MST');
      expect(status(el, 'river-makers')).to.equal('Closed · Opens Saturday at 6:00 PM');
      expect(text(card(el, 'river-makers').querySelector('.today'))).to.equal('Closed today');
      expect(status(el, 'night-owl')).to.equal('Open 24 hours');
      // Never colour alone: every status has its words and an icon.
      for (const item of cards(el)) expect(item.querySelector('[part="open-state"] svg.icon')).to.exist;
    });

    it('at 17:00 in Kansas City: closes soon there, still plainly open in Denver (16:00)', async () => {
      pinClock('2026-11-30T23:00:00Z', 'America/Chicago');
      const el = await mountDirectory();
      expect(status(el, 'crossroads')).to.equal('Closes soon · 6:00 PM');
      expect(status(el, 'mile-high')).to.equal('Open now · Closes at 6:00 PM MST');
    });

    it('at 07:59 in Denver (08:59 in Kansas City): opens soon there, open in Kansas City', async () => {
      pinClock('2026-11-30T14:59:00Z', 'America/Denver');
      const el = await mountDirectory();
      expect(status(el, 'mile-high')).to.equal('Opens soon · 8:00 AM');
      expect(status(el, 'crossroads')).to.equal('Open now · Closes at 6:00 PM CST');
    });

    it('at 18:00 exactly: closed, opening tomorrow', async () => {
      pinClock('2026-12-01T00:00:00Z', 'America/Chicago');
      const el = await mountDirectory();
      expect(status(el, 'crossroads')).to.equal('Closed · Opens tomorrow at 8:00 AM');
    });

    it('at 00:30 on Sunday: still open from Saturday night, closing at 2:30 AM', async () => {
      pinClock('2026-11-29T06:30:00Z', 'America/Chicago');
      const el = await mountDirectory();
      expect(status(el, 'river-makers')).to.equal('Open now · Closes at 2:30 AM');
    });

    it('on a holiday: closed, with the holiday’s name', async () => {
      pinClock('2026-12-25T16:00:00Z', 'America/Chicago');
      const el = await mountDirectory();
      expect(status(el, 'crossroads')).to.equal('Closed · Opens Monday at 8:00 AM');
      expect(text(card(el, 'crossroads').querySelector('.today'))).to.equal('Closed today · Christmas Day');
      expect(status(el, 'mile-high')).to.equal('Open now · Closes at 6:00 PM MST');
    });
  });

  describe('states', () => {
    it('shows skeleton cards while loading, announced once as loading', async () => {
      routes({ [FEED_URL]: () => new Promise<Response>(() => {}) });
      const el = await fixture<AllianceDirectoryElement>(`<alliance-directory feed="${FEED_URL}"></alliance-directory>`);
      const loading = shadow(el).querySelector('[part="loading"]')!;
      expect(loading.getAttribute('role')).to.equal('status');
      expect(text(loading)).to.equal('Loading member spaces…');
      expect(loading.querySelectorAll('li.card').length).to.equal(3);
      expect(loading.querySelector('ul')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('says so when the alliance has no active member spaces', async () => {
      const feed = directoryFeed();
      feed.spaces = feed.spaces.filter((space: { status?: string }) => space.status === 'lapsed');
      const el = await mountDirectory(feed);
      expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('No member spaces yet.');
      expect(shadow(el).querySelector('ul.cards')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the shared error state when the feed cannot be loaded', async () => {
      loaderDefaults.retries = 0;
      routes({});
      const el = await fixture<AllianceDirectoryElement>(`<alliance-directory feed="${FEED_URL}"></alliance-directory>`);
      await until(() => !!shadow(el).querySelector('.status.error'), 3000, 'the error state');
      expect(text(shadow(el).querySelector('.status.error'))).to.contain('Alliance information is unavailable right now.');
      await expect(el).to.be.accessible();
    });

    it('shows the stored copy with "Updated … ago" when the network fails', async () => {
      loaderDefaults.retries = 0;
      writeCachedFeed(FEED_URL, directoryFeed() as Feed, Date.parse('2026-11-27T16:30:00Z'));
      routes({ [FEED_URL]: new Response('down', { status: 503 }) });
      const el = await fixture<AllianceDirectoryElement>(`<alliance-directory feed="${FEED_URL}"></alliance-directory>`);
      await until(() => !!shadow(el).querySelector('[part="stale"]'), 3000, 'the stale notice');
      expect(text(shadow(el).querySelector('[part="stale"]'))).to.contain('Updated 3 days ago');
      expect(cards(el).length).to.equal(4);
      await expect(el).to.be.accessible();
    });

    it('renders a feed from an enclosing <alliance-feed> as well', async () => {
      const wrapper = await fixture<HTMLElement>(`<alliance-feed><alliance-directory></alliance-directory></alliance-feed>`);
      (wrapper as HTMLElement & { data: unknown }).data = directoryFeed();
      const el = wrapper.querySelector('alliance-directory')!;
      await until(() => cards(el).length === 4, 3000, 'cards from the provider');
    });

    it('is accessible in the dark theme and every layout', async () => {
      for (const layout of ['grid', 'list', 'compact']) {
        const el = await mountDirectory(directoryFeed(), `layout="${layout}" theme="dark"`);
        expect(cards(el).length, layout).to.equal(4);
        if (layout === 'compact') expect(shadow(el).querySelector('.media, [part="amenities"]')).to.equal(null);
        await expect(el).to.be.accessible();
      }
    });
  });

  it('never sets its own routes twice (one request per feed, however many directories)', async () => {
    const table = routes({ [FEED_URL]: json(directoryFeed()) });
    // fixtureSync: a plain <div> fixture waits for an animation frame, which a background test tab never gets.
    const host = fixtureSync<HTMLElement>(
      `<div><alliance-directory feed="${FEED_URL}"></alliance-directory><alliance-directory feed="${FEED_URL}" layout="compact"></alliance-directory></div>`,
    );
    const [first, second] = host.querySelectorAll('alliance-directory');
    await until(() => cards(first).length === 4 && cards(second).length === 4, 3000, 'both directories');
    expect(table.calls.length).to.equal(1);
  });
});
