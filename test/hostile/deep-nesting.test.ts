/**
 * Values nested 10,000 deep, anywhere in a feed: the parser reports them and never throws (its issue preview
 * used to overflow the stack serialising them).
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';

const DEPTH = 10_000;
const deepArray = () => JSON.parse('['.repeat(DEPTH) + ']'.repeat(DEPTH)) as unknown;
const deepObject = () => JSON.parse('{"a":'.repeat(DEPTH) + '{}' + '}'.repeat(DEPTH)) as unknown;

function feedWith(patch: (feed: any) => void): unknown {
  const feed: any = {
    version: 1,
    updated: '2026-11-01T12:00:00Z',
    alliance: { id: 'deep', name: 'Deep', url: 'https://deep.example/', timezone: 'UTC', currency: 'USD' },
    spaces: [{ id: 'one', name: 'One' }],
  };
  patch(feed);
  return feed;
}

describe('hostile shape: nesting 10,000 deep', () => {
  for (const [label, deep] of [['arrays', deepArray], ['objects', deepObject]] as const) {
    it(`reports ${label} in a required field without throwing (feed rejected)`, () => {
      const result = parseFeed(feedWith((feed) => (feed.alliance.name = deep())));
      expect(result.feed).to.equal(null);
      expect(result.issues.find((issue) => issue.path === 'alliance.name')?.value).to.be.a('string');
    });

    it(`drops an item made of ${label} and keeps the rest`, () => {
      const result = parseFeed(feedWith((feed) => feed.spaces.push(deep(), { id: 'two', name: 'Two', tags: deep() })));
      expect(result.feed?.spaces.map((space) => space.id)).to.deep.equal(['one', 'two']);
      const paths = result.issues.map((issue) => issue.path);
      expect(paths.some((path) => path.startsWith('spaces[1]'))).to.equal(true);
      expect(paths.some((path) => path.startsWith('spaces[2].tags'))).to.equal(true);
    });

    it(`ignores ${label} under unknown keys and as the root`, () => {
      expect(parseFeed(feedWith((feed) => (feed.extra = deep()))).feed?.spaces).to.have.length(1);
      expect(parseFeed(deep()).feed).to.equal(null);
    });
  }
});
