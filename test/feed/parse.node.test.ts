/**
 * Runs in Node (scripts/test.mjs bundles it with esbuild, then `node --test`): the parser has no browser
 * dependency, which the organizer CLI relies on.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeed, parseFeedAsync } from '../../src/feed/parse.js';

const feed = () => ({
  version: 1,
  updated: '2026-11-01T10:00:00Z',
  alliance: {
    id: 'kc-coworking',
    name: 'KC Coworking Alliance',
    url: 'https://kccoworking.example.org',
    timezone: 'America/Chicago',
    currency: 'USD',
  },
  spaces: [
    { id: 'lakeside-hub', name: 'Lakeside Hub', dayUse: { accepted: true, price: { amountMinor: 2500 } } },
    { id: 'maker-barn', name: 'Maker Barn', url: 'javascript:alert(1)' },
  ],
  passes: [{ id: 'day-pass', name: 'Day Pass', price: { amountMinor: 500, currency: 'JPY' }, checkoutUrl: 'https://buy.stripe.com/x' }],
  events: [{ id: 'icd', title: 'International Coworking Day', start: '2026-08-09', allDay: true, space: 'lakeside-hub' }],
});

describe('parseFeed in Node', () => {
  it('parses a small valid feed, using Intl for time zones and currencies', () => {
    const input = feed();
    input.spaces[1].url = 'https://maker-barn.example.com';
    const result = parseFeed(input);
    assert.deepEqual(result.issues, []);
    assert.equal(result.error, undefined);
    assert.ok(result.feed);
    assert.equal(result.feed.alliance.url, 'https://kccoworking.example.org/');
    assert.deepEqual(
      result.feed.spaces.map((space) => [space.id, space.timezone, space.url]),
      [
        ['lakeside-hub', 'America/Chicago', undefined],
        ['maker-barn', 'America/Chicago', 'https://maker-barn.example.com/'],
      ],
    );
    // Spread: parsed objects sit on their own prototype (see "own data only" in parse.ts), not Object.prototype.
    assert.deepEqual({ ...result.feed.spaces[0].dayUse?.price }, { amount: '25.00', currency: 'USD' });
    assert.deepEqual({ ...result.feed.passes[0].price }, { amount: '500', currency: 'JPY' });
    assert.equal(result.feed.events[0].allDay, true);
  });

  it('leaves out a bad field and reports it with its path', () => {
    const result = parseFeed(feed());
    assert.deepEqual(
      result.issues.map(({ path, message, severity }) => ({ path, message, severity })),
      [{ path: 'spaces[1].url', message: 'must be a full https:// address; "url" was left out', severity: 'error' }],
    );
    assert.ok(result.feed);
    assert.equal('url' in result.feed.spaces[1], false);
  });

  it('rejects an invalid feed with a clear error', () => {
    const input: Record<string, unknown> = feed();
    input.version = 2;
    const result = parseFeed(input);
    assert.equal(result.feed, null);
    assert.equal(
      result.error,
      'This feed uses format version 2, but this copy of alliance-kit reads version 1. Update alliance-kit to show it.',
    );

    const broken = parseFeed({ ...feed(), alliance: { ...feed().alliance, currency: 'usd' } });
    assert.equal(broken.feed, null);
    assert.deepEqual(
      broken.issues.map((issue) => issue.path),
      ['alliance.currency'],
    );
  });

  it('parseFeedAsync works without a browser scheduler and matches parseFeed', async () => {
    const input = feed();
    assert.deepEqual(await parseFeedAsync(input, { sliceMs: 0 }), parseFeed(input));
  });
});
