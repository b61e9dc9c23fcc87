/**
 * Test seams for everything feed-related: a route table of `Response`s in place of the network, a pinned
 * clock and viewer time zone, and a clean slate between tests.
 */
import { clearFeedSources } from '../../src/feed/loader.js';
import { setFeedFetch } from '../../src/feed/fetch.js';
import { clock } from '../../src/shared/clock.js';

export type Route = Response | ((init: RequestInit, url: string) => Response | Promise<Response>);

export interface RouteTable {
  /** Every request made, in order. */
  calls: { url: string; init: RequestInit }[];
}

/**
 * Answers feed requests from `table` (keys are absolute URLs, or paths resolved against the page). A route
 * that is a `Response` is cloned per request; an unknown URL fails like a network error.
 */
export function routes(table: Record<string, Route>): RouteTable {
  const resolved = new Map(Object.entries(table).map(([url, route]) => [new URL(url, document.baseURI).href, route]));
  const record: RouteTable = { calls: [] };
  setFeedFetch(async (url, init) => {
    record.calls.push({ url, init });
    const route = resolved.get(url);
    if (!route) throw new TypeError(`Failed to fetch (no test route for ${url})`);
    return typeof route === 'function' ? route(init, url) : route.clone();
  });
  return record;
}

/** A JSON response as a static host would send it. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

let sample: unknown;
/** The demo's sample feed (a fresh copy each call, so tests may mutate it). */
export async function sampleFeed(): Promise<any> {
  sample ??= await (await fetch('/demo/sample-feed.json')).json();
  return structuredClone(sample);
}

/** Pins `Date`-based logic in the kit to `iso`, and the visitor's zone to `viewerTimeZone`. */
export function pinClock(iso: string, viewerTimeZone = 'America/Toronto'): void {
  const instant = Date.parse(iso);
  clock.now = () => instant;
  clock.viewerTimeZone = () => viewerTimeZone;
}

const realNow = clock.now;
const realZone = clock.viewerTimeZone;

/** Undoes routes, pinned clocks, shared feed sources and stored copies. Call in `afterEach`. */
export function resetFeedTestState(): void {
  setFeedFetch(undefined);
  clearFeedSources();
  clock.now = realNow;
  clock.viewerTimeZone = realZone;
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith('alliance-kit:')) localStorage.removeItem(key);
  }
}

/** Waits until `predicate` holds (or fails the test after `timeout` ms). */
export async function until(predicate: () => boolean, timeout = 3000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A feed address no other test file uses. Test files run side by side in tabs that share localStorage, where
 * the loader keeps each feed's last good copy by address; a private address keeps their copies apart.
 */
export function feedUrlFor(name: string): string {
  return `https://${name.replace(/[^a-z0-9-]/gi, '-').toLowerCase()}-${Math.random().toString(36).slice(2, 8)}.example/feed.json`;
}
