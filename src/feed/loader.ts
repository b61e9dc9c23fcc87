/**
 * Loads each feed URL once per page and shares the result with every element that asks for it.
 *
 * A {@link FeedSource} per absolute URL: it shows the last good copy from storage at once (stale), fetches
 * the feed in the background with a timeout, a byte cap and retries for transient failures, validates it in
 * slices that keep the page responsive, and then replaces the stale copy with the fresh one. When the network
 * fails, elements keep the last good copy and are told it is stale and why.
 */
import { clock } from '../shared/clock.js';
import { readCachedFeed, removeCachedFeed, writeCachedFeed } from './cache.js';
import { FeedLoadError } from './errors.js';
import { feedFetch } from './fetch.js';
import { parseFeedAsync, type FeedIssue } from './parse.js';
import type { Feed } from './schema.js';

export interface LoaderOptions {
  /** Give up on one attempt after this long (ms), body included. */
  timeoutMs: number;
  /** Refuse bodies larger than this many bytes. */
  maxBytes: number;
  /** Further attempts after a network error, a timeout or a 5xx. */
  retries: number;
  /** First retry delay (ms); doubles each time, with jitter. */
  retryBaseMs: number;
}

/** Page-wide defaults; change them before the first element loads a feed. */
export const loaderDefaults: LoaderOptions = {
  timeoutMs: 8000,
  maxBytes: 5_000_000,
  retries: 2,
  retryBaseMs: 500,
};

export type FeedStatus = 'loading' | 'ready' | 'error';

export interface FeedState {
  /** `ready` whenever there is a feed to show, fresh or stale. */
  status: FeedStatus;
  /** The absolute feed URL, or `''` when no feed was configured. */
  url: string;
  feed: Feed | null;
  /** What validation left out or warned about in the feed being shown (or in the rejected one). */
  issues: FeedIssue[];
  /** The latest failure. With a `feed`, the kit is showing the last good copy because of it. */
  error: FeedLoadError | null;
  /** True while showing a stored copy: before the network answered, or because it failed. */
  stale: boolean;
  /** When the copy being shown was fetched from the network (ms since the epoch). */
  fetchedAt: number | null;
}

export type FeedListener = (state: FeedState) => void;

/** Before anything is known. */
export const LOADING_STATE: FeedState = Object.freeze({
  status: 'loading',
  url: '',
  feed: null,
  issues: [],
  error: null,
  stale: false,
  fetchedAt: null,
});

export class FeedSource {
  private current: FeedState;
  private readonly listeners = new Set<FeedListener>();
  private inFlight: Promise<void> | null = null;
  private freshArrived = false;

  /**
   * @param url the absolute feed URL (the storage key for the last good copy), or `''` for inline data
   * @param fetchJson how to get the untrusted JSON; by default the network, with the page's loader options
   */
  constructor(
    readonly url: string,
    private readonly fetchJson: () => Promise<unknown> = () => fetchWithRetries(url, { ...loaderDefaults }),
  ) {
    this.current = { ...LOADING_STATE, url };
  }

  /** A source for feed JSON the host already has (a framework app, the iframe embed, the builder preview). */
  static fromData(data: unknown): FeedSource {
    const source = new FeedSource('', () => Promise.resolve(data));
    void source.load();
    return source;
  }

  /** A source that only reports why there is no feed to load (no address, a refused address). */
  static failed(error: FeedLoadError, url = ''): FeedSource {
    const source = new FeedSource(url, () => Promise.reject(error));
    source.current = { ...source.current, status: 'error', error };
    return source;
  }

