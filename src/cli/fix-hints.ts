/**
 * One concrete "how to fix it" per issue parseFeed reports, for organizers editing a feed by hand: the
 * corrected value when it can be worked out ("12,50" → "12.50", "CST" → "America/Chicago"), otherwise what
 * to write and where to look. Keyed on parse.ts's messages, which are part of its contract with this file.
 */
import type { FeedIssue } from '../feed/parse.js';
import { FIELD_DOCS } from '../feed/schema-docs.js';
import { isIsoDate, isTimeZone } from '../feed/schema.js';
import { parseIsoDate, zonedTimeToInstant } from '../shared/time.js';
import { formatOffsetDateTime } from './dates.js';
import { parseClockTime } from './opening-hours.js';
import { isRecord, readCountry, readHostName, readPrice, readWebAddress, slugify } from './values.js';
import { suggestZone } from './zone-names.js';

interface HintContext {
  /** The feed as read from the file, before validation. */
  raw: unknown;
  /** Ids that survived validation, so a hint never suggests one that was itself left out. */
  ids?: { spaces: string[]; passes: string[] };
}

type Rule = {
  when: RegExp;
  fix: (issue: FeedIssue, context: HintContext) => string | undefined;
};

const RULES: Rule[] = [
  {
    when: /must start with https:\/\//,
    fix: ({ value }) =>
      `Write ${quote(value?.replace(/^http:/i, 'https:') ?? 'https://…')}. If that address does not work, ask whoever hosts the site to turn on https (most hosts do it for free).`,
  },
  {
    when: /must be a full https:\/\/ address/,
    fix: ({ value }) => {
      const web = value ? readWebAddress(value) : undefined;
      return web?.ok ? `Write the whole address: ${quote(web.value)}.` : 'Write the whole address, starting with https://.';
    },
  },
  {
    when: /is not an allowed https address/,
    fix: () => 'Use the public address with a domain name; leave out user names, passwords, port numbers and IP addresses.',
  },
  {
    when: /is not a price|is not in a form this field accepts/,
    fix: ({ value, path, message }) => {
      if (!/is not a price/.test(message) && !/price$/.test(path)) return genericFix(path);
      const price = value ? readPrice(value.replace(/^\{.*"amount":\s*"?([^",}]*)"?.*\}$/, '$1')) : undefined;
      if (price?.ok) {
        const currency = price.value.currency ? `, "currency": "${price.value.currency}"` : '';
        return `Write { "amount": "${price.value.amount}"${currency} }: digits with a dot before the decimals, in quotes.`;
      }
      return 'Write the price as text with a dot before the decimals, e.g. { "amount": "12.50" }, or in cents: { "amountMinor": 1250 }.';
    },
  },
  {
    when: /is not an IANA time zone name/,
    fix: ({ value }) => {
      const suggestion = value ? suggestZone(value) : undefined;
      return suggestion
        ? `Did you mean ${quote(suggestion)}? Time zones are written as Area/City names, which also know about daylight saving time.`
        : 'Write the zone as an Area/City name such as "America/Chicago" or "Europe/Berlin" (the "TZ identifier" column of Wikipedia\'s "List of tz database time zones").';
    },
  },
  {
    when: /is not an ISO 4217 currency code/,
    fix: ({ value }) => {
      const price = value ? readPrice(`1 ${value}`) : undefined;
      const upper = value?.trim().toUpperCase();
      if (upper && /^[A-Z]{3}$/.test(upper) && upper !== value) return `Write it in capitals: ${quote(upper)}.`;
      if (price?.ok && price.value.currency) return `Write ${quote(price.value.currency)}.`;
      return 'Write the three-letter code in capitals, e.g. "USD", "EUR", "CAD", "GBP".';
    },
  },
  {
    when: /is not a date and time|is not a date and time with an offset/,
    fix: (issue, context) => suggestDateTime(issue, context),
  },
  {
    when: /is not a date written as YYYY-MM-DD/,
    fix: ({ value }) => {
      const dateTime = value && /^(\d{4}-\d{2}-\d{2})T/.exec(value);
      if (dateTime) return `For an all-day event write just the date: ${quote(dateTime[1])}.`;
      return 'Write the year, month and day with dashes, e.g. "2026-12-24" for 24 December 2026.';
    },
  },
  {
    when: /is not a time written as HH:MM/,
    fix: ({ value }) => {
      const clock = value ? parseClockTime(value) : null;
      return clock ? `Write ${quote(clock)}.` : 'Write hours and minutes on a 24-hour clock, e.g. "08:30" or "17:00"; "24:00" is midnight at the end of the day.';
    },
  },
  {
    when: /must be a colour written as #rrggbb/,
    fix: ({ value }) => {
      const short = value && /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value.trim());
      if (short) return `Write all six digits: ${quote(`#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase())}.`;
      const bare = value && /^([0-9a-f]{6})$/i.exec(value.trim());
      if (bare) return `Add the "#": ${quote(`#${bare[1].toLowerCase()}`)}.`;
      return 'Write the colour as "#" and six hexadecimal digits, e.g. "#1f4e5f" (any colour picker shows this "hex" code).';
    },
  },
  {
    when: /must be a two-letter country code/,
    fix: ({ value }) => {
      const country = value ? readCountry(value) : undefined;
      return country?.ok ? `Write ${quote(country.value)}.` : 'Write the two-letter code in capitals, e.g. "US", "CA", "GB", "DE".';
    },
  },
  {
    when: /is not a host name/,
    fix: ({ value }) => {
      const host = value ? readHostName(value) : undefined;
      return host?.ok ? `Write ${quote(host.value)}.` : 'Write only the host name, e.g. "example.com".';
    },
  },
  {
    when: /must be letters, digits/,
    fix: ({ value }) => {
      const slug = value ? slugify(value) : '';
      const note = ' Once published, keep ids the same: passes, events and member sites refer to them.';
      return slug ? `Write ${quote(slug)}.${note}` : `Use letters, digits and "-" only, e.g. "lakeside-hub".${note}`;
    },
  },
  {
    when: /is not an email address/,
    fix: ({ value }) => {
      const bare = value?.replace(/^mailto:/i, '').trim();
      if (bare && bare !== value && !/\s/.test(bare)) return `Leave out "mailto:": ${quote(bare)}.`;
      return 'Write one address like "hello@example.org": no name, no "mailto:", no second address.';
    },
  },
  {
    when: /is not a phone number/,
    fix: () => 'Write the number as people dial it, e.g. "+1 816-555-0142": digits, spaces, "+", "(", ")", "-" and "." only. Put extensions and notes elsewhere.',
  },
  {
    when: /is not a language tag/,
    fix: () => 'Write a language tag such as "en-US", "en-GB", "fr-CA" or "de".',
  },
  {
    when: /^is required/,
    fix: (issue) => {
      const field = issue.path.split('.').at(-1)?.replace(/\[\d+\]$/, '');
      const doc = FIELD_DOCS[docPath(issue.path)];
      return field ? `Add "${field}".${doc ? ` ${doc}` : ''}` : undefined;
    },
  },
  {
    when: /must be text, not a number/,
    fix: ({ value }) => (value ? `Put it in double quotes: "${value}".` : 'Put it in double quotes.'),
  },
  {
    when: /must be true or false/,
    fix: ({ value }) => {
      const word = value?.toLowerCase();
      const guess = word === 'yes' || word === '"true"' || word === 'true' ? 'true' : word === 'no' || word === 'false' ? 'false' : undefined;
      return guess ? `Write ${guess} without quotes.` : 'Write true or false, without quotes.';
    },
  },
  {
    when: /must be a whole number|must be a number/,
    fix: ({ value }) => {
      const digits = value?.replace(/^"|"$/g, '');
      return digits && /^-?\d+(\.\d+)?$/.test(digits) ? `Write ${digits} without quotes.` : 'Write a number without quotes.';
    },
  },
  {
    when: /must be a list/,
    fix: ({ value }) => (value ? `Put the values in square brackets, each in quotes: ["${value.replace(/^"|"$/g, '').split(/\s*,\s*/).join('", "')}"].` : 'Put the values in square brackets: [ … ].'),
  },
  {
    when: /repeats the id/,
    fix: () => 'Give each entry its own id. Keep the id that is already published and change the new one.',
  },
  {
    when: /names a pass that is not in the feed/,
    fix: (_, context) => idChoice(context, 'passes', 'pass', '"passes"'),
  },
  {
    when: /names a space that is not in the feed/,
    fix: (_, context) => idChoice(context, 'spaces', 'space', '"spaces"'),
  },
  {
    when: /is longer than (\d+) characters/,
    fix: ({ message }) => `Shorten it to ${/is longer than (\d+)/.exec(message)![1]} characters or fewer; put longer text on your own website and link to it.`,
  },
  {
    when: /has more than (\d+) entries|only the first \d+ are used/,
    fix: () => 'Remove entries you do not need; only the ones within the limit are shown.',
  },
  {
    when: /must be at most|must be at least/,
    fix: () => undefined,
  },
  {
    when: /must be one of:/,
    fix: () => 'Copy one of the listed values exactly, in lower case.',
  },
  {
    when: /is before start/,
    fix: () => 'Check the end: it must be after the start. For an all-day event, "end" is the last day itself.',
  },
  {
    when: /saleEnds is before saleStarts/,
    fix: () => 'Swap the two dates, or correct the one that is wrong.',
  },
  {
    when: /^must be 1$/,
    fix: () => 'Write "version": 1 at the top of the feed.',
  },
  {
    when: /must be an object describing/,
    fix: () => 'Each entry is { … } with named fields. Look for a stray value, a missing brace or a missing comma near it.',
  },
  {
    when: /is not valid here/,
    fix: ({ path }) => genericFix(path),
  },
];

