/**
 * The directory's data side, free of DOM: each space turned once per feed into a record that is cheap to
 * filter, and the filters themselves. A national network has thousands of spaces and every keystroke filters
 * all of them, so everything that can be worked out ahead (folded search text, amenity and pass sets) is.
 */
import { passesHonouredBy } from '../../feed/query.js';
import type { Feed, Pass, Space } from '../../feed/schema.js';

export type SortOrder = 'rotation' | 'name' | 'distance';
export const SORT_ORDERS: readonly SortOrder[] = ['rotation', 'name', 'distance'];

/** What the visitor has chosen: the part of the view a link can carry. */
export interface DirectoryView {
  query: string;
  /** A space kind, or `''` for any. */
  kind: string;
  /** Amenity slugs a space must all have. */
  amenities: string[];
  openNow: boolean;
  dayUse: boolean;
  /** A pass id the space must honour, or `''` for any. */
  pass: string;
  sort: SortOrder;
}

export const DEFAULT_VIEW: Readonly<DirectoryView> = Object.freeze({
  query: '',
  kind: '',
  amenities: [],
  openNow: false,
  dayUse: false,
  pass: '',
  sort: 'rotation',
});

export interface SpaceRecord {
  readonly space: Space;
  /** Folded (accent- and case-free) text the search box matches against. */
  readonly haystack: string;
  readonly amenities: ReadonlySet<string>;
  /** The passes this space honours, in feed order. */
  readonly passes: readonly Pass[];
  readonly passIds: ReadonlySet<string>;
  readonly acceptsDayUse: boolean;
  /**
   * The same for every space with the same zone, hours and exceptions. Many members share "weekdays 9 to 5",
   * so "open now" is worked out once per distinct schedule instead of once per space.
   */
  readonly scheduleKey: string;
}

const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII = /[^\u0000-\u007f]/;

/** Text as the search compares it: "Montréal" and "MONTREAL" both become "montreal". */
export function foldText(text: string): string {
  // Plain ASCII has no accents to strip, and is most feed text: skip the costly normalization.
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase() : text.toLowerCase();
}

/**
 * Records for `spaces`. `amenityLabel` gives the visitor's word for an amenity slug, so a search for
 * "wi-fi" finds `wifi` in whatever language the directory speaks.
 */
export function buildRecords(feed: Feed, spaces: readonly Space[], amenityLabel: (slug: string) => string): SpaceRecord[] {
  const records: SpaceRecord[] = new Array(spaces.length);
  for (let i = 0; i < spaces.length; i++) records[i] = new LazyRecord(feed, spaces[i], amenityLabel);
  return records;
}

/**
 * The search text, amenity and pass sets and schedule key are worked out when first asked for (a search, a
 * filter, a card, an "open" badge), not for every space before the first paint: a directory of 10,000 spaces
 * shows 24 cards. A class rather than an object literal with getters, so the records share one shape and
 * building 10,000 of them allocates no closures.
 */
class LazyRecord implements SpaceRecord {
  private cachedHaystack: string | undefined;
  private cachedAmenities: ReadonlySet<string> | undefined;
  private cachedPasses: readonly Pass[] | undefined;
  private cachedPassIds: ReadonlySet<string> | undefined;
  private cachedScheduleKey: string | undefined;

  constructor(
    private readonly feed: Feed,
    readonly space: Space,
    private readonly amenityLabel: (slug: string) => string,
  ) {}

  get haystack(): string {
    if (this.cachedHaystack === undefined) {
      const { space } = this;
      const amenities = space.amenities ?? [];
      this.cachedHaystack = foldText(
        [space.name, space.neighbourhood, space.description, space.address?.locality, ...(space.tags ?? []), ...amenities, ...amenities.map(this.amenityLabel)]
          .filter(Boolean)
          .join('\n'),
      );
    }
    return this.cachedHaystack;
  }

  get amenities(): ReadonlySet<string> {
    return (this.cachedAmenities ??= new Set(this.space.amenities ?? []));
  }

  get passes(): readonly Pass[] {
    return (this.cachedPasses ??= passesHonouredBy(this.feed, this.space));
  }

  get passIds(): ReadonlySet<string> {
    return (this.cachedPassIds ??= new Set(this.passes.map((pass) => pass.id)));
  }

  get acceptsDayUse(): boolean {
    return this.space.dayUse?.accepted === true;
  }

  get scheduleKey(): string {
    const { space } = this;
    return (this.cachedScheduleKey ??= `${space.timezone}|${JSON.stringify(space.hours ?? [])}|${JSON.stringify(space.hoursExceptions ?? [])}`);
  }
}

/** The words of a query, folded; a space must contain every one. */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/**
 * The records that pass every filter in `view`, in the order given. `isOpen` answers the "open now" filter
 * and is only asked when that filter is on (it is the one costly test).
 */
export function filterRecords(
  records: readonly SpaceRecord[],
  view: DirectoryView,
  isOpen: (record: SpaceRecord) => boolean,
): SpaceRecord[] {
  const terms = queryTerms(view.query);
  const { kind, amenities, pass, dayUse, openNow } = view;
  if (terms.length === 0 && !kind && amenities.length === 0 && !pass && !dayUse && !openNow) return records.slice();
  const result: SpaceRecord[] = [];
  outer: for (const record of records) {
    if (kind && record.space.kind !== kind) continue;
    if (dayUse && !record.acceptsDayUse) continue;
    if (pass && !record.passIds.has(pass)) continue;
    for (const amenity of amenities) if (!record.amenities.has(amenity)) continue outer;
    for (const term of terms) if (!record.haystack.includes(term)) continue outer;
    if (openNow && !isOpen(record)) continue;
    result.push(record);
  }
  return result;
}

/** True when the visitor has narrowed the list (the sort order is not a filter). */
export function hasFilters(view: DirectoryView): boolean {
  return (
    view.query.trim() !== '' || view.kind !== '' || view.amenities.length > 0 || view.openNow || view.dayUse || view.pass !== ''
  );
}

/** Records sorted by name as the visitor's language sorts them ("Ébéniste" next to "Ebony", not after "Z"). */
export function sortByName(records: readonly SpaceRecord[], locale: string): SpaceRecord[] {
  const collator = collatorFor(locale);
  return [...records].sort((a, b) => collator.compare(a.space.name, b.space.name) || (a.space.id < b.space.id ? -1 : 1));
}

/** A collator for `locale` (English when the locale is unusable): "Ébéniste" sorts with the E's. */
export function collatorFor(locale: string): Intl.Collator {
  const options: Intl.CollatorOptions = { sensitivity: 'base', numeric: true };
  try {
    return new Intl.Collator(locale, options);
  } catch {
    return new Intl.Collator('en', options);
  }
}

/**
 * `compute` remembering its last answer: called again with the same arguments (by identity), it returns that
 * answer without recomputing. Renders happen for many reasons; the costly steps only rerun when their inputs
 * changed.
 */
export function memoizeLast<Args extends unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let lastArgs: Args | null = null;
  let last: Result;
  return (...args: Args) => {
    if (!lastArgs || lastArgs.length !== args.length || args.some((arg, index) => arg !== lastArgs![index])) {
      last = compute(...args);
      lastArgs = args;
    }
    return last;
  };
}
