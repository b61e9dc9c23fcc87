/**
 * Hostile feeds, group 1 (transport): every way the feed address can answer badly, through every element.
 * Expected: a clear in-element error (or the last good copy, marked stale), retries only for transient
 * failures, and the host-page invariants intact (see harness.ts).
 */
import { baseFeed, expectClean, hostileHooks, json, runFeedCase, serveable, shownState, type CaseResult } from './harness.js';
import { expect } from '@open-wc/testing';
import { writeCachedFeed } from '../../src/feed/cache.js';
import { loaderDefaults } from '../../src/feed/loader.js';
import { parseFeed } from '../../src/feed/parse.js';

const GROUP = '1 transport';
const HOST = 'hostile-transport.example';
const good = () => serveable(baseFeed(HOST));
const encode = (text: string) => new TextEncoder().encode(text);

function respond(body: BodyInit | null, init: ResponseInit & { url?: string } = {}): Response {
  const response = new Response(body, { status: 200, headers: { 'content-type': 'application/json' }, ...init });
  if (init.url) Object.defineProperty(response, 'url', { value: init.url });
  return response;
}

/** A body that sends a few bytes and then one space every 20 ms, forever. */
function drip(): Response {
  let timer: ReturnType<typeof setInterval>;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encode('{"version":1,'));
      timer = setInterval(() => controller.enqueue(encode(' ')), 20);
    },
    cancel() {
      clearInterval(timer);
    },
  });
  return respond(body);
}

interface TransportCase {
  name: string;
  route: () => Response | Promise<Response>;
  /** What every element should show. */
  shows: 'error' | 'content';
  /** The error code the elements report. */
  code?: string;
  /** Requests made: 1 when retrying cannot help, 1 + retries when it might. */
  requests: number;
  setup?: () => void;
}

const RETRIES = 2;
const CASES: TransportCase[] = [
  { name: '404', route: () => respond('Not found', { status: 404, headers: { 'content-type': 'text/plain' } }), shows: 'error', code: 'http', requests: 1 },
  { name: '500', route: () => respond('{"error":"boom"}', { status: 500 }), shows: 'error', code: 'http', requests: 1 + RETRIES },
  { name: '503', route: () => respond('', { status: 503, headers: { 'retry-after': '3600' } }), shows: 'error', code: 'http', requests: 1 + RETRIES },
  {
    name: '200 with an HTML page',
    route: () => respond('<!doctype html><title>Welcome</title><script>__pwned("html")</script>', { headers: { 'content-type': 'text/html' } }),
    shows: 'error',
    code: 'not-json',
    requests: 1,
  },
  {
    name: 'HTML page served as JSON',
    route: () => respond('<html><body><img src=x onerror=__pwned("html-as-json")></body></html>'),
    shows: 'error',
    code: 'not-json',
    requests: 1,
  },
  { name: 'XML content type', route: () => respond('<feed/>', { headers: { 'content-type': 'application/xml' } }), shows: 'error', code: 'not-json', requests: 1 },
  // Static hosts often send JSON as text/plain: that is read, since the body is validated anyway.
  { name: 'JSON as text/plain', route: () => respond(JSON.stringify(good()), { headers: { 'content-type': 'text/plain' } }), shows: 'content', requests: 1 },
  { name: 'empty body', route: () => respond(''), shows: 'error', code: 'not-json', requests: 1 },
  { name: 'whitespace body', route: () => respond(' \n\t '.repeat(100)), shows: 'error', code: 'not-json', requests: 1 },
  { name: 'UTF-8 BOM', route: () => respond(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(JSON.stringify(good()))])), shows: 'content', requests: 1 },
  { name: 'invalid UTF-8', route: () => respond(new Uint8Array([...encode('{"version":1,"x":"'), 0xc3, 0x28, 0xff, ...encode('"}')])), shows: 'error', code: 'not-json', requests: 1 },
  { name: 'UTF-16 body', route: () => respond(new Uint8Array([0xff, 0xfe, ...[...'{"version":1}'].flatMap((c) => [c.charCodeAt(0), 0])])), shows: 'error', code: 'not-json', requests: 1 },
  { name: 'truncated JSON', route: () => respond(JSON.stringify(good()).slice(0, 700)), shows: 'error', code: 'not-json', requests: 1 },
  { name: 'JSON with a trailing comma', route: () => respond('{"version":1,}'), shows: 'error', code: 'not-json', requests: 1 },
  { name: 'JSONP', route: () => respond(`callback(${JSON.stringify(good())})`), shows: 'error', code: 'not-json', requests: 1 },
  {
    name: 'body over the byte cap (no length header)',
    setup: () => Object.assign(loaderDefaults, { maxBytes: 20_000 }),
    route: () => respond(JSON.stringify({ ...good(), padding: 'x'.repeat(30_000) })),
    shows: 'error',
    code: 'too-large',
    requests: 1,
  },
  {
    name: 'body over the byte cap (declared length)',
    setup: () => Object.assign(loaderDefaults, { maxBytes: 20_000 }),
    route: () => respond(JSON.stringify(good()), { headers: { 'content-type': 'application/json', 'content-length': '999999999' } }),
    shows: 'error',
    code: 'too-large',
    requests: 1,
  },
  {
    name: 'slow drip that never ends',
    setup: () => Object.assign(loaderDefaults, { timeoutMs: 150, retries: 1 }),
    route: drip,
    shows: 'error',
    code: 'timeout',
    requests: 2,
  },
  {
    name: 'no answer at all',
    setup: () => Object.assign(loaderDefaults, { timeoutMs: 100, retries: 1 }),
    route: () => new Promise<Response>(() => undefined),
    shows: 'error',
    code: 'timeout',
    requests: 2,
  },
  {
    name: 'redirect to http',
    route: () => respond(JSON.stringify(good()), { url: `http://${HOST}/feed.json` }),
    shows: 'error',
    code: 'insecure',
    requests: 1,
  },
  {
    name: 'redirect to another https host',
    route: () => respond(JSON.stringify(good()), { url: 'https://mirror.example/feed.json' }),
    shows: 'content',
    requests: 1,
  },
  {
    name: 'offline',
    route: () => Promise.reject(new TypeError('Failed to fetch')),
    shows: 'error',
    code: 'network',
    requests: 1 + RETRIES,
  },
  {
    name: 'a version from the future',
    route: () => respond(JSON.stringify({ ...good(), version: 99 })),
    shows: 'error',
    code: 'invalid',
    requests: 1,
  },
];

