import { expect } from '@open-wc/testing';
import { adviseOnChoice, type FeedCheck } from '../../src/embed/checks.js';
import type { EmbedChoice } from '../../src/embed/snippets.js';
import { FeedLoadError } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/schema.js';
import { pinClock, resetFeedTestState } from '../helpers/feed.js';

const alliance = { id: 'pp', name: 'Prairie & Peaks', url: 'https://alliance.example/', timezone: 'America/Chicago', currency: 'USD' };
const feed = parseFeed({
  version: 1,
  updated: '2026-11-01T00:00:00Z',
  alliance,
  spaces: [
    { id: 'lakeside', name: 'Lakeside Hub', domains: ['lakeside.example'] },
    { id: 'no-domains', name: 'Hilltop Works' },
    { id: 'gone', name: 'Old Mill', status: 'lapsed', domains: ['oldmill.example'] },
  ],
  passes: [
    { id: 'day', name: 'Day pass', price: { amount: '20', currency: 'USD' }, checkoutUrl: 'https://buy.stripe.com/day' },
    { id: 'gold', name: 'Gold pass', price: { amount: '200', currency: 'USD' }, checkoutUrl: 'https://buy.stripe.com/gold', availability: 'sold-out' },
  ],
  events: [{ id: 'old', title: 'Summer mixer', start: '2026-07-01T18:00:00-05:00' }],
}).feed as Feed;

const loaded: FeedCheck = { feed, error: null, issues: [] };
const choice = (patch: Partial<EmbedChoice>): EmbedChoice => ({
  element: 'badge',
  feed: 'https://alliance.example/feed.json',
  attributes: { space: 'lakeside' },
  fallback: { href: 'https://alliance.example/', text: 'Member of Prairie & Peaks' },
  ...patch,
});
const messages = (check: ReturnType<typeof adviseOnChoice>) => check.map((item) => `${item.level} ${item.field ?? '-'}: ${item.message}`);

describe('embed-code builder advice', () => {
  beforeEach(() => pinClock('2026-11-28T12:00:00-06:00'));
  afterEach(resetFeedTestState);

  it('has nothing to say about a sound choice', () => {
    expect(adviseOnChoice(choice({}), loaded)).to.deep.equal([]);
  });

  it('flags an http feed and a feed on the operator’s own computer', () => {
    expect(messages(adviseOnChoice(choice({ feed: 'http://alliance.example/feed.json' }), loaded))[0]).to.match(/^error feed: .*http:\/\/.*https/);
    expect(messages(adviseOnChoice(choice({ feed: 'http://127.0.0.1:5173/demo/sample-feed.json' }), loaded))[0]).to.match(/^warning feed: .*your own computer/);
  });

  it('explains a network failure as a likely missing CORS header', () => {
    const failed = { feed: null, error: new FeedLoadError('network', 'The feed could not be reached.'), issues: [] };
    const [first] = adviseOnChoice(choice({}), failed);
    expect(first).to.include({ level: 'error', field: 'feed' });
    expect(first!.message).to.contain('Access-Control-Allow-Origin');
  });

  it('says when the feed loaded with items left out', () => {
    const withIssues = { ...loaded, issues: [{ path: 'spaces[3].url', message: 'is not https', severity: 'error' as const }] };
    expect(messages(adviseOnChoice(choice({}), withIssues))).to.deep.equal(['info feed: The feed loaded, but one item was left out because of mistakes in it (listed below).']);
  });

  it('catches unknown, lapsed and domain-less spaces for the badge, and a missing space', () => {
    expect(messages(adviseOnChoice(choice({ attributes: { space: 'lakesde' } }), loaded))).to.deep.equal([
      'error space: There is no space with the id “lakesde” in the feed. Pick one from the list.',
    ]);
    expect(messages(adviseOnChoice(choice({ attributes: { space: 'gone' } }), loaded))[0]).to.contain('not an active member').and.contain('will not claim membership');
    expect(messages(adviseOnChoice(choice({ attributes: { space: 'no-domains' } }), loaded))[0]).to.match(/^warning space: “Hilltop Works” has no domains/);
    expect(messages(adviseOnChoice(choice({ attributes: {} }), loaded))[0]).to.match(/^error space: The badge needs your space/);
  });

  it('checks pass ids and tells when the pass cannot be bought', () => {
    const pass = (id: string) => messages(adviseOnChoice(choice({ element: 'pass-button', attributes: { pass: id } }), loaded));
    expect(pass('day')).to.deep.equal([]);
    expect(pass('platinum')[0]).to.match(/^error pass: There is no pass with the id “platinum”/);
    expect(pass('gold')[0]).to.match(/^info pass: “Gold pass” is sold out/);
  });

  it('notes an events feed with nothing upcoming, invalid option values and a fallback without an https link', () => {
    const advice = messages(adviseOnChoice(choice({ element: 'events', attributes: { layout: 'carousel' }, fallback: { href: 'http://x.example', text: 'Events' } }), loaded));
    expect(advice).to.deep.equal([
      'error layout: Layout: it must be one of list, compact, cards.',
      'info -: The feed has no upcoming events right now: the element will say so until it does.',
      'warning fallback: The fallback link needs an https:// address; without it visitors without JavaScript get plain text.',
    ]);
  });
});
