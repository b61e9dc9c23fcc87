import { expect, html } from '@open-wc/testing';
import { AllianceEventSelectEvent } from '../../../src/components/events/alliance-event-select.js';
import { pinClock, resetFeedTestState } from '../../helpers/feed.js';
import { eventNamed, feedWith, mount, type EventInput, feedUrlFor } from './fixtures.js';

const FEED_URL = feedUrlFor('select');

const events: EventInput[] = [
  {
    id: 'mixer',
    title: 'Holiday Mixer </script><b>',
    description: 'Cider & a gift swap.',
    start: '2027-03-10T17:30:00-06:00',
    end: '2027-03-10T20:00:00-06:00',
    space: 'crossroads',
    price: { amount: '12.50' },
    image: 'https://images.example/mixer.jpg',
    registrationUrl: 'https://tickets.example/mixer',
  },
  {
    id: 'books',
    title: 'Year-End Books',
    start: '2027-03-15T12:00:00-05:00',
    location: 'Online',
    onlineUrl: 'https://meet.example/books',
    free: true,
  },
  { id: 'off', title: 'Founders Breakfast', start: '2027-03-18T07:30:00-06:00', space: 'lohi', status: 'cancelled' },
  { id: 'moved', title: 'Pitch Night', start: '2027-03-19T18:30:00-06:00', space: 'rino', status: 'moved-online', onlineUrl: 'https://meet.example/pitch' },
  { id: 'later', title: 'Later Talk', start: '2027-03-20T18:30:00-06:00', space: 'rino', status: 'postponed' },
];

describe('<alliance-events> select event and structured data', () => {
  beforeEach(() => pinClock('2027-03-01T12:00:00Z', 'America/Chicago'));
  afterEach(resetFeedTestState);

  it('fires a cancelable alliance-event-select when a visitor opens an event', async () => {
    const el = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(events), FEED_URL);
    const received: AllianceEventSelectEvent[] = [];
    let navigationAllowed: boolean | null = null;
    const onSelect = (event: AllianceEventSelectEvent) => {
      received.push(event);
      event.preventDefault();
    };
    document.addEventListener('alliance-event-select', onSelect);
    // Runs after the element's own handler: sees whether the link would still navigate.
    const onClick = (event: Event) => {
      navigationAllowed = !event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', onClick);
    try {
      const link = eventNamed(el, 'Holiday Mixer </script><b>').querySelector<HTMLAnchorElement>('[part~="title"] a')!;
      expect(link.href).to.equal('https://tickets.example/mixer');
      link.click();
      expect(received).to.have.length(1);
      const [select] = received;
      expect(select).to.be.instanceOf(AllianceEventSelectEvent);
      expect(select.cancelable && select.bubbles && select.composed).to.equal(true);
      expect(select.detail.id).to.equal('mixer');
      expect(select.detail.url).to.equal('https://tickets.example/mixer');
      expect(select.detail.event.title).to.equal('Holiday Mixer </script><b>');
      expect(navigationAllowed).to.equal(false);

      // Not cancelled by the page: the link navigates as usual.
      document.removeEventListener('alliance-event-select', onSelect);
      eventNamed(el, 'Year-End Books').querySelector<HTMLAnchorElement>('[part~="title"] a')!.click();
      expect(navigationAllowed).to.equal(true);
    } finally {
      document.removeEventListener('alliance-event-select', onSelect);
      document.removeEventListener('click', onClick);
    }
  });

  it('writes schema.org events into the page with structured-data, and removes them without', async () => {
    const el = await mount(html`<alliance-events feed=${FEED_URL} structured-data></alliance-events>`, feedWith(events), FEED_URL);
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script, 'JSON-LD script in the light DOM').to.exist;
    expect(script.textContent).not.to.contain('</script>');
    const data = JSON.parse(script.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    const byId = Object.fromEntries(data['@graph'].map((entry: any) => [entry['@id'].split('#event-')[1], entry]));

    const mixer = byId.mixer;
    expect(mixer).to.include({
      '@type': 'Event',
      name: 'Holiday Mixer </script><b>',
      startDate: '2027-03-10T17:30:00-06:00',
      endDate: '2027-03-10T20:00:00-06:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      image: 'https://images.example/mixer.jpg',
    });
    expect(mixer.location).to.deep.include({ '@type': 'Place', name: 'Crossroads Commons' });
    expect(mixer.location.address).to.include({ '@type': 'PostalAddress', streetAddress: '1 Main St', addressLocality: 'Kansas City' });
    expect(mixer.offers).to.include({ '@type': 'Offer', price: '12.50', priceCurrency: 'USD', url: 'https://tickets.example/mixer' });
    expect(mixer.organizer).to.deep.equal({ '@type': 'Organization', name: 'Prairie & Peaks', url: 'https://prairieandpeaks.example/' });

    expect(byId.books.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(byId.books.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://meet.example/books' });
    expect(byId.books.offers).to.include({ price: '0', priceCurrency: 'USD' });
    expect(byId.off.eventStatus).to.equal('https://schema.org/EventCancelled');
    expect(byId.moved.eventStatus).to.equal('https://schema.org/EventMovedOnline');
    expect(byId.moved.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://meet.example/pitch' });
    expect(byId.later.eventStatus).to.equal('https://schema.org/EventPostponed');

    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('writes no structured data unless asked', async () => {
    const el = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(events), FEED_URL);
    expect(el.querySelector('script')).to.equal(null);
  });
});
