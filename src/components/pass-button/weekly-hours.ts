import { msg, str } from '../../shared/localize.js';
import { WEEKDAYS, type WeeklyInterval } from '../../feed/schema.js';
import { formatClock, formatInstant, formatList } from '../../shared/format.js';

// 2024-01-01 was a Monday: day i of the week is this date plus i days, for naming weekdays in any locale.
const A_MONDAY = Date.UTC(2024, 0, 1, 12);

/**
 * Weekly hours as a buyer reads them: days with the same hours grouped into ranges, one line per group
 * ("Mon–Fri: 9:00 AM–5:00 PM", "Sat: 9:00 AM–12:00 PM, 1:00 PM–4:00 PM"). Days without hours are left out.
 */
export function formatWeeklyHours(intervals: readonly WeeklyInterval[], locale: string): string[] {
  const byDay = WEEKDAYS.map((day) =>
    intervals
      .filter((interval) => interval.day === day)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((interval) => msg(str`${formatClock(interval.opens, locale)}–${formatClock(interval.closes, locale)}`)),
  );
  const lines: string[] = [];
  let first = 0;
  for (let day = 0; day < WEEKDAYS.length; day++) {
    const times = byDay[day];
    const next = byDay[day + 1];
    if (next && next.join() === times.join()) continue;
    if (times.length > 0) {
      const days = first === day ? weekdayName(day, locale) : msg(str`${weekdayName(first, locale)}–${weekdayName(day, locale)}`);
      lines.push(msg(str`${days}: ${formatList(times, locale, 'unit')}`));
    }
    first = day + 1;
  }
  return lines;
}

function weekdayName(index: number, locale: string): string {
  return formatInstant(A_MONDAY + index * 86_400_000, locale, 'UTC', { weekday: 'short' });
}
