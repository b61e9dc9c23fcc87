/**
 * What `<alliance-events>` shows, decided without the DOM: which events pass the filters, in which order and
 * under which day, whether International Coworking Day is close, and the calendar link and structured data
 * for each event.
 */
import type { AllianceEvent, Feed } from '../../feed/schema.js';
import { findSpace } from '../../feed/query.js';
import { basicDateRange, eventPlace, utcDateTime } from '../../shared/ics.js';
import { safeHref } from '../../shared/safe-url.js';
import { dayIn, daysBetween, eventTiming, isOngoing, isPast, startDayIn, type EventTiming } from './event-time.js';
import { postalAddress } from '../../shared/schema-org.js';

export type DisplayZone = 'event' | 'viewer';

export interface EventsQuery {
  now: number;
  /** Show times (and group days) on the event's clock or the visitor's. */
  zone: DisplayZone;
  viewerZone: string;
  /** Only events hosted by this space id. */
  space?: string;
  /** Only events with at least one of these tags (lower case). */
  tags?: string[];
  /** Only events starting within this many days from now. */
  days?: number;
  includePast?: boolean;
}

export interface PlannedEvent {
  event: AllianceEvent;
  timing: EventTiming;
  /** The zone its times are shown in. */
  zone: string;
  /** The day it is listed under (`YYYY-MM-DD` in `zone`). */
  day: string;
  past: boolean;
  ongoing: boolean;
}

export interface EventsPlan {
  /** Soonest first. */
  upcoming: PlannedEvent[];
  /** Most recent first; empty unless past events were asked for. */
  past: PlannedEvent[];
}

export interface DayGroup {
  day: string;
  entries: PlannedEvent[];
}

const DAY_MS = 86_400_000;

/** Filters and orders the feed's events for display. */
export function planEvents(events: readonly AllianceEvent[], query: EventsQuery): EventsPlan {
  const tags = query.tags?.length ? new Set(query.tags) : null;
  const horizon = query.days !== undefined ? query.now + query.days * DAY_MS : Infinity;
  const todayByZone = new Map<string, string>();
  const today = (zone: string) => {
    let day = todayByZone.get(zone);
    if (day === undefined) todayByZone.set(zone, (day = dayIn(query.now, zone)));
    return day;
  };

  const upcoming: PlannedEvent[] = [];
  const past: PlannedEvent[] = [];
  for (const event of events) {
    if (query.space && event.space !== query.space) continue;
    if (tags && !event.tags?.some((tag) => tags.has(tag.toLowerCase()))) continue;
    const timing = eventTiming(event);
    if (!timing) continue;
    const zone = query.zone === 'viewer' ? query.viewerZone : event.timezone;
    const startDay = startDayIn(event, timing, zone);
    if (isPast(timing, query.now)) {
      if (query.includePast) past.push({ event, timing, zone, day: startDay, past: true, ongoing: false });
      continue;
    }
    if (timing.start >= horizon) continue;
    const ongoing = isOngoing(timing, query.now);
    // An event already under way is listed under today, not under a day that has gone by.
    const day = ongoing && startDay < today(zone) ? today(zone) : startDay;
    upcoming.push({ event, timing, zone, day, past: false, ongoing });
  }
  upcoming.sort(compareEntries);
  past.sort((a, b) => compareEntries(b, a));
  return { upcoming, past };
}

// Sorted by listing day first, so every day heading appears once even when events in different zones
// interleave by instant; within a day, all-day events lead, then by start time.
function compareEntries(a: PlannedEvent, b: PlannedEvent): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.timing.allDay !== b.timing.allDay) return a.timing.allDay ? -1 : 1;
  if (a.timing.start !== b.timing.start) return a.timing.start - b.timing.start;
  return a.event.title < b.event.title ? -1 : a.event.title > b.event.title ? 1 : 0;
}

/** Consecutive entries with the same day, as one group each. */
export function groupByDay(entries: readonly PlannedEvent[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last.day === entry.day) last.entries.push(entry);
    else groups.push({ day: entry.day, entries: [entry] });
  }
  return groups;
}

/** Tags from a space-separated attribute, lower case, without repeats. */
export function parseTags(value: string | undefined): string[] {
  return [...new Set((value ?? '').toLowerCase().split(/\s+/).filter(Boolean))];
}

// ------------------------------------------------------------------------------ International Coworking Day

export const COWORKING_DAY_TAG = 'international-coworking-day';
/** How many days ahead the banner starts. */
export const COWORKING_DAY_WINDOW = 30;

export interface CoworkingDay {
  /** `YYYY-MM-DD` */
  day: string;
  /** 0 on the day itself. */
  inDays: number;
  /** Distinct member spaces hosting a Coworking Day event that day. */
  spaces: number;
}

