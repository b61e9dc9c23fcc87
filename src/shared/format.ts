/**
 * Every date, time, number, price and distance the kit shows goes through here, via `Intl`, in the
 * element's locale. Formatters are cached: building an `Intl` formatter costs far more than using one, and a
 * directory may format thousands of prices.
 */
import type { Money } from '../feed/schema.js';

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** `$12.50`, `12,50 $ CA`, `¥500`: exact, from the decimal string (never through a float). */
export function formatMoney(money: Money, locale: string): string {
  // Whole amounts drop the ".00" ($25, not $25.00) the way price tags do; cents stay exact.
  const whole = /^\d+(\.0+)?$/.test(money.amount);
  const options: Intl.NumberFormatOptions = { style: 'currency', currency: money.currency };
  if (whole) options.minimumFractionDigits = 0;
  return numberFormat(locale, options).format(money.amount as Intl.StringNumericLiteral);
}

/** True when the amount is zero (a free event or day visit). */
export function isFree(money: Money | undefined): boolean {
  return !!money && /^0+(\.0+)?$/.test(money.amount);
}

/** A date and/or time at `instant`, on the wall clock of `timeZone`. */
export function formatInstant(instant: number, locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  return dateTimeFormat(locale, { ...options, timeZone }).format(instant);
}

/** `HH:MM` from the feed as the locale writes clock times ("6:00 PM", "18 h 00"). */
export function formatClock(time: string, locale: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, hours % 24, minutes),
  );
}

/** The short name of `timeZone` at `instant` ("CDT", "GMT-5"), as the locale writes it. */
export function zoneName(instant: number, locale: string, timeZone: string): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 days ago", "in 2 hours", "now". */
export function formatRelative(instant: number, now: number, locale: string): string {
  const format = cached('relative', locale, {}, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const delta = instant - now;
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(delta) >= size) return format.format(Math.round(delta / size), unit);
  }
  return format.format(0, 'minute');
}

/** Regions that measure road distance in miles. */
const MILE_REGIONS = new Set(['US', 'GB', 'LR', 'MM']);

/** "1.2 km" or "0.8 mi", by the locale's region. */
export function formatDistance(kilometres: number, locale: string): string {
  const region = regionOf(locale);
  const miles = MILE_REGIONS.has(region);
  const value = miles ? kilometres / 1.609344 : kilometres;
  return numberFormat(locale, {
    style: 'unit',
    unit: miles ? 'mile' : 'kilometer',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

function regionOf(locale: string): string {
  try {
    const maximized = new Intl.Locale(locale).maximize();
    return maximized.region ?? '';
  } catch {
    return '';
  }
}

/** "A, B and C" in the locale's words. */
export function formatList(items: string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string {
  return cached('list', locale, { type }, () => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
}
