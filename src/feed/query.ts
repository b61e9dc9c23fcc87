/**
 * Questions every element asks of a validated feed. One answer each, so the badge, the directory and the
 * pass button never disagree about which spaces a pass covers or whether it is on sale.
 */
import type { Feed, Pass, Space } from './schema.js';

/** Member spaces in good standing (lapsed members are never shown as members). */
export function activeSpaces(feed: Feed): Space[] {
  return feed.spaces.filter((space) => space.status === 'active');
}

export function findSpace(feed: Feed, id: string | null | undefined): Space | undefined {
  return id ? feed.spaces.find((space) => space.id === id) : undefined;
}

export function findPass(feed: Feed, id: string | null | undefined): Pass | undefined {
  return id ? feed.passes.find((pass) => pass.id === id) : undefined;
}

/**
 * True when `space` honours `pass`: the pass covers it (all spaces, or by id) and the space has not opted out
 * with `honoured: false`. Lapsed spaces honour nothing.
 */
export function honours(space: Space, pass: Pass): boolean {
  if (space.status !== 'active') return false;
  const covered = pass.spaces === 'all' || coveredIds(pass.spaces).has(space.id);
  const link = space.passes?.find((entry) => entry.pass === pass.id);
  return covered ? link?.honoured !== false : link?.honoured === true;
}

const idSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A pass's list of space ids as a set, made once: a directory asks about every space, for every pass. */
function coveredIds(ids: readonly string[]): ReadonlySet<string> {
  let set = idSets.get(ids);
  if (!set) idSets.set(ids, (set = new Set(ids)));
  return set;
}

/** Active spaces that honour `pass`, in feed order. */
export function spacesHonouring(feed: Feed, pass: Pass): Space[] {
  return activeSpaces(feed).filter((space) => honours(space, pass));
}

/** The passes `space` honours, in feed order. */
export function passesHonouredBy(feed: Feed, space: Space): Pass[] {
  return feed.passes.filter((pass) => honours(space, pass));
}

/** The space's own note about a pass ("Weekdays only"), if it gives one. */
export function passNote(space: Space, pass: Pass): string | undefined {
  return space.passes?.find((entry) => entry.pass === pass.id)?.notes;
}

export type PassAvailability =
  | { state: 'on-sale' }
  | { state: 'sold-out' }
  | { state: 'not-yet'; starts: number }
  | { state: 'ended'; ended: number };

/** Whether `pass` can be bought at `now`: sold out, not on sale yet (and from when), sale ended, or on sale. */
export function passAvailability(pass: Pass, now: number): PassAvailability {
  if (pass.availability === 'sold-out') return { state: 'sold-out' };
  const starts = pass.saleStarts ? Date.parse(pass.saleStarts) : undefined;
  const ends = pass.saleEnds ? Date.parse(pass.saleEnds) : undefined;
  if (starts !== undefined && now < starts) return { state: 'not-yet', starts };
  if (ends !== undefined && now >= ends) return { state: 'ended', ended: ends };
  return { state: 'on-sale' };
}

/** Passes a visitor can buy right now. */
export function passesOnSale(feed: Feed, now: number): Pass[] {
  return feed.passes.filter((pass) => passAvailability(pass, now).state === 'on-sale');
}
