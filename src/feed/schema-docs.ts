/**
 * Plain-language documentation of every feed field, written for alliance organizers rather than developers.
 *
 * Kept out of the shipped elements so the bundle stays small; the JSON Schema and `docs/feed-format.md` are
 * generated from it (scripts/feed-schema.ts), which fails when a field of the schema has no entry here.
 */
import { AMENITIES, DEFAULTS, EVENT_STATUSES, SPACE_KINDS, WEEKDAYS } from './schema.js';

/** Where the generated JSON Schema is published; feeds may point their `$schema` at it. */
export const FEED_SCHEMA_URL = 'https://cdn.jsdelivr.net/npm/alliance-kit@0/dist/alliance-feed.schema.json';

interface FieldDoc {
  /** One or two sentences. */
  doc: string;
  example?: unknown;
  /** What the kit assumes when the field is left out, when that is a single value. */
  default?: unknown;
}

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

const price = (path: string, what: string): Record<string, FieldDoc> => ({
  [path]: { doc: `${what} Give either "amount" or "amountMinor", not both.`, example: { amount: '25.00' } },
  [`${path}.amount`]: {
    doc: 'The price as text, with a dot before the decimals (up to 4). Quote it, so no rounding can creep in.',
    example: '12.50',
  },
  [`${path}.amountMinor`]: {
    doc: 'The price as a whole number of the currency’s smallest unit (cents for dollars): 1250 means 12.50. Use it instead of "amount".',
    example: 1250,
  },
  [`${path}.currency`]: {
    doc: 'A three-letter ISO 4217 currency code, only when it differs from the alliance’s currency (which is used otherwise).',
    example: 'CAD',
  },
});

const opens: FieldDoc = { doc: 'Opening time on a 24-hour clock (HH:MM), in the space’s time zone.', example: '08:00' };
const closes: FieldDoc = {
  doc: 'Closing time (HH:MM). "24:00" is midnight at the end of the day; a time earlier than "opens" means the period runs past midnight into the next morning.',
  example: '18:00',
};

const weeklyHours = (path: string, what: string): Record<string, FieldDoc> => ({
  [path]: {
    doc: `${what} One entry per opening period, so a day with a lunch break has two; a day without entries is closed.`,
    example: [
      { day: 'mon', opens: '08:00', closes: '12:00' },
      { day: 'mon', opens: '13:00', closes: '18:00' },
    ],
  },
  [`${path}[].day`]: { doc: `The day of the week: ${quoted(WEEKDAYS)}.`, example: 'mon' },
  [`${path}[].opens`]: opens,
  [`${path}[].closes`]: closes,
});

