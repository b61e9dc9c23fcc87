import { expect, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { AllianceEventsElement } from '../../../src/components/events/alliance-events.js';
import { pinClock, resetFeedTestState } from '../../helpers/feed.js';
import { eventNamed, feedWith, mount, one, text, feedUrlFor } from './fixtures.js';

const FEED_URL = feedUrlFor('calendar');

const events = [
  {
    id: 'spring-coffee',
    title: 'Coffee, Tea; and Talk',
    description: 'Line one, with commas; and semicolons.\nLine two: \\ backslash.',
    start: '2027-03-14T10:00:00-05:00',
    end: '2027-03-14T11:30:00-05:00',
    timezone: 'America/Chicago',
    space: 'crossroads',
    registrationUrl: 'https://tickets.example/coffee',
  },
  { id: 'icd', title: 'Coworking Day', start: '2027-08-09', end: '2027-08-10', allDay: true, location: 'Every member space' },
];

/** Clicks "Add to calendar" and returns the file it offers, without letting the browser save it. */
async function downloadFrom(el: AllianceEventsElement, title: string): Promise<{ link: HTMLAnchorElement; ics: string }> {
  let link: HTMLAnchorElement | null = null;
  const capture = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
      link = target;
      event.preventDefault();
    }
  };
  el.shadowRoot!.addEventListener('click', capture, true);
  try {
    eventNamed(el, title).querySelector<HTMLButtonElement>('[part~="calendar"]')!.click();
  } finally {
    el.shadowRoot!.removeEventListener('click', capture, true);
  }
  expect(link, 'a download link was clicked').to.be.ok;
  const found = link as unknown as HTMLAnchorElement;
  return { link: found, ics: await (await fetch(found.href)).text() };
}

describe('<alliance-events> calendars', () => {
  beforeEach(() => pinClock('2027-03-01T12:00:00Z', 'America/Toronto'));
  afterEach(resetFeedTestState);

  it('downloads an .ics made in the browser that calendar apps read back as the same event', async () => {
    const el = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(events), FEED_URL);
    const button = eventNamed(el, 'Coffee, Tea; and Talk').querySelector('[part~="calendar"]')!;
    expect(text(button)).to.equal('Add to calendar: Coffee, Tea; and Talk (.ics)');
    const { link, ics } = await downloadFrom(el, 'Coffee, Tea; and Talk');
    expect(link.href).to.match(/^blob:/);
    expect(link.download).to.equal('spring-coffee.ics');
    expect(link.isConnected, 'the temporary link is removed').to.equal(false);

    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).to.equal('spring-coffee@prairie-peaks');
    expect(event.summary).to.equal('Coffee, Tea; and Talk');
    expect(event.description).to.equal(events[0].description);
    expect(event.startDate.toJSDate().getTime()).to.equal(Date.parse('2027-03-14T15:00:00Z'));
    expect(event.endDate.toJSDate().getTime()).to.equal(Date.parse('2027-03-14T16:30:00Z'));
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2027-03-01T12:00:00Z');
    expect(ics).to.contain('\r\nMETHOD:PUBLISH\r\n');
  });

  it('downloads all-day events as dates with an exclusive end', async () => {
    const el = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(events), FEED_URL);
    const { ics } = await downloadFrom(el, 'Coworking Day');
    expect(ics).to.contain('\r\nDTSTART;VALUE=DATE:20270809\r\n');
    expect(ics).to.contain('\r\nDTEND;VALUE=DATE:20270811\r\n');
  });

  it('links to Google Calendar with the event in UTC and its zone', async () => {
    const el = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(events), FEED_URL);
    const link = eventNamed(el, 'Coffee, Tea; and Talk').querySelector<HTMLAnchorElement>('[part~="google-calendar"]')!;
    const url = new URL(link.href);
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('text')).to.equal('Coffee, Tea; and Talk');
    expect(url.searchParams.get('dates')).to.equal('20270314T150000Z/20270314T163000Z');
    expect(url.searchParams.get('ctz')).to.equal('America/Chicago');
    expect(url.searchParams.get('details')).to.equal(`${events[0].description}\n\nhttps://tickets.example/coffee`);
    expect(url.searchParams.get('location')).to.equal('Crossroads Commons, 1 Main St, Kansas City, MO, US');
    expect(link.rel).to.equal('noopener noreferrer');

    const allDay = new URL(eventNamed(el, 'Coworking Day').querySelector<HTMLAnchorElement>('[part~="google-calendar"]')!.href);
    expect(allDay.searchParams.get('dates')).to.equal('20270809/20270811');
    expect(allDay.searchParams.get('location')).to.equal('Every member space');
  });

  it('offers to subscribe to the feed’s calendar, over https and webcal', async () => {
    const el = await mount(
      html`<alliance-events feed=${FEED_URL}></alliance-events>`,
      feedWith(events, { calendarUrl: 'https://prairieandpeaks.example/events.ics' }), FEED_URL);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="subscribe"]')].map((a) => [text(a), a.href]);
    expect(links).to.deep.equal([
      ['Subscribe in your calendar app', 'webcal://prairieandpeaks.example/events.ics'],
      // Kept for calendars that do not handle webcal: links (and to copy).
      ['Calendar feed (.ics)', 'https://prairieandpeaks.example/events.ics'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('lets the embedder set the subscription address, but only a safe one', async () => {
    const feed = feedWith(events, { calendarUrl: 'https://prairieandpeaks.example/events.ics' });
    const own = await mount(html`<alliance-events feed=${FEED_URL} calendar-url="https://mysite.example/cal.ics"></alliance-events>`, feed, FEED_URL);
    expect(one(own, '[part~="subscribe"][href^="https:"]')!.getAttribute('href')).to.equal('https://mysite.example/cal.ics');

    resetFeedTestState();
    pinClock('2027-03-01T12:00:00Z', 'America/Toronto');
    const hostile = await mount(html`<alliance-events feed=${FEED_URL} calendar-url="javascript:alert(1)"></alliance-events>`, feed, FEED_URL);
    expect(one(hostile, '[part~="subscribe"][href^="https:"]')!.getAttribute('href')).to.equal('https://prairieandpeaks.example/events.ics');

    resetFeedTestState();
    pinClock('2027-03-01T12:00:00Z', 'America/Toronto');
    const none = await mount(html`<alliance-events feed=${FEED_URL} calendar-url="data:text/calendar,x"></alliance-events>`, feedWith(events), FEED_URL);
    expect(one(none, '[part~="subscribe"]')).to.equal(null);
  });
});
