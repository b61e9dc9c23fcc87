/** <alliance-events> with the keyboard alone: every link and button of an event, and the empty state's buttons. */
import { expect, html } from '@open-wc/testing';
import { pinClock, resetFeedTestState } from '../helpers/feed.js';
import { FEED_URL, i18nFeed, MONDAY_MORNING, mount } from '../i18n/fixtures.js';
import { focused, press, startBefore, tabThrough } from './keyboard.js';

describe('<alliance-events> by keyboard', () => {
  beforeEach(() => pinClock(MONDAY_MORNING, 'America/Toronto'));
  afterEach(resetFeedTestState);

  it('reaches the title, the space, register and both calendar actions, each with a visible focus', async () => {
    const events = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`);
    const root = events.shadowRoot!;
    startBefore(events);
    const stops = await tabThrough(5);
    expect(stops.map((stop) => stop.getAttribute('part') ?? stop.closest('[part]')?.getAttribute('part'))).to.deep.equal([
      'title',
      'place',
      'register',
      'calendar',
      'google-calendar',
    ]);
    expect(stops.every((stop) => root.contains(stop))).to.equal(true);
  });

  it('offers past events from the empty state, and Enter shows them', async () => {
    const feed = i18nFeed();
    feed.events[0].start = '2026-11-20T23:00:00Z';
    feed.events[0].end = '2026-11-21T01:00:00Z';
    const events = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, feed);
    startBefore(events);
    const [showPast] = await tabThrough(1);
    expect(showPast.textContent).to.contain('Show past events');
    await press('Enter');
    expect(events.shadowRoot!.textContent).to.contain('Winter Mixer');
    expect(events.shadowRoot!.textContent).to.contain('Past events');
    // The button is gone; the focus is on the event it revealed, and Tab goes on into it.
    expect(focused()?.matches('.event.past'), 'focus on the past event').to.equal(true);
    await press('Tab');
    expect(focused()?.closest('[part~="title"]'), 'on to the past event’s title').to.exist;
  });
});
