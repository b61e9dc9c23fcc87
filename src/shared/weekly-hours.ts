/**
 * Weekly opening hours grouped the way people read them: consecutive weekdays with the same hours form one
 * range ("Mon–Fri"). The directory and the pass button's coverage dialog word the groups their own way.
 */
import { WEEKDAYS, type WeeklyInterval } from '../feed/schema.js';
import { dateTimeFormat } from './format.js';
import { clockMinutes } from './time.js';

export interface WeekdayGroup {
  /** Index into {@link WEEKDAYS} (0 = Monday) of the first and last day of the range. */
  first: number;
  last: number;
  /** The hours of each day in the range, earliest first. */
  intervals: WeeklyInterval[];
}

/** Days with hours, Monday first, consecutive days with identical hours merged; days without hours are left out. */
export function groupWeekdays(intervals: readonly WeeklyInterval[]): WeekdayGroup[] {
  const sameHours = (a: WeeklyInterval[], b: WeeklyInterval[]) =>
    a.length === b.length && a.every((interval, i) => interval.opens === b[i].opens && interval.closes === b[i].closes);
  const groups: WeekdayGroup[] = [];
  WEEKDAYS.forEach((day, index) => {
    const hours = intervals.filter((interval) => interval.day === day).sort((a, b) => clockMinutes(a.opens) - clockMinutes(b.opens));
    if (hours.length === 0) return;
    const previous = groups[groups.length - 1];
    if (previous && previous.last === index - 1 && sameHours(previous.intervals, hours)) previous.last = index;
    else groups.push({ first: index, last: index, intervals: hours });
  });
  return groups;
}

/** The short name of weekday `index` (0 = Monday) in `locale`: "Mon", "lun.", "lun". */
export function shortWeekdayName(index: number, locale: string): string {
  try {
    // 1 January 2024 was a Monday.
    return dateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));
  } catch {
    return WEEKDAYS[index];
  }
}
