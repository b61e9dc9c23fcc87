import { msg, str } from '../../shared/localize.js';
import type { WeeklyInterval } from '../../feed/schema.js';
import { formatClock, formatList } from '../../shared/format.js';
import { groupWeekdays, shortWeekdayName } from '../../shared/weekly-hours.js';

/**
 * Weekly hours as a buyer reads them: days with the same hours grouped into ranges, one line per group
 * ("Mon–Fri: 9:00 AM–5:00 PM", "Sat: 9:00 AM–12:00 PM, 1:00 PM–4:00 PM"). Days without hours are left out.
 */
export function formatWeeklyHours(intervals: readonly WeeklyInterval[], locale: string): string[] {
  return groupWeekdays(intervals).map(({ first, last, intervals: hours }) => {
    const days =
      first === last
        ? shortWeekdayName(first, locale)
        : msg(str`${shortWeekdayName(first, locale)}–${shortWeekdayName(last, locale)}`);
    const times = hours.map((interval) => msg(str`${formatClock(interval.opens, locale)}–${formatClock(interval.closes, locale)}`));
    return msg(str`${days}: ${formatList(times, locale, 'unit')}`);
  });
}
