/**
 * The last good copy of each feed, kept in localStorage so a page can show alliance content at once and
 * keep showing it when the feed host is down.
 *
 * Storage is hostile ground: it may be disabled (throws on access), full (throws on write), shared with the
 * host page, or edited by hand. Every access is wrapped, and a copy is only used after it passes the same
 * validation as a fresh feed.
 */
import type { Feed } from './schema.js';

/** Bump the `v1` when the stored shape changes: old entries are then simply never read. */
const KEY_PREFIX = 'alliance-kit:feed:v1:';

export interface CachedFeed {
  /** When the copy was fetched from the network (ms since the epoch). */
  savedAt: number;
  /** The stored feed: untrusted until validated again. */
  feed: unknown;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readCachedFeed(url: string): CachedFeed | null {
  try {
    const raw = storage()?.getItem(KEY_PREFIX + url);
    if (!raw) return null;
    const entry: unknown = JSON.parse(raw);
    if (typeof entry !== 'object' || entry === null) return null;
    const { savedAt, feed } = entry as Record<string, unknown>;
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
    return { savedAt, feed };
  } catch {
    return null;
  }
}

export function writeCachedFeed(url: string, feed: Feed, savedAt: number): void {
  try {
    storage()?.setItem(KEY_PREFIX + url, JSON.stringify({ savedAt, feed }));
  } catch {
    // Full or disabled storage only costs the offline copy; the page keeps working.
  }
}

export function removeCachedFeed(url: string): void {
  try {
    storage()?.removeItem(KEY_PREFIX + url);
  } catch {
    // As above: nothing to lose.
  }
}
