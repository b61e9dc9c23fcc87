/**
 * The directory's default order: a shuffle that changes once a day, the same for every visitor that day.
 *
 * An alphabetical default would put "Aardvark Cowork" first on every member's site forever; a random one
 * would jump at every page load and make "the third card" meaningless. Seeding a shuffle with the date gives
 * each member its turn at the top, and a stable list for the whole day.
 */
import { isoDate, zonedParts } from '../../shared/time.js';

/** A 32-bit hash of `text` (FNV-1a, then avalanched so nearby dates give unrelated seeds). */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Mulberry32: a small, fast PRNG with a 32-bit state; plenty for ordering a list. Returns [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `ids` shuffled (Fisher–Yates) by a PRNG seeded with `seed`. The ids are put in code-unit order first, so
 * the result depends on the set of ids and the seed, not on the order the feed happens to list them in.
 */
export function seededShuffle(ids: readonly string[], seed: string): string[] {
  return seededShuffleBy(ids, (id) => id, seed);
}

/**
 * `items` in the order `seededShuffle` gives their keys. Shuffling the items themselves spares a large
 * directory a list of ids and a lookup back from id to item before its first paint.
 */
export function seededShuffleBy<T>(items: readonly T[], key: (item: T) => string, seed: string): T[] {
  const keys = items.map(key);
  const byKey = new Map<string, T>();
  for (let i = 0; i < items.length; i++) byKey.set(keys[i], items[i]);
  // The engine's own string sort, without a comparator, is about twice as fast as one with a comparator
  // (the largest single cost of a 10,000-space first frame). Items sharing a key cannot be told apart by a
  // map, so they take the slower, stable sort of positions.
  const order =
    byKey.size === items.length
      ? keys.sort().map((k) => byKey.get(k)!)
      : Array.from(keys, (_, index) => index)
          .sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0))
          .map((index) => items[index]);
  const random = mulberry32(hashSeed(seed));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}

/** The rotation's seed: the alliance and its calendar date at `now`, so the order turns at local midnight. */
export function rotationSeed(allianceId: string, timeZone: string, now: number): string {
  let date: string;
  try {
    date = isoDate(zonedParts(now, timeZone));
  } catch {
    date = new Date(now).toISOString().slice(0, 10);
  }
  return `${allianceId}|${date}`;
}
