/**
 * iCalendar (RFC 5545) writing for alliance events: the "Add to calendar" download of `<alliance-events>`
 * and the organizers' `export-ics` command share it, so both produce the same file for the same event.
 *
 * A pure module: no DOM, no clock (the caller passes the DTSTAMP), nothing but strings in and out.
 *
 * Timed events are written in UTC (`…Z`). That is exact for every calendar app and avoids shipping VTIMEZONE
 * rules; the app shows the time on the reader's clock. All-day events are floating dates
 * (`VALUE=DATE`) with the exclusive end the standard requires, so "Aug 9" stays Aug 9 in every zone.
 */
import type { AllianceEvent, EventStatus, Feed } from '../feed/schema.js';
import { KIT_VERSION } from '../version.js';
import { addDays, isoDate, parseIsoDate } from './time.js';

export type IcsWhen =
  /** Instants in ms since the epoch; no `end` means the event has no duration. */
  | { allDay: false; start: number; end?: number }
  /** Calendar dates (`YYYY-MM-DD`), `last` inclusive. */
  | { allDay: true; first: string; last: string };

export interface IcsEvent {
  /** Globally unique and stable: the same event must get the same UID in every file, so updates replace it. */
  uid: string;
  when: IcsWhen;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  categories?: string[];
}

export interface IcsCalendar {
  events: IcsEvent[];
  /** When the file was made (DTSTAMP of every event), ms since the epoch. */
  stamp: number;
  /** Shown by some apps as the calendar's name (`X-WR-CALNAME`). */
  name?: string;
}

const CRLF = '\r\n';
/** The longest a line may be, in octets, excluding the CRLF (RFC 5545 §3.1). */
export const ICS_LINE_OCTETS = 75;

/** The whole `.ics` file: CRLF line endings, folded lines, one VEVENT per event. */
export function writeCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//alliance-kit//alliance-kit ${KIT_VERSION}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(event: IcsEvent, stamp: number): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${utcDateTime(stamp)}`];
  const when = event.when;
  if (when.allDay) {
    const [first, afterLast] = basicDateRange(when);
    lines.push(`DTSTART;VALUE=DATE:${first}`, `DTEND;VALUE=DATE:${afterLast}`);
  } else {
    lines.push(`DTSTART:${utcDateTime(when.start)}`);
    if (when.end !== undefined && when.end > when.start) lines.push(`DTEND:${utcDateTime(when.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${stripControls(event.url)}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  if (event.status) lines.push(`STATUS:${event.status}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A TEXT value (RFC 5545 §3.3.11): `\`, `;`, `,` escaped, any line break as `\n`, other controls dropped. */
export function escapeText(value: string): string {
  return stripControls(value.replace(/\r\n|\r|\n/g, '\n'))
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');
}

function stripControls(value: string): string {
  // Keeps \n (escaped afterwards) and tab; everything else below 0x20, and DEL, is not allowed in a value.
  return value.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

const encoder = new TextEncoder();

/**
 * Splits a content line into lines of at most 75 octets of UTF-8, continuation lines starting with one
 * space. Splits only between characters (code points), never inside a multi-byte one.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= ICS_LINE_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > ICS_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** `20270809T140000Z` */
export function utcDateTime(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

/** `2027-08-09` → `20270809` (the iCalendar DATE form). */
function basicDate(date: string): string {
  return date.replace(/-/g, '');
}

/** First day and the day after the last one: calendars want the end of a date range exclusive. */
export function basicDateRange(when: { first: string; last: string }): [string, string] {
  return [basicDate(when.first), basicDate(isoDate(addDays(parseIsoDate(when.last), 1)))];
}

// --------------------------------------------------------------------------------------- feed events

const STATUS: Record<EventStatus, IcsEvent['status']> = {
  scheduled: 'CONFIRMED',
  'moved-online': 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** When a feed event happens, as iCalendar sees it. */
export function icsWhen(event: Pick<AllianceEvent, 'allDay' | 'start' | 'end'>): IcsWhen {
  if (event.allDay) return { allDay: true, first: event.start, last: event.end ?? event.start };
  const start = Date.parse(event.start);
  const end = event.end ? Date.parse(event.end) : undefined;
  return end === undefined ? { allDay: false, start } : { allDay: false, start, end };
}

/** Where a feed event happens, in words: host space and address, the feed's location text, or the online link. */
export function eventPlace(event: AllianceEvent, feed: Pick<Feed, 'spaces'>): string | undefined {
  const space = event.space ? feed.spaces.find((candidate) => candidate.id === event.space) : undefined;
  const address = space?.address;
  const street = address
    ? [address.street, address.locality, [address.region, address.postalCode].filter(Boolean).join(' '), address.country]
        .filter(Boolean)
        .join(', ')
    : '';
  const parts = [space?.name, street, event.location].filter((part): part is string => !!part);
  if (parts.length === 0 && event.onlineUrl) return event.onlineUrl;
  return parts.length ? parts.join(', ') : undefined;
}

/** A feed event as an iCalendar event. The UID is `event id@alliance id`, stable across downloads and exports. */
export function icsEventFromFeed(event: AllianceEvent, feed: Pick<Feed, 'alliance' | 'spaces'>): IcsEvent {
  const description = [event.description, event.onlineUrl].filter(Boolean).join('\n\n');
  return {
    uid: `${event.id}@${feed.alliance.id}`,
    when: icsWhen(event),
    summary: event.title,
    description: description || undefined,
    location: eventPlace(event, feed),
    url: event.registrationUrl ?? event.onlineUrl ?? feed.alliance.eventsUrl,
    status: STATUS[event.status],
    categories: event.tags,
  };
}

/** Every event of a feed as one calendar (the organizers' `export-ics`). */
export function feedToIcs(feed: Feed, stamp: number): string {
  return writeCalendar({
    name: feed.alliance.name,
    stamp,
    events: feed.events.map((event) => icsEventFromFeed(event, feed)),
  });
}
