/**
 * The sentences a buyer reads about a pass, shared by the button, the card, the chooser and the dialog so
 * they never describe one pass two ways.
 */
import { msg, plural, str } from '../../shared/localize.js';
import type { PassAvailability } from '../../feed/query.js';
import type { Pass } from '../../feed/schema.js';
import { formatInstant, numberFormat } from '../../shared/format.js';

/** What the pass grants: visits, validity, and how many member spaces honour it. */
export function passGrants(pass: Pass, spaceCount: number, locale: string): string[] {
  const count = (value: number) => numberFormat(locale).format(value);
  const grants: string[] = [];
  if (pass.visits === undefined) grants.push(msg('Unlimited visits'));
  else grants.push(plural(pass.visits, msg(str`${count(pass.visits)} visit`), msg(str`${count(pass.visits)} visits`)));
  if (pass.validityDays !== undefined) {
    const days = count(pass.validityDays);
    grants.push(plural(pass.validityDays, msg(str`Valid for ${days} day`), msg(str`Valid for ${days} days`)));
  }
  if (spaceCount === 0) grants.push(msg('No member space honours it yet'));
  else grants.push(plural(spaceCount, msg(str`At ${count(spaceCount)} member space`), msg(str`At ${count(spaceCount)} member spaces`)));
  return grants;
}

/** "Sold out", "On sale from Jan 11, 2027, 9:00 AM CST", "Sales have ended"; nothing while on sale. */
export function availabilityText(availability: PassAvailability, locale: string, viewerTimeZone: string): string | undefined {
  switch (availability.state) {
    case 'sold-out':
      return msg('Sold out');
    case 'not-yet':
      return msg(str`On sale from ${formatSaleStart(availability.starts, locale, viewerTimeZone)}`);
    case 'ended':
      return msg('Sales have ended');
    default:
      return undefined;
  }
}

// The buyer cares when they can buy, on their own clock, so the zone is named.
function formatSaleStart(instant: number, locale: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  try {
    return formatInstant(instant, locale, timeZone, options);
  } catch {
    return formatInstant(instant, locale, 'UTC', options);
  }
}