function genericFix(path: string): string {
  const doc = FIELD_DOCS[docPath(path)];
  return doc ? `This field: ${doc}` : 'See docs/feed-format.md for what this field accepts.';
}

/** How to fix `issue`, or undefined when its message already says everything there is to say. */
export function fixHint(issue: FeedIssue, context: HintContext): string | undefined {
  for (const rule of RULES) {
    if (rule.when.test(issue.message)) {
      try {
        return rule.fix(issue, context);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** `spaces[3].dayUse.price.amount` → `spaces[].dayUse.price.amount` (how schema-docs names fields). */
function docPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

function quote(value: string): string {
  return `"${value}"`;
}

function idChoice(context: HintContext, list: 'spaces' | 'passes', noun: string, where: string): string {
  const ids =
    context.ids?.[list] ??
    arrayAt(context.raw, list)
      .map((item) => (isRecord(item) && typeof item.id === 'string' ? item.id : undefined))
      .filter((id): id is string => !!id);
  if (ids.length === 0) return `Add the ${noun} to ${where}, or remove this reference.`;
  const shown = ids.slice(0, 6).map(quote).join(', ');
  return `Use the id of a ${noun} in ${where} (${shown}${ids.length > 6 ? ', …' : ''}), or remove this reference.`;
}

/**
 * "2026-08-09 09:00" or "2026-08-09T09:00" without an offset: the exact value with the offset of the
 * event's (or alliance's) time zone on that date, because guessing the offset is where daylight saving bites.
 */
function suggestDateTime(issue: FeedIssue, context: HintContext): string {
  const generic = 'Write the date, "T", the time and the offset from UTC, e.g. "2026-08-09T09:00:00-05:00" (or "…Z" for UTC).';
  const match = issue.value && /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(issue.value.trim());
  if (!match || !isIsoDate(match[1])) return generic;
  const zone = zoneFor(issue.path, context.raw);
  if (!zone) return generic;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (minutes >= 1440) return generic;
  const instant = zonedTimeToInstant(parseIsoDate(match[1]), minutes, zone) + Number(match[4] ?? 0) * 1000;
  return `Add the offset from UTC: ${quote(formatOffsetDateTime(instant, zone))} (${zone} on that date).`;
}

/** The zone a date-time at `path` is read in: its event's, its event's space's, else the alliance's. */
function zoneFor(path: string, raw: unknown): string | undefined {
  const candidates: unknown[] = [];
  const event = /^events\[(\d+)\]/.exec(path);
  if (event) {
    const item = arrayAt(raw, 'events')[Number(event[1])];
    if (isRecord(item)) {
      candidates.push(item.timezone);
      const space = arrayAt(raw, 'spaces').find((entry) => isRecord(entry) && entry.id === item.space);
      if (isRecord(space)) candidates.push(space.timezone);
    }
  }
  if (isRecord(raw) && isRecord(raw.alliance)) candidates.push(raw.alliance.timezone);
  return candidates.find((zone): zone is string => typeof zone === 'string' && isTimeZone(zone));
}

function arrayAt(raw: unknown, key: string): unknown[] {
  return isRecord(raw) && Array.isArray(raw[key]) ? (raw[key] as unknown[]) : [];
}
