/**
 * "Open now / closes soon / opens at" for a space, computed on the space's own wall clock.
 *
 * Opening hours are weekly intervals with dated exceptions. An interval whose closing time is not after its
 * opening time runs past midnight (`18:00`–`01:00`), and back-to-back intervals across midnight (`00:00`–
 * `24:00` every day) are one continuous opening, so a 24/7 space never "closes soon".
 */
import type { HoursException, WeeklyInterval } from '../feed/schema.js';
import { WEEKDAYS } from '../feed/schema.js';
import { addDays, clockMinutes, isoDate, zonedParts } from './time.js';

export type OpenState = 'open' | 'closes-soon' | 'closed' | 'opens-soon' | 'unknown';

export interface OpenStatus {
  state: OpenState;
  /** While open: when it closes, as `HH:MM` on the space's clock, and in how many days (0 = today). */
  closes?: { time: string; inDays: number };
  /** While closed: when it next opens (within a week). */
  opens?: { time: string; inDays: number };
  /** Today's intervals on the space's clock (an exception's when today has one). */
  today: { opens: string; closes: string }[];
  /** Today's exception (a holiday), if any. */
  exception?: HoursException;
}

export interface HoursSource {
  hours?: WeeklyInterval[];
  hoursExceptions?: HoursException[];
  timezone: string;
}

/** How close to a change "closes soon" / "opens soon" starts. */
export const SOON_MINUTES = 60;
const DAY = 1440;

/** The open status of `space` at `now` (ms since the epoch). */
export function openStatus(space: HoursSource, now: number): OpenStatus {
  const weekly = space.hours ?? [];
  if (weekly.length === 0 && !space.hoursExceptions?.length) return { state: 'unknown', today: [] };

  const local = zonedParts(now, space.timezone);
  const minuteNow = local.hour * 60 + local.minute;
  const exceptions = new Map((space.hoursExceptions ?? []).map((exception) => [exception.date, exception]));

  const intervalsOn = (dayOffset: number) => {
    const date = isoDate(addDays(local, dayOffset));
    const exception = exceptions.get(date);
    if (exception) return exception.intervals ?? [];
    const weekday = WEEKDAYS[(local.weekday + dayOffset + 7 * 2) % 7];
    return weekly.filter((interval) => interval.day === weekday);
  };

  // Minute ranges relative to today's midnight, from yesterday (late openings spill into today) to a week on.
  const ranges: [number, number][] = [];
  for (let offset = -1; offset <= 7; offset++) {
    for (const interval of intervalsOn(offset)) {
      const start = offset * DAY + clockMinutes(interval.opens);
      let end = offset * DAY + clockMinutes(interval.closes);
      if (end <= start) end += DAY;
      ranges.push([start, end]);
    }
  }
  const merged = mergeRanges(ranges);
  const todayException = exceptions.get(isoDate(local));
  const today = intervalsOn(0).map(({ opens, closes }) => ({ opens, closes }));
  const base = { today, ...(todayException ? { exception: todayException } : {}) };

  const current = merged.find(([start, end]) => start <= minuteNow && minuteNow < end);
  if (current) {
    const closes = toClock(current[1]);
    return { ...base, state: current[1] - minuteNow <= SOON_MINUTES ? 'closes-soon' : 'open', closes };
  }
  const next = merged.find(([start]) => start > minuteNow);
  if (!next) return { ...base, state: 'closed' };
  return { ...base, state: next[0] - minuteNow <= SOON_MINUTES ? 'opens-soon' : 'closed', opens: toClock(next[0]) };
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function toClock(minutes: number): { time: string; inDays: number } {
  const inDays = Math.floor(minutes / DAY);
  const inDay = minutes - inDays * DAY;
  const time = `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
  return { time, inDays };
}
