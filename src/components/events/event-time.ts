/**
 * When an event happens, as instants and calendar days. Computed once per event object (feeds are immutable
 * once parsed), so a feed of thousands of events is sorted and filtered without re-reading its dates.
 */
import type { AllianceEvent } from '../../feed/schema.js';
import { addDays, isoDate, parseIsoDate, zonedParts, zonedTimeToInstant } from '../../shared/time.js';

export interface EventTiming {
  allDay: boolean;
  /** The instant it starts (all-day: midnight of its first day in its zone). */
  start: number;
  /** The instant it ends, or `null` when the feed gives no end (all-day: the midnight after its last day). */
  end: number | null;
  /** From this instant on, the event is past: its end, its start when it has no end. */
  expires: number;
  /** All-day events: first and last day, `YYYY-MM-DD`, inclusive. */
  firstDay: string;
  lastDay: string;
}

const timings = new WeakMap<AllianceEvent, EventTiming | null>();

/** The event's timing, or `null` when its dates cannot be read (the schema should have refused it). */
export function eventTiming(event: AllianceEvent): EventTiming | null {
  let timing = timings.get(event);
  if (timing === undefined) {
    timing = computeTiming(event);
    timings.set(event, timing);
  }
  return timing;
}

function computeTiming(event: AllianceEvent): EventTiming | null {
  try {
    if (event.allDay) {
      const firstDay = event.start;
      const lastDay = event.end && event.end > event.start ? event.end : event.start;
      const start = zonedTimeToInstant(parseIsoDate(firstDay), 0, event.timezone);
      const end = zonedTimeToInstant(addDays(parseIsoDate(lastDay), 1), 0, event.timezone);
      if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
      return { allDay: true, start, end, expires: end, firstDay, lastDay };
    }
    const start = Date.parse(event.start);
    const parsedEnd = event.end ? Date.parse(event.end) : NaN;
    if (!Number.isFinite(start)) return null;
    const end = Number.isFinite(parsedEnd) && parsedEnd > start ? parsedEnd : null;
    const firstDay = dayIn(start, event.timezone);
    return { allDay: false, start, end, expires: end ?? start, firstDay, lastDay: end ? dayIn(end - 1, event.timezone) : firstDay };
  } catch {
    return null;
  }
}

/** `YYYY-MM-DD` of `instant` on the calendar of `timeZone`. */
export function dayIn(instant: number, timeZone: string): string {
  return isoDate(zonedParts(instant, timeZone));
}

const startDays = new WeakMap<AllianceEvent, Map<string, string>>();

/**
 * The day the event starts on, on the calendar of `timeZone` (all-day events keep their own date everywhere:
 * International Coworking Day is 9 August in every zone).
 */
export function startDayIn(event: AllianceEvent, timing: EventTiming, timeZone: string): string {
  if (timing.allDay) return timing.firstDay;
  if (timeZone === event.timezone) return timing.firstDay;
  let byZone = startDays.get(event);
  if (!byZone) startDays.set(event, (byZone = new Map()));
  let day = byZone.get(timeZone);
  if (day === undefined) {
    day = dayIn(timing.start, timeZone);
    byZone.set(timeZone, day);
  }
  return day;
}

/** True once the event is over (see {@link EventTiming.expires}). */
export function isPast(timing: EventTiming, now: number): boolean {
  return now >= timing.expires;
}

/** True while the event is under way. */
export function isOngoing(timing: EventTiming, now: number): boolean {
  return timing.start <= now && now < timing.expires;
}

/** Whole days from `from` to `to` (`YYYY-MM-DD`, calendar arithmetic, no zones). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
