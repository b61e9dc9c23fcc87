/**
 * The alliance feed, version 1: the single source of truth for what a feed may contain.
 *
 * Written with `zod/mini` because it never generates code at run time (safe under a strict CSP) and is the
 * smallest build. `z.config()` is never called: zod keeps it on a page-wide global that the host page's own
 * zod shares. Field documentation lives in `schema-docs.ts`, outside the shipped bundle.
 */
import * as z from 'zod/mini';
import { safeUrl } from '../shared/safe-url.js';
import { LIMITS } from './limits.js';

// ---------------------------------------------------------------------------------------------- primitives

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, { error: `is longer than ${max} characters` }));
const requiredText = (max: number) => text(max).check(z.minLength(1, { error: 'must not be empty' }));

export const IdSchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'must be letters, digits, "-", "_" or "." (e.g. "lakeside-hub")' }),
    z.maxLength(LIMITS.id, { error: `is longer than ${LIMITS.id} characters` }),
  );

/** An absolute https URL, stored as its parsed `href`. */
export const HttpsUrlSchema = z.pipe(
  z.string(),
  z.transform((value, ctx) => {
    const url = safeUrl(value);
    if (url) return url.href;
    ctx.issues.push({ code: 'custom', message: describeRefusedUrl(value), input: value });
    return z.NEVER;
  }),
);

