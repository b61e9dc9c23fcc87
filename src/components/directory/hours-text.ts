/**
 * Opening hours in words: "Open now · Closes at 7:00 PM", "Opens tomorrow at 9:00 AM", "Today: 7:30 AM –
 * 7:00 PM", "Mon–Fri 9:00 AM – 5:00 PM". The open/closed logic is src/shared/hours.ts; this only says it.
 */
import { msg, str } from '../../shared/localize.js';
import type { WeeklyInterval } from '../../feed/schema.js';
import { dateTimeFormat, formatClock, zoneName } from '../../shared/format.js';
import type { OpenState, OpenStatus } from '../../shared/hours.js';
import { groupWeekdays, shortWeekdayName } from '../../shared/weekly-hours.js';
import { addDays, clockMinutes, zonedParts, zoneOffsetMinutes } from '../../shared/time.js';

export interface HoursWords {
  state: OpenState;
  /** The status in a word or two: "Open now", "Closes soon", "Closed", "Opens soon", "Open 24 hours". */
  label: string;
  /** When that changes: "Closes at 7:00 PM CST", "Opens Monday at 9:00 AM". */
  detail: string;
  /** Today's hours: "Today: 7:30 AM – 7:00 PM", "Closed today". */
  today: string;
  /** A holiday's note ("Christmas Day") when today is an exception. */
  note?: string;
}

const DAY = 1440;

/** True when the intervals leave no minute of the day closed (a 24-hour day). */
export function coversWholeDay(intervals: readonly { opens: string; closes: string }[]): boolean {
  const ranges = intervals
    .map(({ opens, closes }) => {
      const start = clockMinutes(opens);
      const end = clockMinutes(closes);
      return [start, end <= start ? end + DAY : end] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  let reached = 0;
  for (const [start, end] of ranges) {
    if (start > reached) return false;
    reached = Math.max(reached, end);
  }
  return reached >= DAY;
}

function safely<T>(make: () => T, fallback: T): T {
  try {
    return make();
  } catch {
    return fallback;
  }
}

/**
 * The space's zone name ("CST") when the visitor's clock differs from the space's at `now`, else `''`: a
 * visitor in Denver reading about a Kansas City space must know whose 9:00 AM it is.
 */
export function zoneSuffix(spaceZone: string, viewerZone: string, now: number, locale: string): string {
  return safely(() => {
    if (zoneOffsetMinutes(now, spaceZone) === zoneOffsetMinutes(now, viewerZone)) return '';
    return zoneName(now, locale, spaceZone);
  }, '');
}

function weekdayName(timeZone: string, now: number, inDays: number, locale: string): string {
  return safely(() => {
    const date = addDays(zonedParts(now, timeZone), inDays);
    return dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(date.year, date.month - 1, date.day));
  }, '');
}

function clockWithZone(time: string, locale: string, zone: string): string {
  const clock = safely(() => formatClock(time, locale), time);
  return zone ? `${clock} ${zone}` : clock;
}

/** "7:30 AM – 7:00 PM". */
export function formatInterval(opens: string, closes: string, locale: string): string {
  const from = safely(() => formatClock(opens, locale), opens);
  const to = safely(() => formatClock(closes, locale), closes);
  return msg(str`${from} – ${to}`);
}

/** Puts `status` (from openStatus) into words for a space in `timeZone`, as seen from `viewerZone`. */
export function describeHours(status: OpenStatus, timeZone: string, viewerZone: string, now: number, locale: string): HoursWords {
  const zone = zoneSuffix(timeZone, viewerZone, now, locale);
  const note = status.exception?.note;
  const wholeDay = status.today.length > 0 && coversWholeDay(status.today);
  const today =
    status.today.length === 0
      ? status.state === 'unknown'
        ? ''
        : msg('Closed today')
      : wholeDay
        ? msg('Today: open 24 hours')
        : msg(str`Today: ${status.today.map(({ opens, closes }) => formatInterval(opens, closes, locale)).join(', ')}`);
  const words = (label: string, detail = ''): HoursWords => ({ state: status.state, label, detail, today, ...(note ? { note } : {}) });

  switch (status.state) {
    case 'unknown':
      return words(msg('Hours not listed'));
    case 'open':
    case 'closes-soon': {
      const closes = status.closes!;
      if (wholeDay && closes.inDays >= 1) return { ...words(msg('Open 24 hours')), today: '' };
      const time = clockWithZone(closes.time, locale, zone);
      const soon = status.state === 'closes-soon';
      const label = soon ? msg('Closes soon') : msg('Open now');
      // An overnight closing ("until 1:00 AM") reads as tonight's, not as "tomorrow".
      const overnight = closes.inDays === 1 && clockMinutes(closes.time) < 6 * 60;
      if (closes.inDays === 0 || overnight) return words(label, soon ? time : msg(str`Closes at ${time}`));
      if (closes.inDays === 1) return words(label, msg(str`Closes tomorrow at ${time}`));
      const day = weekdayName(timeZone, now, closes.inDays, locale);
      return words(label, msg(str`Closes ${day} at ${time}`));
    }
    case 'opens-soon':
    case 'closed': {
      const label = status.state === 'opens-soon' ? msg('Opens soon') : msg('Closed');
      const opens = status.opens;
      if (!opens) return words(label);
      const time = clockWithZone(opens.time, locale, zone);
      if (opens.inDays === 0) return words(label, status.state === 'opens-soon' ? time : msg(str`Opens at ${time}`));
      if (opens.inDays === 1) return words(label, msg(str`Opens tomorrow at ${time}`));
      const day = weekdayName(timeZone, now, opens.inDays, locale);
      return words(label, msg(str`Opens ${day} at ${time}`));
    }
  }
}

/** Weekly intervals as day ranges: "Mon–Fri 9:00 AM – 5:00 PM; Sat 10:00 AM – 2:00 PM". */
export function summarizeWeek(intervals: readonly WeeklyInterval[], locale: string): string {
  return groupWeekdays(intervals)
    .map(({ first, last, intervals: hours }) => {
      const days = first === last ? shortWeekdayName(first, locale) : `${shortWeekdayName(first, locale)}–${shortWeekdayName(last, locale)}`;
      return msg(str`${days} ${hours.map(({ opens, closes }) => formatInterval(opens, closes, locale)).join(', ')}`);
    })
    .join('; ');
}
