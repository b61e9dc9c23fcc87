/**
 * Hostile feeds, group 8 (storage): localStorage that throws on access or on write, and a stored copy that
 * is corrupted, of an older schema, or tampered with (payloads from groups 3–5). Expected: the kit works
 * without the stored copy; a tampered copy is discarded, never shown.
 */
import { baseFeed, expectClean, hostileHooks, json, runFeedCase, serveable, shownState } from './harness.js';
import { expect } from '@open-wc/testing';

const GROUP = '8 storage';
const HOST = 'hostile-storage.example';
const good = () => serveable(baseFeed(HOST));
const KEY = (url: string) => `alliance-kit:feed:v1:${url}`;
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

function tampered(patch: (feed: any) => void): string {
  const feed = good();
  patch(feed);
  return JSON.stringify({ savedAt: Date.parse('2026-11-27T12:00:00Z'), feed });
}

const STORED: Record<string, string> = {
  'not JSON': '{"savedAt":17640000',
  'JSON null': 'null',
  'a string': '"feed"',
  'no savedAt': JSON.stringify({ feed: good() }),
  'savedAt is text': JSON.stringify({ savedAt: 'yesterday', feed: good() }),
  'an older schema (version 0)': JSON.stringify({ savedAt: 1, feed: { ...good(), version: 0 } }),
  'a feed of another shape': JSON.stringify({ savedAt: 1, feed: { items: [] } }),
  'tampered: javascript: URL': tampered((feed) => (feed.spaces[0].url = 'javascript:__pwned("cache")')),
  'tampered: data: logo': tampered((feed) => (feed.alliance.logo = 'data:image/svg+xml,<svg onload=__pwned(1)>')),
  'tampered: CSS in a colour': tampered((feed) => (feed.alliance.colors.primary = 'red;background:url(/__hostile-beacon/cache)')),
  'tampered: untrusted checkout': tampered((feed) => (feed.passes[0].checkoutUrl = 'http://pay.evil.example/')),
  'tampered: name over the cap': tampered((feed) => (feed.spaces[0].name = 'x'.repeat(5000))),
  'tampered: unknown zone': tampered((feed) => (feed.events[0].timezone = 'MEZ')),
};

describe('hostile feeds 8: storage', () => {
  hostileHooks('storage');

  for (const [label, text] of Object.entries(STORED)) {
    it(`stored copy ${label}, network down: discarded, error shown`, async () => {
      let key = '';
      const result = await runFeedCase('storage', {
        route: offline,
        before: (feedUrl) => {
          key = KEY(feedUrl);
          localStorage.setItem(key, text);
        },
        settled: (state) => state.error !== null,
      });
      expectClean(GROUP, result, label);
      for (const element of result.mounted.elements) expect(shownState(element), element.localName).to.equal('error');
      if (label.startsWith('tampered')) expect(localStorage.getItem(key), 'tampered copy removed').to.equal(null);
    });
  }

  it('stored copy with markup in its text: shown as inert text until the network answers', async () => {
    const text = tampered((feed) => (feed.spaces[0].name = '<img src=x onerror=__pwned("cached-text")>'));
    const result = await runFeedCase('storage-text', {
      route: offline,
      served: JSON.parse(text).feed,
      before: (feedUrl) => localStorage.setItem(KEY(feedUrl), text),
      settled: (state) => state.error !== null,
    });
    expectClean(GROUP, result);
    for (const element of result.mounted.elements) expect(shownState(element)).to.equal('stale');
  });

  function withStorage(descriptor: PropertyDescriptor) {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    return {
      before: () => Object.defineProperty(window, 'localStorage', { ...descriptor, configurable: true }),
      cleanup: () => Object.defineProperty(window, 'localStorage', original),
    };
  }

  it('localStorage that throws on access: works uncached', async () => {
    const result = await runFeedCase('storage-denied', {
      route: json(good()),
      served: good(),
      ...withStorage({
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
    });
    expectClean(GROUP, result);
    for (const element of result.mounted.elements) expect(shownState(element)).to.equal('content');
  });

  it('localStorage that throws on every call (full, or blocked): works uncached', async () => {
    const failing = {
      getItem() {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem() {
        throw new DOMException('blocked', 'SecurityError');
      },
      key: () => null,
      length: 0,
    };
    const result = await runFeedCase('storage-full', { route: json(good()), served: good(), ...withStorage({ get: () => failing }) });
    expectClean(GROUP, result);
    for (const element of result.mounted.elements) expect(shownState(element)).to.equal('content');
  });
});
