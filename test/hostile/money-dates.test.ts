/**
 * Hostile feeds, group 7 (money, dates, zones): negative, huge and non-numeric amounts, unknown currencies,
 * impossible dates, end before start, invalid IANA zones. Expected: the bad item is left out, the rest
 * renders, and no RangeError (or anything else) escapes to the page.
 */
import { baseFeed, builders, expectClean, hostileHooks, json, runFeedCase, serveable, shownState } from './harness.js';
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';

const GROUP = '7 money, dates, zones';
const HOST = 'hostile-money.example';
const make = builders(HOST);

const PRICES: unknown[] = [
  { amount: '-5' }, { amount: '-0.01' }, { amount: '1e9' }, { amount: 'NaN' }, { amount: 'Infinity' }, { amount: '12,50' },
  { amount: '1'.repeat(400) }, { amount: '999999999999' }, { amountMinor: -1 }, { amountMinor: 1e20 }, { amountMinor: 1.5 },
  { amountMinor: '1250' }, { amount: 12.5 }, { amount: '12.50', amountMinor: 1250 }, { amount: '12.50', currency: 'ABC' },
  { amount: '12.50', currency: 'usd' }, { amount: '12.50', currency: 'US$' }, { amount: '12.50', currency: 'EURO' },
  { amount: '12.50', currency: '' }, { amount: '12.50', currency: 'USD\u0000' }, {}, [], 'free', null,
];
const ZONES = ['MEZ', 'Etc/Unknown', 'UTC\u0000', 'America/New_York\n', '../../etc/passwd', 'Europe/Berlin ', 'EST', 'GMT+2', '+02:00', 'Mars/Olympus_Mons', 'A'.repeat(300), ''];
const DATES = ['2026-02-30T10:00:00Z', '2026-13-01T10:00:00Z', '2026-12-01T25:00:00Z', '2026-12-01T10:00:00', '2026-12-01', 'tomorrow', '+275760-09-13T00:00:00Z', '-000001-01-01T00:00:00Z', '1970-01-01T00:00:00+99:00', '2026-12-01T10:00:00.1234567890Z', ''];

interface Bad {
  label: string;
  feed: any;
  /** Item ids that must be gone; the good ones must stay. */
  dropped: string[];
  /** An end before its start must not survive: the item is left out, or the end is. */
  contradictions?: boolean;
}

function feedWithBadItems(): Bad[] {
  const cases: Bad[] = [];
  for (const [i, price] of PRICES.entries()) {
    const feed = serveable(baseFeed(HOST));
    feed.passes = [make.pass(0), { ...make.pass(1), price }];
    feed.events = [make.event(0), { ...make.event(1), price }];
    cases.push({ label: `price ${JSON.stringify(price)?.slice(0, 40)}`, feed, dropped: ['pass-1', ...(i >= 0 ? [] : [])] });
  }
  for (const zone of ZONES) {
    const feed = serveable(baseFeed(HOST));
    feed.events = [make.event(0), { ...make.event(1), timezone: zone }];
    feed.spaces = [make.space(0), make.space(1), { ...make.space(2), timezone: zone }];
    cases.push({ label: `zone ${JSON.stringify(zone).slice(0, 30)}`, feed, dropped: [] });
  }
  for (const date of DATES) {
    const feed = serveable(baseFeed(HOST));
    feed.events = [make.event(0), { ...make.event(1), start: date }, { ...make.event(2), end: date }, { ...make.event(3), allDay: true, start: date }];
    feed.passes = [make.pass(0), { ...make.pass(1), saleStarts: date }];
    cases.push({ label: `date ${JSON.stringify(date)}`, feed, dropped: ['event-1'] });
  }
  const endBeforeStart = serveable(baseFeed(HOST));
  endBeforeStart.events = [make.event(0), { ...make.event(1), start: '2026-12-10T10:00:00Z', end: '2026-12-09T10:00:00Z' }];
  endBeforeStart.passes = [make.pass(0), { ...make.pass(1), saleStarts: '2026-12-10T10:00:00Z', saleEnds: '2026-12-01T10:00:00Z' }];
  cases.push({ label: 'end before start (event, pass sale)', feed: endBeforeStart, dropped: [], contradictions: true });
  const hours = serveable(baseFeed(HOST));
  hours.spaces[1].hours = [{ day: 'mon', opens: '25:00', closes: '26:00' }, { day: 'funday', opens: '08:00', closes: '09:00' }];
  hours.spaces[2].hoursExceptions = [{ date: '2026-02-30' }];
  cases.push({ label: 'impossible opening hours', feed: hours, dropped: [] });
  return cases;
}

describe('hostile feeds 7: money, dates, zones', () => {
  hostileHooks('money-dates');

  for (const bad of feedWithBadItems()) {
    it(`${bad.label}: bad item left out, the rest renders`, async () => {
      const parsed = parseFeed(bad.feed);
      expect(parsed.feed, 'feed kept').to.not.equal(null);
      const ids = [...parsed.feed!.passes, ...parsed.feed!.events, ...parsed.feed!.spaces].map((item) => item.id);
      for (const id of bad.dropped) expect(ids, `${id} left out`).to.not.include(id);
      expect(ids).to.include.members(['pass-0', 'event-0', 'space-0']);
      if (bad.contradictions) {
        for (const event of parsed.feed!.events) expect(!event.end || Date.parse(event.end) >= Date.parse(event.start), event.id).to.equal(true);
        for (const pass of parsed.feed!.passes) {
          expect(!pass.saleStarts || !pass.saleEnds || Date.parse(pass.saleEnds) > Date.parse(pass.saleStarts), pass.id).to.equal(true);
        }
      }
      const result = await runFeedCase('money', { route: json(bad.feed), served: bad.feed, mount: { passCards: ['pass-0', 'pass-1'] } });
      expectClean(GROUP, result, bad.label);
      const directory = result.mounted.elements.find((element) => element.localName === 'alliance-directory')!;
      expect(shownState(directory)).to.equal('content');
      expect(directory.shadowRoot!.textContent).to.contain('Space 0');
    });
  }

  for (const alliance of [{ currency: 'XYZ' }, { timezone: 'MEZ' }, { currency: 'usd' }, { timezone: 'UTC\u0000' }]) {
    it(`alliance ${JSON.stringify(alliance)}: the feed is refused with an error in every element`, async () => {
      const feed = serveable(baseFeed(HOST));
      Object.assign(feed.alliance, alliance);
      const result = await runFeedCase('money-alliance', { route: json(feed) });
      expectClean(GROUP, result);
      for (const element of result.mounted.elements) expect(shownState(element)).to.equal('error');
    });
  }
});