  get state(): FeedState {
    return this.current;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts loading if nothing is under way; the same promise for every caller until it settles. */
  load(): Promise<void> {
    this.inFlight ??= this.run().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async run(): Promise<void> {
    if (this.url && !this.current.feed) void this.showStoredCopy();
    try {
      const json = await this.fetchJson();
      const result = await parseFeedAsync(json);
      if (!result.feed) throw new FeedLoadError('invalid', result.error, { issues: result.issues });
      const fetchedAt = clock.now();
      this.freshArrived = true;
      this.set({ status: 'ready', feed: result.feed, issues: result.issues, error: null, stale: false, fetchedAt });
      if (this.url) writeCachedFeed(this.url, result.feed, fetchedAt);
    } catch (cause) {
      const error = toFeedLoadError(cause);
      const issues = error.issues.length > 0 ? [...error.issues] : this.current.issues;
      if (this.current.feed) this.set({ ...this.current, error, stale: true });
      else this.set({ ...this.current, status: 'error', error, issues });
    }
  }

  private async showStoredCopy(): Promise<void> {
    const stored = readCachedFeed(this.url);
    if (!stored) return;
    const result = await parseFeedAsync(stored.feed);
    // The store only ever holds feeds that validated cleanly, so any issue means it was edited or is from an
    // older kit: drop it rather than show a tampered copy.
    if (!result.feed || result.issues.length > 0) {
      removeCachedFeed(this.url);
      return;
    }
    if (this.freshArrived || this.current.feed) return;
    this.set({ ...this.current, status: 'ready', feed: result.feed, issues: [], stale: true, fetchedAt: stored.savedAt });
  }

  private set(patch: Partial<FeedState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) {
      try {
        listener(this.current);
      } catch (error) {
        // One broken listener must not stop the others (or reach the host page as an unhandled rejection).
        console.error('[alliance-kit] feed listener failed', error);
      }
    }
  }
}

const sources = new Map<string, FeedSource>();

/**
 * The page-wide source for a feed URL (resolved against the page), created and started on first use.
 * Throws {@link FeedLoadError} for a URL the kit will not load.
 */
export function getFeedSource(url: string): FeedSource {
  const absolute = resolveFeedUrl(url);
  let source = sources.get(absolute);
  if (!source) {
    source = new FeedSource(absolute);
    sources.set(absolute, source);
    void source.load();
  }
  return source;
}

/** Forgets every source (for tests, or a single-page app that wants a clean slate). */
export function clearFeedSources(): void {
  sources.clear();
}

/** An absolute feed URL: https anywhere, or plain http only from the page's own origin (local previews). */
export function resolveFeedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), document.baseURI);
  } catch {
    throw new FeedLoadError('no-feed', `The feed address "${url}" is not a valid URL.`);
  }
  if (parsed.username || parsed.password) {
    throw new FeedLoadError('insecure', 'The feed address must not contain a user name or password.');
  }
  if (!isAllowedFeedUrl(parsed)) {
    throw new FeedLoadError('insecure', `The feed must be served over https (got ${parsed.protocol}//${parsed.host}).`);
  }
  parsed.hash = '';
  return parsed.href;
}

function isAllowedFeedUrl(url: URL): boolean {
  // `self.origin` rather than `location.origin`: in about:srcdoc and blob: pages the latter is "null".
  const pageOrigin = (globalThis as { origin?: string }).origin ?? globalThis.location?.origin;
  return url.protocol === 'https:' || (url.protocol === 'http:' && url.origin === pageOrigin);
}

// ----------------------------------------------------------------------------------------------- fetch

async function fetchWithRetries(url: string, options: LoaderOptions): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, options);
    } catch (cause) {
      const error = toFeedLoadError(cause);
      if (!error.retryable || attempt >= options.retries) throw error;
      await sleep(backoffDelay(attempt, options.retryBaseMs));
    }
  }
}

function backoffDelay(attempt: number, baseMs: number): number {
  const exponential = baseMs * 2 ** attempt;
  return Math.min(exponential * (0.5 + Math.random()), 10_000);
}

async function fetchOnce(url: string, options: LoaderOptions): Promise<unknown> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const response = await untilAborted(
    feedFetch(url, {
      credentials: 'omit',
      headers: { accept: 'application/json' },
      redirect: 'follow',
      signal,
    }),
    signal,
  );
  if (response.url && response.url !== url && !isAllowedFeedUrl(new URL(response.url))) {
    throw new FeedLoadError('insecure', 'The feed address redirected to a non-https address.');
  }
  if (!response.ok) {
    throw new FeedLoadError('http', `The feed server answered ${response.status} ${response.statusText}`.trim() + '.', {
      status: response.status,
    });
  }
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  if (/html|xml/.test(type)) {
    throw new FeedLoadError('not-json', `The feed address returned a web page (${type.split(';')[0]}), not JSON.`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > options.maxBytes) throw tooLarge(options.maxBytes);
  const bytes = await readCapped(response, options.maxBytes, signal);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FeedLoadError('not-json', 'The feed is not valid UTF-8 text.');
  }
  if (!text.trim()) throw new FeedLoadError('not-json', 'The feed address returned an empty file.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const hint = /^\s*</.test(text) ? ' It looks like a web page.' : ' It may be cut off or have a typo.';
    throw new FeedLoadError('not-json', `The feed is not valid JSON.${hint}`);
  }
}

function tooLarge(maxBytes: number): FeedLoadError {
  return new FeedLoadError('too-large', `The feed is larger than ${Math.round(maxBytes / 1000)} kB, the most the kit loads.`);
}

/** Reads the body without ever holding more than `maxBytes`, and stops when `signal` fires. */
async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const onAbort = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await untilAborted(reader.read(), signal);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  // Cancelling the reader ends the stream normally; a body cut short by the timeout must not parse as a feed.
  signal.throwIfAborted();
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Rejects with the signal's reason when it fires, even if `promise` ignores the signal. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function toFeedLoadError(cause: unknown): FeedLoadError {
  if (cause instanceof FeedLoadError) return cause;
  if (cause instanceof DOMException && (cause.name === 'TimeoutError' || cause.name === 'AbortError')) {
    return new FeedLoadError('timeout', 'The feed took too long to load.');
  }
  return new FeedLoadError('network', 'The feed could not be reached (offline, blocked, or not allowed by CORS).');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
