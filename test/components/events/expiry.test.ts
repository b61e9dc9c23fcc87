import { expect, html } from '@open-wc/testing';
import { pinClock, resetFeedTestState, until } from '../../helpers/feed.js';
import { eventNamed, feedWith, mount, one, text, titles, feedUrlFor } from './fixtures.js';

const FEED_URL = feedUrlFor('expiry');

describe('<alliance-events> as time passes', () => {
  afterEach(resetFeedTestState);

  const events = [
    { id: 'morning', title: 'Morning Session', start: '2027-03-01T09:00:00-06:00', end: '2027-03-01T11:00:00-06:00', space: 'crossroads' },
    { id: 'talk', title: 'Noon Talk', start: '2027-03-01T12:00:00-06:00', space: 'crossroads' },
    { id: 'day', title: 'Members Day', start: '2027-03-01', allDay: true, timezone: 'America/Chicago' },
    { id: 'tomorrow', title: 'Tomorrow Mixer', start: '2027-03-02T17:00:00-06:00', space: 'crossroads' },
  ];

  it('drops an event when its end passes, on the timer aligned to the next change, without a reload', async () => {
    // 10:59:59.900 in Chicago: the hour boundary and the morning session's end are 100 ms away.
    pinClock('2027-03-01T16:59:59.900Z', 'America/Chicago');
    const el = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(events), FEED_URL);
    expect(titles(el)).to.deep.equal(['Members Day', 'Morning Session', 'Noon Talk', 'Tomorrow Mixer']);
    expect(text(eventNamed(el, 'Morning Session').querySelector('[part~="status"]'))).to.equal('Happening now');

    pinClock('2027-03-01T17:00:00.050Z', 'America/Chicago');
    await until(() => !titles(el).includes('Morning Session'), 2000, 'the morning session to expire');
    expect(titles(el)).to.deep.equal(['Members Day', 'Noon Talk', 'Tomorrow Mixer']);
  });

  it('counts an event without an end as past once it starts, and an all-day event at the end of its day in its zone', async () => {
    pinClock('2027-03-01T17:30:00Z', 'Asia/Tokyo');
    const el = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(events), FEED_URL);
    expect(titles(el)).to.deep.equal(['Members Day', 'Noon Talk', 'Tomorrow Mixer']);

    // Noon in Chicago: the talk has started, so it is no longer upcoming.
    pinClock('2027-03-01T18:00:00Z', 'Asia/Tokyo');
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Members Day', 'Tomorrow Mixer']);

    // 11:59 PM in Chicago (already 2 March in Tokyo): Members Day is still on in its own zone.
    pinClock('2027-03-02T05:59:00Z', 'Asia/Tokyo');
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Members Day', 'Tomorrow Mixer']);

    pinClock('2027-03-02T06:00:00Z', 'Asia/Tokyo');
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Tomorrow Mixer']);
  });

  it('re-evaluates when the page is shown again, and says so when nothing is left', async () => {
    pinClock('2027-03-01T12:00:00Z', 'America/Chicago');
    const el = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(events), FEED_URL);
    expect(titles(el)).to.have.length(4);
    pinClock('2027-03-03T12:00:00Z', 'America/Chicago');
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([]);
    expect(text(one(el, '[part~="empty"] p'))).to.equal('No upcoming events.');
    await expect(el).to.be.accessible();
  });

  it('stops its timer and listener when removed from the page', async () => {
    pinClock('2027-03-01T16:59:59.950Z', 'America/Chicago');
    const el = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(events), FEED_URL);
    el.remove();
    pinClock('2027-03-03T12:00:00Z', 'America/Chicago');
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    expect(titles(el)).to.have.length(4);
  });
});
