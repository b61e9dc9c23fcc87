/**
 * Size caps for everything the feed may contain. A feed is shown on many host pages, so no field may make a
 * page slow or huge: every string and array has a ceiling, and the schema has a fixed depth.
 */
export const LIMITS = {
  id: 64,
  name: 200,
  shortText: 500,
  longText: 5000,
  tag: 40,
  tags: 30,
  values: 20,
  domains: 20,
  amenities: 40,
  intervals: 28,
  exceptions: 400,
  passLinks: 50,
  kinds: 20,
  spaces: 20_000,
  passes: 50,
  events: 10_000,
  /** Issues kept in a parse result; past this, one summary issue says how many more there were. */
  issues: 500,
} as const;

/** The newest feed format this kit reads. Feeds with a higher major version are refused with a clear error. */
export const FEED_VERSION = 1;
