/** Hostile host pages: twenty elements of every kind on one page with one feed URL make exactly one request. */
import { baseFeed, count, hostileHooks, KIT_TAGS, serveable, settle } from './harness.js';
import { expect } from '@open-wc/testing';
import { feedUrlFor, json, pinClock, routes } from '../helpers/feed.js';

describe('hostile host pages', () => {
  hostileHooks('host-pages');

  it('20 elements of all kinds, one feed URL: exactly one feed request', async () => {
    pinClock('2026-11-28T12:00:00Z');
    const url = feedUrlFor('hostile-twenty');
    const table = routes({ [url]: json(serveable(baseFeed('hostile-twenty.example'))) });
    const container = document.createElement('div');
    container.className = 'hostile-fixture';
    for (let i = 0; i < 20; i++) {
      const element = document.createElement(KIT_TAGS[i % KIT_TAGS.length]);
      element.setAttribute('feed', url);
      if (element.localName === 'alliance-badge') element.setAttribute('space', 'space-0');
      container.append(element);
    }
    document.body.append(container);
    await settle([...container.children] as HTMLElement[]);
    count('9 host pages', table.calls.length !== 1, ['one request']);
    expect(table.calls).to.have.length(1);
  });
});