const FIELDS: Record<string, FieldDoc> = {
  $schema: {
    doc: 'The address of the feed’s JSON Schema, so editors such as VS Code can check the feed while you type. The kit ignores it.',
    example: FEED_SCHEMA_URL,
  },
  version: {
    doc: 'The feed format version; always 1 for now. A copy of the kit refuses a feed written for a newer version instead of showing it wrongly.',
    example: 1,
  },
  updated: {
    doc: 'When the feed was last changed: a date and time with its offset from UTC.',
    example: '2026-11-28T09:15:00-06:00',
  },

  alliance: {
    doc: 'Who the alliance is: its name and links, its brand colours, and the time zone, currency and language everything else falls back on. Required.',
  },
  'alliance.id': {
    doc: 'A short, permanent identifier for the alliance: letters, digits, "-", "_" or "." (up to 64 characters). Keep it the same forever.',
    example: 'prairie-peaks',
  },
  'alliance.name': { doc: 'The alliance’s name as people should see it (up to 200 characters).', example: 'Prairie & Peaks Coworking Alliance' },
  'alliance.url': { doc: 'The alliance’s website, as a full https:// address.', example: 'https://prairieandpeaks.example/' },
  'alliance.logo': { doc: 'The https:// address of the alliance’s logo image.', example: 'https://prairieandpeaks.example/logo.svg' },
  'alliance.logoAlt': {
    doc: 'A short text that stands in for the logo for people who cannot see it, such as screen-reader users.',
    example: 'Prairie & Peaks logo: a wheat stalk in front of a mountain',
  },
  'alliance.tagline': { doc: 'One line that sums up the alliance (up to 500 characters).', example: 'Work near home, from the prairie to the peaks.' },
  'alliance.description': { doc: 'A longer introduction to the alliance, in plain text (up to 5,000 characters).' },
  'alliance.values': {
    doc: 'What the alliance stands for, as a list of short statements (up to 20).',
    example: ['Locally owned, community first', 'Open doors for every member'],
  },
  'alliance.membership': { doc: 'How a space can join the alliance.' },
  'alliance.membership.criteria': { doc: 'Who may join and what members commit to, in plain text (up to 5,000 characters).' },
  'alliance.membership.kinds': {
    doc: `The kinds of spaces that may join, from the same list as a space’s "kind": ${quoted(SPACE_KINDS)}.`,
    example: ['coworking', 'makerspace'],
  },
  'alliance.membership.applyUrl': { doc: 'Where a space applies to join (https://).', example: 'https://prairieandpeaks.example/join' },
  'alliance.region': { doc: 'The area the alliance covers, in words.', example: 'Kansas City and Denver' },
  'alliance.locale': {
    doc: 'The language and regional style for dates, times and prices, as a language tag.',
    example: 'en-US',
  },
  'alliance.timezone': {
    doc: 'The alliance’s home time zone as an IANA name; spaces and events without a time zone of their own use it. Required.',
    example: 'America/Chicago',
  },
  'alliance.currency': {
    doc: 'The three-letter ISO 4217 code of the currency for every price that does not name its own. Required.',
    example: 'USD',
  },
  'alliance.colors': { doc: 'Brand colours, so the components match the alliance’s look.' },
  'alliance.colors.primary': { doc: 'The main brand colour, written as #rrggbb.', example: '#1f4e5f' },
  'alliance.colors.accent': { doc: 'A second colour for highlights, written as #rrggbb.', example: '#e07a2e' },
  'alliance.email': { doc: 'The alliance’s contact email address.', example: 'hello@prairieandpeaks.example' },
  'alliance.eventsUrl': { doc: 'A web page listing the alliance’s events (https://).', example: 'https://prairieandpeaks.example/events' },
  'alliance.calendarUrl': {
    doc: 'A calendar subscription address (an iCalendar .ics feed over https://) that people can add to their calendar app.',
    example: 'https://prairieandpeaks.example/events.ics',
  },

  spaces: {
    doc: 'The member spaces, one entry each (up to 20,000). A space with a mistake in a required field is left out and reported; the others still show.',
  },
  'spaces[].id': {
    doc: 'A short, permanent identifier, unique among the spaces: letters, digits, "-", "_" or ".". Passes and events refer to the space by it.',
    example: 'crossroads-commons',
  },
  'spaces[].name': { doc: 'The space’s name as people should see it (up to 200 characters).', example: 'Crossroads Commons' },
  'spaces[].status': {
    doc: '"active" for a current member, "lapsed" for a space whose membership has ended. Any other value is read as "lapsed".',
    default: DEFAULTS.spaceStatus,
  },
  'spaces[].url': { doc: 'The space’s website (https://).', example: 'https://crossroadscommons.example/' },
  'spaces[].domains': {
    doc: 'The host names of the space’s own websites, without https:// or a path; subdomains such as www. are included automatically. The membership badge uses them to tell whether it is shown on a member’s site.',
    example: ['crossroadscommons.example'],
  },
  'spaces[].kind': {
    doc: `What sort of space it is: ${quoted(SPACE_KINDS)}. A value the kit does not know is read as "other".`,
    default: DEFAULTS.spaceKind,
  },
  'spaces[].memberSince': { doc: 'The year the space joined the alliance.', example: 2019 },
  'spaces[].logo': { doc: 'The https:// address of the space’s logo image.' },
  'spaces[].photo': { doc: 'The https:// address of a photo of the space.' },
  'spaces[].photoAlt': {
    doc: 'What the photo shows, for people who cannot see it (up to 500 characters).',
    example: 'Sunlit open-plan desks under exposed brick arches',
  },
  'spaces[].description': { doc: 'A short introduction to the space (up to 500 characters).' },
  'spaces[].address': { doc: 'The postal address; every part is optional.' },
  'spaces[].address.street': { doc: 'Street and number.', example: '1824 Grand Blvd, Suite 200' },
  'spaces[].address.locality': { doc: 'City or town.', example: 'Kansas City' },
  'spaces[].address.region': { doc: 'State, province or region.', example: 'MO' },
  'spaces[].address.postalCode': { doc: 'ZIP or postal code.', example: '64108' },
  'spaces[].address.country': { doc: 'The two-letter country code, in capitals.', example: 'US' },
  'spaces[].geo': {
    doc: 'Where the space is on a map, in decimal degrees; give both numbers.',
    example: { lat: 39.0917, lon: -94.5826 },
  },
  'spaces[].geo.lat': { doc: 'Latitude from -90 to 90; north of the equator is positive.', example: 39.0917 },
  'spaces[].geo.lon': { doc: 'Longitude from -180 to 180; the Americas are negative (west of Greenwich).', example: -94.5826 },
  'spaces[].neighbourhood': { doc: 'The neighbourhood or district people know the space by.', example: 'Crossroads Arts District' },
  'spaces[].timezone': {
    doc: 'The space’s time zone as an IANA name; its opening hours are read in it. If left out, the alliance’s time zone is used.',
    example: 'America/Denver',
  },
  'spaces[].phone': {
    doc: 'A phone number as people should dial it: digits, spaces, "+", "(", ")", "-" and "." only.',
    example: '+1 816-555-0142',
  },
  'spaces[].email': { doc: 'The space’s contact email address.', example: 'hello@crossroadscommons.example' },
  'spaces[].amenities': {
    doc: `What the space offers, as lower-case words joined by "-". The kit knows ${quoted(AMENITIES)}; other words are shown as written.`,
    example: ['wifi', 'coffee', 'meeting-rooms'],
  },
  'spaces[].tags': {
    doc: 'Free keywords for searching and filtering (up to 30, each up to 40 characters).',
    example: ['women-led', 'bilingual'],
  },
  ...weeklyHours('spaces[].hours', 'The regular weekly opening hours.'),
  'spaces[].hoursExceptions': { doc: 'Days when the hours differ from the regular ones, such as holidays (up to 400).' },
  'spaces[].hoursExceptions[].date': { doc: 'The day, written as YYYY-MM-DD.', example: '2026-12-25' },
  'spaces[].hoursExceptions[].intervals': {
    doc: 'The opening periods on that day (up to 4). Leave it out, or write [], when the space is closed all day.',
    example: [{ opens: '09:00', closes: '14:00' }],
  },
  'spaces[].hoursExceptions[].intervals[].opens': opens,
  'spaces[].hoursExceptions[].intervals[].closes': closes,
  'spaces[].hoursExceptions[].note': { doc: 'A short reason for visitors.', example: 'Christmas Day' },
  'spaces[].dayUse': { doc: 'Whether and how people who are not members of this space may work here for a day.' },
  'spaces[].dayUse.accepted': { doc: 'true if the space welcomes day users, false if not. Required when "dayUse" is given.' },
  ...price('spaces[].dayUse.price', 'The price of one day.'),
  ...weeklyHours(
    'spaces[].dayUse.hours',
    'When day users are welcome, if that is narrower than the opening hours (which apply when this is left out).',
  ),
  'spaces[].dayUse.bookingRequired': { doc: 'true if day users must book ahead.', default: false },
  'spaces[].dayUse.bookingUrl': { doc: 'Where day users book (https://).', example: 'https://crossroadscommons.example/day-pass' },
  'spaces[].dayUse.maxConsecutiveDays': { doc: 'The most days in a row one person may come as a day user (1 to 366).', example: 5 },
  'spaces[].dayUse.notes': {
    doc: 'Anything else a day user should know (up to 500 characters).',
    example: 'Bring a photo ID; the first coffee is on us.',
  },
  'spaces[].passes': {
    doc: 'The alliance passes this space takes part in, by pass id (up to 50), with the space’s own terms or exceptions.',
  },
  'spaces[].passes[].pass': { doc: 'The id of a pass in the feed’s "passes".', example: 'day-pack-5' },
  'spaces[].passes[].honoured': {
    doc: 'false if this space does not accept the pass, even when the pass lists it or is valid at "all" spaces.',
    default: true,
  },
  'spaces[].passes[].notes': { doc: 'Conditions at this space (up to 500 characters).', example: 'Weekdays only; book a desk the day before.' },

  passes: { doc: 'Passes people can buy that are valid at several member spaces (up to 50).' },
  'passes[].id': {
    doc: 'A short, permanent identifier, unique among the passes: letters, digits, "-", "_" or ".". Spaces refer to the pass by it.',
    example: 'day-pack-5',
  },
  'passes[].name': { doc: 'The pass’s name as buyers see it (up to 200 characters).', example: 'Alliance Day Pass Pack — 5 visits' },
  'passes[].description': { doc: 'What the pass includes (up to 500 characters).' },
  ...price('passes[].price', 'The price of the pass. Required.'),
  'passes[].visits': { doc: 'How many visits the pass includes (1 to 10,000); leave it out for a pass without a visit limit.', example: 5 },
  'passes[].validityDays': { doc: 'How many days the pass stays valid (1 to 3,660).', example: 30 },
  'passes[].spaces': {
    doc: 'Where the pass is valid: "all" for every active member space, or a list of space ids.',
    default: DEFAULTS.passSpaces,
  },
  'passes[].checkoutUrl': {
    doc: 'Where people buy the pass, such as a Stripe Payment Link or a pretix shop (https://). Required.',
    example: 'https://buy.stripe.com/5kA9BcdEf0gH1iJ2kL',
  },
  'passes[].termsUrl': { doc: 'The pass’s terms and conditions (https://).' },
  'passes[].availability': {
    doc: '"on-sale" or "sold-out". Any other value is read as "sold-out", so a typo never sells a pass by mistake.',
    default: DEFAULTS.passAvailability,
  },
  'passes[].saleStarts': {
    doc: 'When sales open: a date and time with its UTC offset. Before then the pass cannot be bought yet.',
    example: '2027-01-11T09:00:00-06:00',
  },
  'passes[].saleEnds': {
    doc: 'When sales close, in the same form; it must be after "saleStarts".',
    example: '2027-03-31T23:59:00-05:00',
  },

  events: { doc: 'Events of the alliance and its spaces (up to 10,000). An event with a mistake is left out and reported.' },
  'events[].id': {
    doc: 'A short, permanent identifier, unique among the events: letters, digits, "-", "_" or ".".',
    example: 'kc-holiday-mixer-2026',
  },
  'events[].title': { doc: 'The event’s title (up to 200 characters).', example: 'Holiday Mixer at Crossroads Commons' },
  'events[].description': { doc: 'What happens at the event, in plain text (up to 5,000 characters).' },
  'events[].start': {
    doc: 'When the event starts: a date and time with the UTC offset in force on that day, which changes with daylight saving time ("-06:00" for Chicago in winter, "-05:00" in summer). For an all-day event, just the date.',
    example: '2027-01-16T10:00:00-06:00',
  },
  'events[].end': {
    doc: 'When the event ends, in the same form as "start" and not before it; for an all-day event, the last day (inclusive). Optional.',
    example: '2027-01-16T13:00:00-06:00',
  },
  'events[].allDay': { doc: 'true for an event that lasts whole days; its "start" and "end" are then dates (YYYY-MM-DD).', default: DEFAULTS.allDay },
  'events[].timezone': {
    doc: 'The time zone the event takes place in, as an IANA name. If left out: the host space’s, else the alliance’s.',
    example: 'America/Denver',
  },
  'events[].space': { doc: 'The id of the member space hosting the event.', example: 'crossroads-commons' },
  'events[].location': {
    doc: 'Where the event happens, in words, when that is not (only) a member space (up to 500 characters).',
    example: 'Union Station, Kansas City',
  },
  'events[].onlineUrl': { doc: 'Where to join an online event (https://).', example: 'https://meet.prairieandpeaks.example/books' },
  'events[].registrationUrl': { doc: 'Where to sign up or buy tickets (https://).' },
  'events[].image': { doc: 'The https:// address of an image for the event.' },
  'events[].imageAlt': { doc: 'What the image shows, for people who cannot see it (up to 500 characters).' },
  'events[].tags': {
    doc: 'Free keywords for filtering (up to 30); tag International Coworking Day events "international-coworking-day".',
    example: ['mixer', 'networking'],
  },
  'events[].free': { doc: 'true if the event costs nothing.' },
  ...price('events[].price', 'The ticket price.'),
  'events[].status': {
    doc: `One of ${quoted(EVENT_STATUSES)} ("canceled", "rescheduled", "confirmed" and "online" are read as their equivalents). An event with any other status is left out (and reported), so a cancelled event never shows as on.`,
    default: DEFAULTS.eventStatus,
  },
};

const describe = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/** Field path (`spaces[].dayUse.price`) → description, with its example and default spelled out. */
export const FIELD_DOCS: Record<string, string> = Object.fromEntries(
  Object.entries(FIELDS).map(([path, { doc, example, default: fallback }]) => [
    path,
    [
      doc,
      example === undefined ? '' : ` Example: ${describe(example)}.`,
      fallback === undefined ? '' : ` Default: ${describe(fallback)}.`,
    ].join(''),
  ]),
);

/** Field path → one example value, for fields whose format is easier shown than told. */
export const FIELD_EXAMPLES: Record<string, unknown> = Object.fromEntries(
  Object.entries(FIELDS).flatMap(([path, { example }]) => (example === undefined ? [] : [[path, example]])),
);

/** Field path → the value the kit assumes when the field is left out. */
export const FIELD_DEFAULTS: Record<string, unknown> = Object.fromEntries(
  Object.entries(FIELDS).flatMap(([path, field]) => (field.default === undefined ? [] : [[path, field.default]])),
);
