/**
 * The benchmark compares parseFeed with a hand-written validator of the same rules (bench/floor-validator.js).
 * The comparison is only fair while both keep and clean the same data, so here they must agree exactly, on
 * the sample feed, a generated one, and feeds with the mistakes the rules are there for.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// @ts-expect-error: plain JavaScript without type declarations
import { validateFeed } from '../../bench/floor-validator.js';
import { generateFeed } from '../../scripts/feed-generator.mjs';
import { parseFeed } from '../../src/feed/parse.js';

/** JSON with object keys sorted, so key order does not matter. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))) : item,
  );
}

function agree(feed: unknown) {
  const kit = parseFeed(structuredClone(feed));
  const floor = validateFeed(structuredClone(feed));
  assert.ok(kit.feed, kit.error);
  assert.equal(canonical(floor.feed), canonical(kit.feed));
  return { kit, floor };
}

describe('bench floor validator', () => {
  it('keeps and cleans the sample feed exactly as parseFeed does', () => {
    agree(JSON.parse(readFileSync('demo/sample-feed.json', 'utf8')));
  });

  it('and a generated feed of 500 spaces', () => {
    const { kit } = agree(generateFeed({ spaces: 500, seed: 3, now: '2026-11-28T12:00:00Z' }));
    assert.equal(kit.feed!.spaces.length, 500);
  });

  it('and a feed with the mistakes the rules are for', () => {
    const feed = generateFeed({ spaces: 12, seed: 5, now: '2026-11-28T12:00:00Z' }) as any;
    feed.alliance.colors = { primary: '#ABCDEF', accent: 'red' };
    feed.spaces[0].url = 'http://plain.example/';
    feed.spaces[1].name = '   ';
    feed.spaces[2].timezone = 'EST';
    feed.spaces[3].dayUse = { accepted: true, price: { amount: '12.5', amountMinor: 1250 } };
    feed.spaces[4].domains = ['Example.COM'];
    feed.spaces[5].kind = 'spaceship';
    feed.spaces[6].status = 'pending';
    feed.spaces[7].id = feed.spaces[8].id;
    feed.spaces[9].amenities = ['Wi-Fi'];
    feed.spaces[10].hours = [{ day: 'mon', opens: '09:00', closes: '09:00' }];
    feed.spaces[11].geo = { lat: 91, lon: 0 };
    feed.passes[0].price = { amountMinor: 1999, currency: 'JPY' };
    feed.passes[1].saleStarts = '2026-12-01T00:00:00Z';
    feed.passes[1].saleEnds = '2026-11-01T00:00:00Z';
    feed.events[0].status = 'Canceled';
    feed.events[1].status = 'maybe';
    feed.events[2].end = '1999-01-01T00:00:00Z';
    feed.events[3].price = { amount: '5', currency: 'XXX1' };
    const { kit, floor } = agree(feed);
    assert.ok(kit.issues.length > 10);
    assert.ok(floor.issues.length > 10);
  });
});