/**
 * The next International Coworking Day within {@link COWORKING_DAY_WINDOW} days: 9 August, or the day of an
 * event tagged for it (some alliances celebrate on a nearby weekday), counted on the alliance's calendar.
 */
export function upcomingCoworkingDay(feed: Feed, now: number): CoworkingDay | null {
  const today = dayIn(now, feed.alliance.timezone);
  const tagged = feed.events.filter(
    (event) => event.status !== 'cancelled' && event.tags?.some((tag) => tag.toLowerCase() === COWORKING_DAY_TAG),
  );
  const year = Number(today.slice(0, 4));
  const candidates = [`${year}-08-09`, `${year + 1}-08-09`];
  for (const event of tagged) {
    const timing = eventTiming(event);
    if (timing && !isPast(timing, now)) candidates.push(timing.firstDay < today ? today : timing.firstDay);
  }
  const day = candidates.filter((candidate) => candidate >= today).sort()[0];
  const inDays = daysBetween(today, day);
  if (inDays > COWORKING_DAY_WINDOW) return null;
  const hosts = new Set<string>();
  for (const event of tagged) {
    const timing = eventTiming(event);
    if (event.space && timing && timing.firstDay <= day && day <= timing.lastDay) hosts.add(event.space);
  }
  return { day, inDays, spaces: hosts.size };
}

// -------------------------------------------------------------------------------------- calendar links

/** Google Calendar's "add event" page pre-filled with the event. */
export function googleCalendarUrl(event: AllianceEvent, feed: Feed): URL | null {
  const timing = eventTiming(event);
  if (!timing) return null;
  const dates = timing.allDay
    ? basicDateRange({ first: timing.firstDay, last: timing.lastDay }).join('/')
    : `${utcDateTime(timing.start)}/${utcDateTime(timing.end ?? timing.start)}`;
  const link = event.registrationUrl ?? event.onlineUrl;
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', event.title);
  url.searchParams.set('dates', dates);
  url.searchParams.set('ctz', event.timezone);
  const location = eventPlace(event, feed);
  if (location) url.searchParams.set('location', location);
  // Long descriptions are cut so the whole link stays well inside what browsers and Google accept.
  const description = truncate(event.description ?? '', 1000);
  const details = [description, link].filter(Boolean).join('\n\n');
  if (details) url.searchParams.set('details', details);
  return url;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${Array.from(text.slice(0, max)).slice(0, -1).join('').trimEnd()}…`;
}

// ------------------------------------------------------------------------------------- structured data

const SCHEMA_STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  'moved-online': 'https://schema.org/EventMovedOnline',
} as const;

/** A schema.org `Event` for search engines. */
export function eventJsonLd(event: AllianceEvent, feed: Feed): Record<string, unknown> {
  const space = findSpace(feed, event.space);
  const online = !!event.onlineUrl || event.status === 'moved-online';
  const physical = event.status !== 'moved-online' && (!!space || (!!event.location && !/^online$/i.test(event.location)));
  const locations: unknown[] = [];
  if (physical) {
    const address = space?.address;
    locations.push({
      '@type': 'Place',
      name: space?.name ?? event.location,
      ...(space?.url ? { url: space.url } : {}),
      address: address ? postalAddress(address) : (event.location ?? space?.name),
    });
  }
  if (online && event.onlineUrl) locations.push({ '@type': 'VirtualLocation', url: event.onlineUrl });
  const price = event.price ?? (event.free ? { amount: '0', currency: feed.alliance.currency } : undefined);
  return {
    '@type': 'Event',
    '@id': `${feed.alliance.url}#event-${event.id}`,
    name: event.title,
    description: event.description,
    startDate: event.start,
    endDate: event.end,
    eventStatus: SCHEMA_STATUS[event.status],
    eventAttendanceMode: `https://schema.org/${physical && online ? 'Mixed' : online ? 'Online' : 'Offline'}EventAttendanceMode`,
    location: locations.length === 1 ? locations[0] : locations.length ? locations : undefined,
    image: event.image,
    url: event.registrationUrl ?? feed.alliance.eventsUrl,
    offers: price
      ? {
          '@type': 'Offer',
          price: price.amount,
          priceCurrency: price.currency,
          url: safeHref(event.registrationUrl),
        }
      : undefined,
    organizer: { '@type': 'Organization', name: feed.alliance.name, url: feed.alliance.url },
  };
}

/** The JSON-LD document for a list of events. */
export function eventsJsonLd(events: readonly AllianceEvent[], feed: Feed): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@graph': events.map((event) => eventJsonLd(event, feed)) };
}
