import { expect, html } from '@open-wc/testing';
import { pinClock, resetFeedTestState } from '../../helpers/feed.js';
import { feedWith, mount, one, text, type EventInput, feedUrlFor } from './fixtures.js';

const FEED_URL = feedUrlFor('coworking-day');

const TAG = 'international-coworking-day';
const coworkingDay: EventInput[] = [
  { id: 'icd', title: 'International Coworking Day 2027', start: '2027-08-09', allDay: true, tags: [TAG] },
  { id: 'cc', title: 'Open House: Crossroads', start: '2027-08-09T09:00:00-05:00', space: 'crossroads', tags: [TAG, 'open-house'] },
  { id: 'cc-late', title: 'Cake at Crossroads', start: '2027-08-09T15:00:00-05:00', space: 'crossroads', tags: [TAG] },
  { id: 'wp', title: 'Late Shift: Westport', start: '2027-08-09T17:00:00-05:00', end: '2027-08-10T01:00:00-05:00', space: 'westport', tags: [TAG] },
  { id: 'rino', title: 'Open House: RiNo', start: '2027-08-09T08:00:00-06:00', space: 'rino', tags: ['International-Coworking-Day'] },
  { id: 'fp', title: 'Open Build: Five Points', start: '2027-08-09T10:00:00-06:00', space: 'five-points', tags: [TAG] },
  { id: 'lohi', title: 'Open House: LoHi', start: '2027-08-09T09:00:00-06:00', space: 'lohi', tags: [TAG] },
  // Neither counts: a cancelled open house, and an event that day without the tag.
  { id: 'venice', title: 'Open House: Venice', start: '2027-08-09T09:00:00-07:00', space: 'venice', tags: [TAG], status: 'cancelled' },
  { id: 'other', title: 'Unrelated Lunch', start: '2027-08-09T12:00:00-07:00', space: 'venice' },
];

describe('<alliance-events> International Coworking Day', () => {
  afterEach(resetFeedTestState);

  it('counts down to the day with the number of spaces opening their doors', async () => {
    pinClock('2027-07-28T15:00:00Z', 'America/Toronto');
    const el = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(coworkingDay), FEED_URL);
    expect(text(one(el, '[part~="banner"]'))).to.equal('In 12 days: International Coworking Day — 5 spaces open their doors');
    await expect(el).to.be.accessible();
  });

  it('says "Tomorrow" and "Today", in the alliance’s zone', async () => {
    // 11 PM on 8 August in Chicago, already the 9th in Toronto and UTC.
    pinClock('2027-08-09T04:00:00Z', 'America/Toronto');
    const eve = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(coworkingDay), FEED_URL);
    expect(text(one(eve, '[part~="banner"]'))).to.equal('Tomorrow: International Coworking Day — 5 spaces open their doors');

    resetFeedTestState();
    pinClock('2027-08-09T18:00:00Z', 'America/Toronto');
    const day = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(coworkingDay), FEED_URL);
    expect(text(one(day, '[part~="banner"]'))).to.equal('Today: International Coworking Day — 5 spaces open their doors');
  });

  it('uses the singular for one space, and no count without host spaces', async () => {
    pinClock('2027-07-28T15:00:00Z');
    const one_ = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(coworkingDay.slice(0, 2)), FEED_URL);
    expect(text(one(one_, '[part~="banner"]'))).to.equal('In 12 days: International Coworking Day — 1 space opens its doors');

    resetFeedTestState();
    pinClock('2027-07-28T15:00:00Z');
    const none = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith([]), FEED_URL);
    // 9 August is Coworking Day whether or not the feed has events for it.
    expect(text(one(none, '[part~="banner"]'))).to.equal('In 12 days: International Coworking Day');
  });

  it('follows the feed when the alliance celebrates on another day', async () => {
    pinClock('2027-07-28T15:00:00Z');
    const el = await mount(
      html`<alliance-events feed=${FEED_URL}></alliance-events>`,
      feedWith([{ id: 'early', title: 'Coworking Day (observed)', start: '2027-08-06T09:00:00-05:00', space: 'crossroads', tags: [TAG] }]), FEED_URL);
    expect(text(one(el, '[part~="banner"]'))).to.equal('In 9 days: International Coworking Day — 1 space opens its doors');
  });

  it('shows no banner more than 30 days ahead, or once the day is over', async () => {
    pinClock('2027-07-09T15:00:00Z');
    const early = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(coworkingDay), FEED_URL);
    expect(one(early, '[part~="banner"]')).to.equal(null);

    resetFeedTestState();
    pinClock('2027-07-10T15:00:00Z');
    const window = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(coworkingDay), FEED_URL);
    expect(text(one(window, '[part~="banner"]'))).to.match(/^In 30 days:/);

    resetFeedTestState();
    pinClock('2027-08-10T12:00:00Z');
    const after = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feedWith(coworkingDay), FEED_URL);
    expect(one(after, '[part~="banner"]')).to.equal(null);
  });
});
