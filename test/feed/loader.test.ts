import { expect } from '@open-wc/testing';
import { writeCachedFeed } from '../../src/feed/cache.js';
import { FeedSource, getFeedSource, loaderDefaults, resolveFeedUrl, type FeedState } from '../../src/feed/loader.js';
import { parseFeed } from '../../src/feed/parse.js';
import { json, resetFeedTestState, routes, until } from '../helpers/feed.js';

const URL_A = 'https://alliance.example/feed.json';
const defaults = { ...loaderDefaults };

function minimalFeed(name = 'Test Alliance') {
  return {
    version: 1,
    updated: '2026-11-01T12:00:00Z',
    alliance: { id: 'test', name, url: 'https://alliance.example', timezone: 'America/Chicago', currency: 'USD' },
    spaces: [{ id: 'one', name: 'Space One' }],
  };
}

async function settled(source: FeedSource): Promise<FeedState> {
  await source.load();
  return source.state;
}

describe('feed loader', () => {
  beforeEach(() => {
    Object.assign(loaderDefaults, { retryBaseMs: 1, timeoutMs: 2000 });
  });
  afterEach(() => {
    Object.assign(loaderDefaults, defaults);
    resetFeedTestState();
  });

  it('makes one request for five concurrent consumers of the same URL', async () => {
    const table = routes({ [URL_A]: json(minimalFeed()) });
    const consumers = Array.from({ length: 5 }, () => getFeedSource(URL_A));
    await Promise.all(consumers.map((source) => source.load()));
    expect(new Set(consumers).size).to.equal(1);
    expect(table.calls).to.have.length(1);
    expect(consumers[0].state.status).to.equal('ready');
    expect(consumers[0].state.feed?.alliance.name).to.equal('Test Alliance');
  });

  it('treats relative and absolute spellings of one URL as the same feed', () => {
    routes({ '/feeds/a.json': json(minimalFeed()) });
    expect(getFeedSource('/feeds/a.json')).to.equal(getFeedSource(new URL('/feeds/a.json', location.href).href));
  });

  it('fetches without credentials and asks for JSON', async () => {
    const table = routes({ [URL_A]: json(minimalFeed()) });
    await settled(getFeedSource(URL_A));
    expect(table.calls[0].init.credentials).to.equal('omit');
    expect((table.calls[0].init.headers as Record<string, string>).accept).to.equal('application/json');
  });

  it('times out a request that never answers, after the configured retries', async () => {
    Object.assign(loaderDefaults, { timeoutMs: 60, retries: 1 });
    const table = routes({ [URL_A]: () => new Promise<Response>(() => undefined) });
    const state = await settled(getFeedSource(URL_A));
    expect(state.status).to.equal('error');
    expect(state.error?.code).to.equal('timeout');
    expect(table.calls).to.have.length(2);
  });

  it('times out a body that drips forever', async () => {
    Object.assign(loaderDefaults, { timeoutMs: 150, retries: 0 });
    routes({
      [URL_A]: () => {
        let timer: ReturnType<typeof setInterval>;
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"version":1,'));
            timer = setInterval(() => controller.enqueue(new TextEncoder().encode(' ')), 20);
          },
          cancel() {
            clearInterval(timer);
          },
        });
        return new Response(body, { headers: { 'content-type': 'application/json' } });
      },
    });
    const state = await settled(getFeedSource(URL_A));
    expect(state.error?.code).to.equal('timeout');
  });

  it('retries a 503 and then shows the feed', async () => {
    let attempts = 0;
    const table = routes({
      [URL_A]: () => (++attempts === 1 ? new Response('busy', { status: 503 }) : json(minimalFeed())),
    });
    const state = await settled(getFeedSource(URL_A));
    expect(table.calls).to.have.length(2);
    expect(state.status).to.equal('ready');
    expect(state.error).to.equal(null);
  });

  it('does not retry a 404', async () => {
    const table = routes({ [URL_A]: new Response('not found', { status: 404, statusText: 'Not Found' }) });
    const state = await settled(getFeedSource(URL_A));
    expect(table.calls).to.have.length(1);
    expect(state.error?.code).to.equal('http');
    expect(state.error?.status).to.equal(404);
    expect(state.error?.message).to.contain('404');
  });

  it('does not retry invalid JSON, and says so', async () => {
    const table = routes({ [URL_A]: json('{"version": 1, "alliance": ') });
    const state = await settled(getFeedSource(URL_A));
    expect(table.calls).to.have.length(1);
    expect(state.error?.code).to.equal('not-json');
    expect(state.error?.message).to.match(/not valid JSON/);
  });

  it('recognises an HTML error page served with status 200', async () => {
    routes({ [URL_A]: new Response('<!doctype html><h1>Oops</h1>', { headers: { 'content-type': 'text/html; charset=utf-8' } }) });
    const state = await settled(getFeedSource(URL_A));
    expect(state.error?.code).to.equal('not-json');
    expect(state.error?.message).to.contain('web page (text/html)');
  });

  it('refuses a body over the byte cap, declared or streamed', async () => {
    Object.assign(loaderDefaults, { maxBytes: 200 });
    const big = JSON.stringify({ ...minimalFeed(), padding: 'x'.repeat(1000) });
    const streamed = () =>
      new Response(new Blob([big]).stream(), { headers: { 'content-type': 'application/json' } });
    routes({
      [URL_A]: streamed,
      'https://alliance.example/declared.json': json(big, { headers: { 'content-length': String(big.length) } }),
    });
    expect((await settled(getFeedSource(URL_A))).error?.code).to.equal('too-large');
    expect((await settled(getFeedSource('https://alliance.example/declared.json'))).error?.code).to.equal('too-large');
  });

  it('rejects a feed whose top level is broken, with the validation issues', async () => {
    routes({ [URL_A]: json({ version: 1, updated: 'yesterday', alliance: { id: 'x' } }) });
    const state = await settled(getFeedSource(URL_A));
    expect(state.status).to.equal('error');
    expect(state.error?.code).to.equal('invalid');
    expect(state.issues.map((issue) => issue.path)).to.include('alliance.name');
  });

  it('refuses plain-http feeds from other sites and credentials in the address', () => {
    expect(() => resolveFeedUrl('http://alliance.example/feed.json')).to.throw(/https/);
    expect(() => resolveFeedUrl('https://user:pw@alliance.example/feed.json')).to.throw(/user name or password/);
    expect(resolveFeedUrl('/demo/sample-feed.json')).to.equal(new URL('/demo/sample-feed.json', location.href).href);
  });

  it('keeps working when localStorage throws on read and on write', async () => {
    const originalGet = Storage.prototype.getItem;
    const originalSet = Storage.prototype.setItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      routes({ [URL_A]: json(minimalFeed()) });
      const state = await settled(getFeedSource(URL_A));
      expect(state.status).to.equal('ready');
      expect(state.stale).to.equal(false);
    } finally {
      Storage.prototype.getItem = originalGet;
      Storage.prototype.setItem = originalSet;
    }
  });

  it('shows the stored copy at once, then replaces it with the fresh feed', async () => {
    const stored = parseFeed(minimalFeed('Stored Name')).feed!;
    writeCachedFeed(URL_A, stored, Date.parse('2026-11-20T00:00:00Z'));
    let answer!: () => void;
    routes({ [URL_A]: () => new Promise<Response>((resolve) => (answer = () => resolve(json(minimalFeed('Fresh Name'))))) });

    const source = getFeedSource(URL_A);
    const seen: FeedState[] = [];
    source.subscribe((state) => seen.push(state));
    await until(() => source.state.feed !== null, 2000, 'stored copy');
    expect(source.state.feed?.alliance.name).to.equal('Stored Name');
    expect(source.state.stale).to.equal(true);
    expect(source.state.fetchedAt).to.equal(Date.parse('2026-11-20T00:00:00Z'));

    answer();
    await source.load();
    expect(source.state.feed?.alliance.name).to.equal('Fresh Name');
    expect(source.state.stale).to.equal(false);
    expect(seen.map((state) => state.feed?.alliance.name)).to.deep.equal(['Stored Name', 'Fresh Name']);
  });

  it('keeps the stored copy, marked stale with the reason, when the network fails', async () => {
    writeCachedFeed(URL_A, parseFeed(minimalFeed('Stored Name')).feed!, Date.parse('2026-11-20T00:00:00Z'));
    Object.assign(loaderDefaults, { retries: 0 });
    routes({}); // every request fails like a network error
    const source = getFeedSource(URL_A);
    await source.load();
    await until(() => source.state.feed !== null, 2000, 'stored copy');
    expect(source.state.status).to.equal('ready');
    expect(source.state.stale).to.equal(true);
    expect(source.state.error?.code).to.equal('network');
  });

  it('writes a fresh feed to storage and ignores a corrupted stored copy', async () => {
    localStorage.setItem(`alliance-kit:feed:v1:${URL_A}`, '{"savedAt": 1, "feed": {"versi');
    routes({ [URL_A]: json(minimalFeed()) });
    const state = await settled(getFeedSource(URL_A));
    expect(state.feed?.alliance.name).to.equal('Test Alliance');
    const stored = JSON.parse(localStorage.getItem(`alliance-kit:feed:v1:${URL_A}`)!);
    expect(stored.feed.alliance.name).to.equal('Test Alliance');
  });

  it('discards a tampered stored copy instead of showing it', async () => {
    const tampered = parseFeed(minimalFeed('Tampered')).feed! as unknown as Record<string, any>;
    tampered.alliance.url = 'javascript:alert(1)';
    localStorage.setItem(`alliance-kit:feed:v1:${URL_A}`, JSON.stringify({ savedAt: 1, feed: tampered }));
    Object.assign(loaderDefaults, { retries: 0 });
    routes({});
    const source = getFeedSource(URL_A);
    await source.load();
    await until(() => localStorage.getItem(`alliance-kit:feed:v1:${URL_A}`) === null, 2000, 'tampered copy removed');
    expect(source.state.feed).to.equal(null);
    expect(source.state.status).to.equal('error');
  });

  it('validates inline data like a fetched feed', async () => {
    const source = FeedSource.fromData({ ...minimalFeed(), spaces: [{ id: 'bad' }] });
    await source.load();
    expect(source.state.feed?.spaces).to.have.length(0);
    expect(source.state.issues[0].path).to.equal('spaces[0].name');
  });
});
