import { expect } from '@open-wc/testing';
import { AllianceSpaceSelectEvent } from '../../../src/components/directory/directory-events.js';
import { directoryJsonLd } from '../../../src/components/directory/structured-data.js';
import { parseFeed } from '../../../src/feed/parse.js';
import { activeSpaces } from '../../../src/feed/query.js';
import { clock } from '../../../src/shared/clock.js';
import { pinClock, resetFeedTestState } from '../../helpers/feed.js';
import { card, directoryFeed, mountDirectory } from './fixtures.js';

const EVIL_NAME = '</script><script>alert(1)</script>';

/** Clicks `link` as a visitor would, and reports whether the browser would have followed it. */
function clickLink(link: HTMLAnchorElement, init: MouseEventInit = {}): { followed: boolean } {
  const outcome = { followed: false };
  // Runs after the directory's own handler; it records the verdict and stops the test page from navigating.
  const guard = (event: Event) => {
    outcome.followed = !event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', guard);
  link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0, ...init }));
  window.removeEventListener('click', guard);
  return outcome;
}

describe('<alliance-directory> select event and structured data', () => {
  beforeEach(() => pinClock('2026-11-30T16:30:00Z', 'America/Chicago'));
  afterEach(resetFeedTestState);

  describe('alliance-space-select', () => {
    it('fires before the name link is followed, with the space, its id and url; the link is followed when not cancelled', async () => {
      const el = await mountDirectory();
      const events: AllianceSpaceSelectEvent[] = [];
      el.addEventListener('alliance-space-select', (event) => events.push(event));
      const link = card(el, 'crossroads').querySelector<HTMLAnchorElement>('.name a')!;
      const { followed } = clickLink(link);
      expect(events.length).to.equal(1);
      const [event] = events;
      expect(event).to.be.instanceOf(AllianceSpaceSelectEvent);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(event.detail.spaceId).to.equal('crossroads');
      expect(event.detail.space.name).to.equal('Crossroads Commons');
      expect(event.detail.url).to.equal('https://crossroads.example/');
      expect(followed).to.equal(true);
    });

    it('preventDefault() keeps the browser on the page, so a host app can route instead', async () => {
      const el = await mountDirectory();
      document.addEventListener('alliance-space-select', (event) => event.preventDefault(), { once: true });
      const { followed } = clickLink(card(el, 'mile-high').querySelector<HTMLAnchorElement>('.name a')!);
      expect(followed).to.equal(false);
    });

    it('stays out of the way of a click meant for a new tab', async () => {
      const el = await mountDirectory();
      let fired = 0;
      el.addEventListener('alliance-space-select', (event) => {
        fired++;
        event.preventDefault();
      });
      const { followed } = clickLink(card(el, 'crossroads').querySelector<HTMLAnchorElement>('.name a')!, { ctrlKey: true });
      expect(fired).to.equal(0);
      expect(followed).to.equal(true);
    });

    it('fires for the website link too', async () => {
      const el = await mountDirectory();
      let detail: AllianceSpaceSelectEvent['detail'] | undefined;
      el.addEventListener('alliance-space-select', (event) => (detail = event.detail));
      clickLink(card(el, 'night-owl').querySelector<HTMLAnchorElement>('[part="website-link"]')!);
      expect(detail?.spaceId).to.equal('night-owl');
    });
  });

  describe('structured-data', () => {
    it('writes one JSON-LD ItemList of LocalBusiness entries that no space name can break out of', async () => {
      const raw = directoryFeed();
      raw.spaces[0].name = EVIL_NAME;
      const scriptsBefore = document.querySelectorAll('script').length;
      const alerts: unknown[] = [];
      const realAlert = window.alert;
      window.alert = (message?: unknown) => alerts.push(message);
      try {
        const el = await mountDirectory(raw, 'structured-data');
        const scripts = el.querySelectorAll('script');
        expect(scripts.length).to.equal(1);
        expect(document.querySelectorAll('script').length).to.equal(scriptsBefore + 1);
        const script = scripts[0];
        expect(script.type).to.equal('application/ld+json');
        expect(script.textContent).not.to.contain('</script');
        expect(script.textContent).not.to.contain('<');

        const data = JSON.parse(script.textContent!);
        const feed = parseFeed(raw).feed!;
        expect(data).to.deep.equal(directoryJsonLd(feed, activeSpaces(feed), clock.now()));
        expect(data['@type']).to.equal('ItemList');
        expect(data.numberOfItems).to.equal(4);
        const first = data.itemListElement[0];
        expect(first.position).to.equal(1);
        expect(first.item.name).to.equal(EVIL_NAME);
        expect(first.item['@type']).to.equal('LocalBusiness');
        expect(first.item.url).to.equal('https://crossroads.example/');
        expect(first.item.telephone).to.equal('+1 816-555-0142');
        expect(first.item.address).to.deep.equal({
          '@type': 'PostalAddress',
          streetAddress: '1824 Grand Blvd',
          addressLocality: 'Kansas City',
          addressRegion: 'MO',
          postalCode: '64108',
          addressCountry: 'US',
        });
        expect(first.item.geo).to.deep.equal({ '@type': 'GeoCoordinates', latitude: 39.0902, longitude: -94.5817 });
        expect(first.item.openingHoursSpecification).to.deep.equal([
          {
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => `https://schema.org/${day}`),
            opens: '08:00',
            closes: '18:00',
          },
        ]);
        expect(first.item.specialOpeningHoursSpecification).to.deep.equal([
          { '@type': 'OpeningHoursSpecification', validFrom: '2026-12-25', validThrough: '2026-12-25', opens: '00:00', closes: '00:00' },
        ]);
        // Around the clock: "24:00" is written as schema.org's last minute of the day.
        const owl = data.itemListElement.find((entry: { item: { name: string } }) => entry.item.name === 'Night Owl Works');
        expect(owl.item.openingHoursSpecification[0]).to.include({ opens: '00:00', closes: '23:59' });

        // The card shows the name as text, too.
        expect(card(el, 'crossroads').querySelector('.name')!.textContent!.trim()).to.equal(EVIL_NAME);
        expect(el.shadowRoot!.querySelectorAll('script').length).to.equal(0);
        expect(alerts).to.deep.equal([]);
        await expect(el).to.be.accessible();

        el.structuredData = false;
        await el.updateComplete;
        expect(el.querySelectorAll('script').length).to.equal(0);
      } finally {
        window.alert = realAlert;
      }
    });

    it('writes nothing without the attribute', async () => {
      const el = await mountDirectory();
      expect(el.querySelectorAll('script').length).to.equal(0);
    });
  });
});