function expectShows(result: CaseResult, shows: string, code?: string) {
  for (const element of result.mounted.elements) {
    expect(shownState(element), element.localName).to.equal(shows);
    const state = (element as unknown as { feedState: { error: { code: string } | null } }).feedState;
    if (code) expect(state.error?.code, element.localName).to.equal(code);
    if (shows === 'error') {
      // The error is said in the element, with the site owner's detail, and the fallback stays visible.
      const alert = element.shadowRoot!.querySelector('[role="alert"]');
      expect(alert?.textContent, element.localName).to.contain('unavailable');
      expect(element.shadowRoot!.querySelector('slot')).to.not.equal(null);
    }
  }
}

describe('hostile feeds 1: transport', () => {
  hostileHooks('transport');

  for (const testCase of CASES) {
    it(`${testCase.name}: ${testCase.shows === 'error' ? `error (${testCase.code})` : 'shown'}, ${testCase.requests} request(s)`, async () => {
      Object.assign(loaderDefaults, { retries: RETRIES });
      testCase.setup?.();
      const result = await runFeedCase(testCase.name, { route: () => testCase.route(), served: good() });
      expectClean(GROUP, result, testCase.name);
      expectShows(result, testCase.shows, testCase.code);
      expect(result.table.calls, 'requests').to.have.length(testCase.requests);
    });
  }

  for (const testCase of CASES.filter((entry) => entry.shows === 'error')) {
    it(`${testCase.name}, with a last good copy stored: the copy, marked stale`, async () => {
      Object.assign(loaderDefaults, { retries: 0 });
      testCase.setup?.();
      const stored = parseFeed(good()).feed!;
      const result = await runFeedCase(`${testCase.name}-cached`, {
        route: () => testCase.route(),
        served: good(),
        before: (feedUrl) => writeCachedFeed(feedUrl, stored, Date.parse('2026-11-25T12:00:00Z')),
        settled: (state) => state.error !== null,
      });
      expectClean(GROUP, result, testCase.name);
      for (const element of result.mounted.elements) {
        expect(shownState(element), element.localName).to.equal('stale');
        expect(element.shadowRoot!.querySelector('[part~="stale"]')?.textContent).to.match(/Updated .*3 days ago/);
      }
    });
  }

  it('a good feed renders everywhere, with its images the only requests', async () => {
    const result = await runFeedCase('good', { route: json(good()), served: good() });
    expectClean(GROUP, result);
    for (const element of result.mounted.elements) expect(shownState(element), element.localName).to.equal('content');
  });
});