function describeRefusedUrl(value: string): string {
  const trimmed = value.trim();
  if (/^http:\/\//i.test(trimmed)) return 'must start with https:// (plain http is not allowed)';
  if (!/^https:\/\//i.test(trimmed)) return 'must be a full https:// address';
  return 'is not an allowed https address (no user names, passwords, IP addresses or ports)';
}

export const EmailSchema = z.string().check(
  z.trim(),
  z.maxLength(254),
  z.regex(/^[^\s@<>()[\]\\,;:"]{1,64}@[a-z0-9-]+(\.[a-z0-9-]+)+$/i, { error: 'is not an email address' }),
);

/** `#rrggbb` only: anything else could smuggle CSS into a host page. */
export const ColorSchema = z.pipe(
  z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written as #rrggbb' })),
  z.transform((value) => value.toLowerCase()),
);

const zoneValidity = new Map<string, boolean>();
/** True for IANA time zone names this browser knows (`America/Chicago`, `UTC`). */
export function isTimeZone(value: string): boolean {
  let known = zoneValidity.get(value);
  if (known === undefined) {
    // Area/Location names only (plus UTC): browsers also accept legacy abbreviations such as "EST" or "BST",
    // which name a fixed offset or another country than the author meant.
    known = /^(?:UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)(?:\/[A-Za-z0-9_+\-]+){1,2})$/.test(value) &&
      value.length <= 64 &&
      tryFormat({ timeZone: value });
    zoneValidity.set(value, known);
  }
  return known;
}

function tryFormat(options: Intl.DateTimeFormatOptions): boolean {
  try {
    new Intl.DateTimeFormat('en', options);
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z
  .string()
  .check(z.refine(isTimeZone, { error: 'is not an IANA time zone name (e.g. "America/Chicago")' }));

let currencies: Set<string> | undefined;
/** True for ISO 4217 codes this browser can format. */
export function isCurrency(value: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(value);
}

export const CurrencySchema = z
  .string()
  .check(z.refine(isCurrency, { error: 'is not an ISO 4217 currency code (e.g. "USD")' }));

export const LocaleSchema = z.pipe(
  z.string().check(z.maxLength(35)),
  z.transform((value, ctx) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(value);
      if (canonical) return canonical;
    } catch {
      // reported below
    }
    ctx.issues.push({ code: 'custom', message: 'is not a language tag (e.g. "en-US" or "fr-CA")', input: value });
    return z.NEVER;
  }),
);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` that exists on the calendar. */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  return !!match && isCalendarDate(+match[1], +match[2], +match[3]);
}

/** ISO 8601 date-time with seconds optional and a mandatory offset (`Z` or `±hh:mm`). */
export function isIsoDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  return !!match && isCalendarDate(+match[1], +match[2], +match[3]);
}

export const DateSchema = z.string().check(z.refine(isIsoDate, { error: 'is not a date written as YYYY-MM-DD' }));
export const DateTimeSchema = z.string().check(
  z.refine(isIsoDateTime, { error: 'is not a date and time with an offset (e.g. "2026-08-09T09:00:00-05:00")' }),
);

/** `HH:MM` on a 24-hour clock; `24:00` closes at midnight. */
export const ClockTimeSchema = z
  .string()
  .check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'is not a time written as HH:MM (24-hour clock)' }));

/**
 * An optional field of an object zod has just built, never one inherited: on a page that polluted
 * Object.prototype (`Object.prototype.allDay = true`), checks reading a field the feed left out would
 * otherwise judge the item by the page's value (see "own data only" in parse.ts).
 */
function ownField<T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** An opening interval; a closing time earlier than the opening time runs past midnight. */
const intervalChecks = z.superRefine((interval: { opens: string; closes: string }, ctx) => {
  if (interval.opens === '24:00') {
    ctx.addIssue({ code: 'custom', message: 'cannot open at 24:00; write 00:00', path: ['opens'], input: interval.opens });
  } else if (interval.opens === interval.closes) {
    ctx.addIssue({
      code: 'custom',
      message: 'opens and closes at the same time; for all day write 00:00 to 24:00',
      path: ['closes'],
      input: interval.closes,
    });
  }
});

const onlyOneAmount = z.never({ error: 'a price takes "amount" or "amountMinor", not both' });

/** Exact money: a decimal string ("12.50") or whole minor units (1250), never a float. */
export const MoneySchema = z.pipe(
  z.union([
    z.object({
      amount: z.string().check(z.regex(/^\d{1,11}(?:\.\d{1,4})?$/, { error: 'is not a price; write it like "12.50"' })),
      amountMinor: z.optional(onlyOneAmount),
      currency: z.optional(CurrencySchema),
    }),
    z.object({
      amount: z.optional(onlyOneAmount),
      amountMinor: z.int().check(z.gte(0), z.lte(99_999_999_999)),
      currency: z.optional(CurrencySchema),
    }),
  ]),
  z.transform((value) => value as MoneyInput),
);
type MoneyInput = { amount: string; currency?: string } | { amountMinor: number; currency?: string };

/** Money after the feed's default currency has been applied: always a decimal string plus its currency. */
export interface Money {
  amount: string;
  currency: string;
}

const list = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max, { error: `has more than ${max} entries` }));
const tags = list(requiredText(LIMITS.tag), LIMITS.tags);

// ------------------------------------------------------------------------------------------ vocabularies

/** What a missing optional field means. The parser applies these; the docs quote them. */
export const DEFAULTS = {
  spaceStatus: 'active',
  spaceKind: 'coworking',
  passSpaces: 'all',
  passAvailability: 'on-sale',
  eventStatus: 'scheduled',
  allDay: false,
} as const;

export const SPACE_KINDS = [
  'coworking',
  'shared-office',
  'makerspace',
  'studio',
  'incubator',
  'kitchen',
  'library',
  'other',
] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];
/** A kind this kit does not know yet (from a newer feed) reads as "other" rather than losing the space. */
export const SpaceKindSchema = z.catch(z.enum(SPACE_KINDS), 'other' as const);

/** The documented amenity vocabulary. Other slugs are kept and shown as written (free tags). */
export const AMENITIES = [
  'wifi',
  'coffee',
  'kitchen',
  'meeting-rooms',
  'phone-booths',
  'printing',
  'lockers',
  'mail',
  'parking',
  'bike-storage',
  'showers',
  'wheelchair-accessible',
  'pet-friendly',
  'childcare',
  'event-space',
  'standing-desks',
  'monitors',
  'outdoor-space',
  '24-7-access',
  'quiet-zone',
] as const;
export type Amenity = (typeof AMENITIES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved-online'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Other spellings people (and calendar software) use; a cancelled event must never show as on. */
const EVENT_STATUS_ALIASES: Record<string, EventStatus> = {
  scheduled: 'scheduled',
  confirmed: 'scheduled',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  postponed: 'postponed',
  rescheduled: 'postponed',
  'moved-online': 'moved-online',
  moved_online: 'moved-online',
  online: 'moved-online',
};

// -------------------------------------------------------------------------------------------- the items

export const IntervalSchema = z.object({ opens: ClockTimeSchema, closes: ClockTimeSchema }).check(intervalChecks);

export const WeeklyIntervalSchema = z
  .object({
    day: z.enum(WEEKDAYS),
    opens: ClockTimeSchema,
    closes: ClockTimeSchema,
  })
  .check(intervalChecks);

export const HoursExceptionSchema = z.object({
  date: DateSchema,
  /** Empty or missing: closed all day. */
  intervals: z.optional(list(IntervalSchema, 4)),
  note: z.optional(text(LIMITS.name)),
});

export const AddressSchema = z.object({
  street: z.optional(text(LIMITS.name)),
  locality: z.optional(text(LIMITS.name)),
  region: z.optional(text(LIMITS.name)),
  postalCode: z.optional(text(20)),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code (e.g. "US")' }))),
});

export const GeoSchema = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});

export const DayUseSchema = z.object({
  accepted: z.boolean(),
  price: z.optional(MoneySchema),
  /** When day users are welcome; missing means during opening hours. */
  hours: z.optional(list(WeeklyIntervalSchema, LIMITS.intervals)),
  bookingRequired: z.optional(z.boolean()),
  bookingUrl: z.optional(HttpsUrlSchema),
  maxConsecutiveDays: z.optional(z.int().check(z.gte(1), z.lte(366))),
  notes: z.optional(text(LIMITS.shortText)),
});

export const SpacePassSchema = z.object({
  pass: IdSchema,
  honoured: z.optional(z.boolean()),
  notes: z.optional(text(LIMITS.shortText)),
});

export const SpaceSchema = z.object({
  id: IdSchema,
  name: requiredText(LIMITS.name),
  status: z.optional(z.catch(z.enum(['active', 'lapsed']), 'lapsed' as const)),
  url: z.optional(HttpsUrlSchema),
  domains: z.optional(
    list(
      z.pipe(
        z.string().check(
          z.maxLength(253),
          z.regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i, {
            error: 'is not a host name (write "example.com", without https:// or a path)',
          }),
        ),
        z.transform((value) => value.toLowerCase()),
      ),
      LIMITS.domains,
    ),
  ),
  kind: z.optional(SpaceKindSchema),
  memberSince: z.optional(z.int().check(z.gte(1990), z.lte(2200))),
  logo: z.optional(HttpsUrlSchema),
  photo: z.optional(HttpsUrlSchema),
  photoAlt: z.optional(text(LIMITS.shortText)),
  description: z.optional(text(LIMITS.shortText)),
  address: z.optional(AddressSchema),
  geo: z.optional(GeoSchema),
  neighbourhood: z.optional(text(LIMITS.name)),
  timezone: z.optional(TimeZoneSchema),
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9().\- ]{3,30}$/, { error: 'is not a phone number' }))),
  email: z.optional(EmailSchema),
  amenities: z.optional(
    list(
      z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'must be a lower-case slug like "meeting-rooms"' })),
      LIMITS.amenities,
    ),
  ),
  tags: z.optional(tags),
  hours: z.optional(list(WeeklyIntervalSchema, LIMITS.intervals)),
  hoursExceptions: z.optional(list(HoursExceptionSchema, LIMITS.exceptions)),
  dayUse: z.optional(DayUseSchema),
  passes: z.optional(list(SpacePassSchema, LIMITS.passLinks)),
});

export const PassSchema = z
  .object({
    id: IdSchema,
    name: requiredText(LIMITS.name),
    description: z.optional(text(LIMITS.shortText)),
    price: MoneySchema,
    visits: z.optional(z.int().check(z.gte(1), z.lte(10_000))),
    validityDays: z.optional(z.int().check(z.gte(1), z.lte(3660))),
    /** "all" active member spaces, or a list of space ids. */
    spaces: z.optional(z.union([z.literal('all'), list(IdSchema, LIMITS.spaces)])),
    checkoutUrl: HttpsUrlSchema,
    termsUrl: z.optional(HttpsUrlSchema),
    availability: z.optional(z.catch(z.enum(['on-sale', 'sold-out']), 'sold-out' as const)),
    saleStarts: z.optional(DateTimeSchema),
    saleEnds: z.optional(DateTimeSchema),
  })
  .check(
    z.refine((pass) => {
      const [starts, ends] = [ownField(pass, 'saleStarts'), ownField(pass, 'saleEnds')];
      return !starts || !ends || Date.parse(ends) > Date.parse(starts);
    }, {
      error: 'must be after saleStarts',
      path: ['saleEnds'],
    }),
  );

export const EventSchema = z
  .object({
    id: IdSchema,
    title: requiredText(LIMITS.name),
    description: z.optional(text(LIMITS.longText)),
    /** Date-time with offset; for all-day events a plain `YYYY-MM-DD`. */
    start: z.string(),
    /** Date-time with offset; for all-day events the last day, inclusive. Optional. */
    end: z.optional(z.string()),
    allDay: z.optional(z.boolean()),
    timezone: z.optional(TimeZoneSchema),
    space: z.optional(IdSchema),
    location: z.optional(text(LIMITS.shortText)),
    onlineUrl: z.optional(HttpsUrlSchema),
    registrationUrl: z.optional(HttpsUrlSchema),
    image: z.optional(HttpsUrlSchema),
    imageAlt: z.optional(text(LIMITS.shortText)),
    tags: z.optional(tags),
    free: z.optional(z.boolean()),
    price: z.optional(MoneySchema),
    status: z.optional(
      z.pipe(
        z.string(),
        z.transform((value) => EVENT_STATUS_ALIASES[value.trim().toLowerCase()] ?? value),
      ).check(
        z.refine((value) => (EVENT_STATUSES as readonly string[]).includes(value), {
          error: `must be one of ${EVENT_STATUSES.map((status) => `"${status}"`).join(', ')}`,
        }),
      ),
    ),
  })
  .check(
    z.superRefine((event, ctx) => {
      const allDay = ownField(event, 'allDay');
      const end = ownField(event, 'end');
      const valid = allDay ? isIsoDate : isIsoDateTime;
      const shape = allDay ? 'a date written as YYYY-MM-DD (all-day event)' : 'a date and time with an offset';
      for (const [key, value] of [['start', event.start], ['end', end]] as const) {
        if (value !== undefined && !valid(value)) {
          ctx.addIssue({ code: 'custom', message: `is not ${shape}`, path: [key], input: value });
        }
      }
      if (end && valid(event.start) && valid(end) && Date.parse(end) < Date.parse(event.start)) {
        ctx.addIssue({ code: 'custom', message: 'is before start', path: ['end'], input: end });
      }
    }),
  );

export const AllianceSchema = z.object({
  id: IdSchema,
  name: requiredText(LIMITS.name),
  url: HttpsUrlSchema,
  logo: z.optional(HttpsUrlSchema),
  logoAlt: z.optional(text(LIMITS.shortText)),
  tagline: z.optional(text(LIMITS.shortText)),
  description: z.optional(text(LIMITS.longText)),
  values: z.optional(list(requiredText(LIMITS.shortText), LIMITS.values)),
  membership: z.optional(
    z.object({
      criteria: z.optional(text(LIMITS.longText)),
      kinds: z.optional(list(SpaceKindSchema, LIMITS.kinds)),
      applyUrl: z.optional(HttpsUrlSchema),
    }),
  ),
  region: z.optional(text(LIMITS.name)),
  locale: z.optional(LocaleSchema),
  timezone: TimeZoneSchema,
  currency: CurrencySchema,
  colors: z.optional(
    z.object({
      primary: z.optional(ColorSchema),
      accent: z.optional(ColorSchema),
    }),
  ),
  email: z.optional(EmailSchema),
  eventsUrl: z.optional(HttpsUrlSchema),
  calendarUrl: z.optional(HttpsUrlSchema),
});

/** The top level: item arrays are only checked for being arrays here; each item is validated on its own. */
export const FeedShellSchema = z.object({
  $schema: z.optional(z.string()),
  version: z.int(),
  updated: DateTimeSchema,
  alliance: AllianceSchema,
  spaces: z._default(z.array(z.unknown()), []),
  passes: z._default(z.array(z.unknown()), []),
  events: z._default(z.array(z.unknown()), []),
});

/** The whole feed as one schema: used for types and the exported JSON Schema, not for parsing. */
export const FeedSchema = z.object({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  updated: DateTimeSchema,
  alliance: AllianceSchema,
  spaces: z.optional(list(SpaceSchema, LIMITS.spaces)),
  passes: z.optional(list(PassSchema, LIMITS.passes)),
  events: z.optional(list(EventSchema, LIMITS.events)),
});

// ---------------------------------------------------------------------------------------------- types

type WithMoney<T, K extends keyof T> = Omit<T, K> & { [P in K]: undefined extends T[P] ? Money | undefined : Money };

export type Alliance = z.output<typeof AllianceSchema>;
export type DayUse = WithMoney<z.output<typeof DayUseSchema>, 'price'>;
export type Space = Omit<z.output<typeof SpaceSchema>, 'dayUse' | 'status' | 'kind' | 'timezone'> & {
  status: 'active' | 'lapsed';
  kind: SpaceKind;
  /** The space's own zone, or the alliance's when the feed gives none. */
  timezone: string;
  dayUse?: DayUse;
};
export type Pass = WithMoney<Omit<z.output<typeof PassSchema>, 'spaces' | 'availability'>, 'price'> & {
  spaces: 'all' | string[];
  availability: 'on-sale' | 'sold-out';
};
export type AllianceEvent = WithMoney<Omit<z.output<typeof EventSchema>, 'status' | 'allDay' | 'timezone'>, 'price'> & {
  status: EventStatus;
  allDay: boolean;
  /** The event's own zone, else its host space's, else the alliance's. */
  timezone: string;
};
export type WeeklyInterval = z.output<typeof WeeklyIntervalSchema>;
export type HoursException = z.output<typeof HoursExceptionSchema>;
export type Address = z.output<typeof AddressSchema>;

/** A validated feed: every item in it passed its schema, every URL is https, every money value is exact. */
export interface Feed {
  version: 1;
  updated: string;
  alliance: Alliance;
  spaces: Space[];
  passes: Pass[];
  events: AllianceEvent[];
}

export type { MoneyInput };
