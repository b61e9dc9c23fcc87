/**
 * Hostile feeds, group 3 (prototype keys): `__proto__`, `constructor.prototype`, `toString`,
 * `hasOwnProperty` at the root and nested in every object, in the fetched feed and in the stored copy.
 * Expected: ignored; the feed renders; Object.prototype unchanged (@fast-check/poisoning, in the harness).
 */
import { baseFeed, count, expectClean, hostileHooks, json, runFeedCase, serveable, shownState } from './harness.js';
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';

const GROUP = '3 prototype keys';
const HOST = 'hostile-proto.example';
const POLLUTION = '"polluted":"yes","href":"javascript:__pwned(\'proto-href\')","src":"/__hostile-beacon/proto-src","isAdmin":true';
const KEYS = [
  `"__proto__":{${POLLUTION}}`,
  `"constructor":{"prototype":{${POLLUTION}}}`,
  '"toString":"not a function"',
  '"hasOwnProperty":"not a function"',
  '"valueOf":{"x":1}',
  `"__proto__":{"__proto__":{${POLLUTION}}}`,
  '"__defineGetter__":"x","__lookupGetter__":"y","propertyIsEnumerable":"z"',
];

/** The feed as JSON text with `key` spliced into every object (JSON.parse makes `__proto__` an own key). */
function withKeyEverywhere(key: string): string {
  return JSON.stringify(serveable(baseFeed(HOST))).replace(/\{(?=")/g, `{${key},`);
}

describe('hostile feeds 3: prototype keys', () => {
  hostileHooks('prototype');

  for (const key of KEYS) {
    it(`${key.slice(0, 40)}… in every object: ignored, feed shown`, async () => {
      const text = withKeyEverywhere(key);
      const parsed = parseFeed(JSON.parse(text));
      expect(parsed.feed, 'the feed still validates').to.not.equal(null);
      const prototype = Object.getPrototypeOf(parsed.feed!.spaces[0]);
      expect(prototype.toString, 'an ordinary-looking object').to.equal(Object.prototype.toString);
      expect(Object.getPrototypeOf(prototype), 'whose prototype does not lead to Object.prototype').to.equal(null);
      expect(Object.keys(parsed.feed!.alliance)).to.not.include('__proto__');
      const result = await runFeedCase('proto', { route: json(text), served: JSON.parse(text) });
      expectClean(GROUP, result, key);
      for (const element of result.mounted.elements) expect(shownState(element), element.localName).to.equal('content');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it(`${key.slice(0, 40)}… in the stored copy: ignored`, async () => {
      const text = withKeyEverywhere(key);
      const result = await runFeedCase('proto-cached', {
        route: () => Promise.reject(new TypeError('offline')),
        served: JSON.parse(text),
        before: (feedUrl) => localStorage.setItem(`alliance-kit:feed:v1:${feedUrl}`, `{"savedAt":1764000000000,"feed":${text}}`),
      });
      expectClean(GROUP, result, key);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }

  it('feed JSON with __proto__ as the only root key is rejected', async () => {
    const result = await runFeedCase('proto-root', { route: json(`{"__proto__":${JSON.stringify(serveable(baseFeed(HOST)))}}`) });
    expectClean(GROUP, result);
    for (const element of result.mounted.elements) expect(shownState(element)).to.equal('error');
    count(GROUP, false, ['parse']);
  });
});
