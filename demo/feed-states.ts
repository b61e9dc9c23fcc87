/**
 * Sets up the states demo/feed.html shows: a feed that answers late, a stored copy for a feed whose host is
 * down, and two inline feeds (a newer format version, a feed with bad items). Everything else on the page is
 * plain markup. The elements are registered last, so they meet the fakes below on their first request.
 */
import { setFeedFetch } from '../src/feed/fetch.js';
import { writeCachedFeed } from '../src/feed/cache.js';
import { parseFeed } from '../src/feed/parse.js';
import type { AllianceFeedElement } from '../src/components/feed/alliance-feed.js';

const sample = await (await fetch('./sample-feed.json')).json();
const feedUrl = (name: string) => new URL(`./feeds/${name}`, location.href).href;

// The demo server has no slow or broken hosts, so the page plays them: only these two addresses are faked.
setFeedFetch(async (url, init) => {
  if (url === feedUrl('slow-feed.json')) {
    await new Promise((resolve) => setTimeout(resolve, 4000));
    return new Response(JSON.stringify(sample), { headers: { 'content-type': 'application/json' } });
  }
  if (url === feedUrl('offline-feed.json')) throw new TypeError('Failed to fetch');
  return fetch(url, init);
});

const stored = parseFeed(sample).feed;
if (stored) writeCachedFeed(feedUrl('offline-feed.json'), stored, Date.now() - 3 * 86_400_000);

const newer = document.getElementById('newer-feed') as AllianceFeedElement;
newer.data = { ...sample, version: 2 };

const flawed = structuredClone(sample);
delete flawed.spaces[0].name;
flawed.spaces[1].url = 'http://insecure.example';
const flawedFeed = document.getElementById('flawed-feed') as AllianceFeedElement;
flawedFeed.addEventListener('alliance-feed-load', (event) => {
  const list = document.getElementById('issues-list')!;
  list.replaceChildren(
    ...event.detail.issues.map((issue) => Object.assign(document.createElement('li'), { textContent: `${issue.path}: ${issue.message}` })),
  );
});
flawedFeed.data = flawed;

await import('../src/define.js');
