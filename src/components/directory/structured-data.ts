/**
 * schema.org JSON-LD for the directory: an `ItemList` of `LocalBusiness` entries, so search engines can show
 * member spaces with their address, hours and phone. Built from validated feed data only; every URL goes
 * through safeUrl again, and the writer (src/shared/json-ld.ts) escapes what could end the script element.
 */
import type { Feed, Space, WeeklyInterval } from '../../feed/schema.js';
import { safeHref } from '../../shared/safe-url.js';
import { postalAddress } from '../../shared/schema-org.js';
import { isoDate, zonedParts } from '../../shared/time.js';

type Json = string | number | boolean | JsonObject | Json[];
interface JsonObject {
  [key: string]: Json;
}

const SCHEMA_DAYS: Record<WeeklyInterval['day'], string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

/** An object without its `undefined` and empty-array members (so it equals its own JSON round trip). */
function compact(entries: Record<string, Json | undefined>): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    result[key] = value;
  }
  return result;
}

// schema.org times run 00:00–23:59; the feed's "24:00" (midnight at the end of the day) is the last minute.
const schemaTime = (time: string) => (time === '24:00' ? '23:59' : time);

/** Weekly hours, one specification per distinct opening time with all the days that share it. */
export function openingHoursSpecification(hours: readonly WeeklyInterval[]): JsonObject[] {
  const groups = new Map<string, { opens: string; closes: string; days: string[] }>();
  for (const interval of hours) {
    const key = `${interval.opens}-${interval.closes}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { opens: interval.opens, closes: interval.closes, days: [] }));
    if (!group.days.includes(SCHEMA_DAYS[interval.day])) group.days.push(SCHEMA_DAYS[interval.day]);
  }
  return [...groups.values()].map((group) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: group.days.length === 1 ? group.days[0] : group.days,
    opens: schemaTime(group.opens),
    closes: schemaTime(group.closes),
  }));
}

/** Holidays and other exceptions from today on (past ones tell a search engine nothing). */
function specialHours(space: Space, now: number): JsonObject[] {
  let today: string;
  try {
    today = isoDate(zonedParts(now, space.timezone));
  } catch {
    return [];
  }
  return (space.hoursExceptions ?? [])
    .filter((exception) => exception.date >= today)
    .flatMap((exception) => {
      const intervals = exception.intervals?.length ? exception.intervals : [{ opens: '00:00', closes: '00:00' }];
      return intervals.map((interval) => ({
        '@type': 'OpeningHoursSpecification',
        validFrom: exception.date,
        validThrough: exception.date,
        opens: schemaTime(interval.opens),
        closes: schemaTime(interval.closes),
      }));
    });
}

export function localBusiness(space: Space, now: number): JsonObject {
  return compact({
    '@type': 'LocalBusiness',
    '@id': safeHref(space.url) ? `${safeHref(space.url)}#alliance-member` : undefined,
    name: space.name,
    description: space.description,
    url: safeHref(space.url),
    image: safeHref(space.photo) ?? safeHref(space.logo),
    telephone: space.phone,
    email: space.email,
    address: space.address ? postalAddress(space.address) : undefined,
    geo: space.geo ? { '@type': 'GeoCoordinates', latitude: space.geo.lat, longitude: space.geo.lon } : undefined,
    openingHoursSpecification: space.hours ? openingHoursSpecification(space.hours) : undefined,
    specialOpeningHoursSpecification: specialHours(space, now),
  });
}

/** The member spaces as a schema.org `ItemList`, in the order given. */
export function directoryJsonLd(feed: Feed, spaces: readonly Space[], now: number): JsonObject {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: feed.alliance.name,
    url: safeHref(feed.alliance.url),
    numberOfItems: spaces.length,
    itemListElement: spaces.map((space, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: localBusiness(space, now),
    })),
  });
}
