/**
 * Synthetic alliance feeds of any size, for load tests, demos and property tests.
 *
 * Plain JavaScript without Node APIs, because browser tests import it as well as the CLI (gen-feed.mjs).
 * Every value comes from a seeded PRNG, so a seed always gives the same feed. The vocabularies below copy
 * the ones in src/feed/schema.ts because this file must run without a TypeScript step; a generated feed
 * parsing with zero issues is what keeps them honest.
 */

const SPACE_KINDS = ['coworking', 'shared-office', 'makerspace', 'studio', 'incubator', 'kitchen', 'library'];
// Most alliances are mostly coworking spaces; the weights keep generated directories looking like real ones.
const KIND_WEIGHTS = [40, 15, 12, 10, 8, 7, 8];

const AMENITIES = [
  'wifi', 'coffee', 'kitchen', 'meeting-rooms', 'phone-booths', 'printing', 'lockers', 'mail', 'parking',
  'bike-storage', 'showers', 'wheelchair-accessible', 'pet-friendly', 'childcare', 'event-space',
  'standing-desks', 'monitors', 'outdoor-space', 'quiet-zone',
];
const FREE_AMENITIES = ['podcast-booth', 'laser-cutter', 'darkroom', 'sauna', 'nap-room'];

const NAME_WORDS = {
  coworking: ['Commons', 'Hub', 'Collective', 'Works', 'Loft', 'Station', 'Cowork'],
  'shared-office': ['Suites', 'Offices', 'Exchange', 'Chambers'],
  makerspace: ['Makers', 'Workshop', 'Maker Lab', 'Guild'],
  studio: ['Studios', 'Press', 'Sound', 'Atelier'],
  incubator: ['Launchpad', 'Labs', 'Accelerator', 'Foundry'],
  kitchen: ['Kitchen', 'Galley', 'Test Kitchen'],
  library: ['Reading Room', 'Library Commons', 'Study Hall'],
};
const NAME_PREFIXES = [
  'Brickyard', 'Lantern', 'Cedar', 'Union', 'Harbor', 'Granary', 'Signal', 'Meridian', 'Ironworks', 'Maple',
  'Juniper', 'Copper', 'Riverside', 'Summit', 'Prairie', 'Orchard', 'Beacon', 'Railyard', 'Willow', 'Atlas',
  'Kettle', 'Northstar', 'Fieldhouse', 'Mercantile', 'Bluebird', 'Tannery', 'Quarry', 'Lumen', 'Trestle', 'Anchor',
];
const STREETS = [
  'Main St', 'Oak Ave', 'Market St', 'Grand Blvd', 'Elm St', '2nd Ave', 'Water St', 'Mill Rd', 'Park Ave',
  'Broadway', 'King St', 'Front St', 'College Ave', 'Union St', 'Railroad Ave', 'Church St', 'Pine St',
];
const EVENT_KINDS = [
  { title: 'Member Mixer', tags: ['mixer', 'networking'], minutes: 150 },
  { title: 'Open House', tags: ['open-house'], minutes: 180 },
  { title: 'Lunch & Learn: Bookkeeping Basics', tags: ['workshop', 'finance'], minutes: 90 },
  { title: 'Portfolio Review Night', tags: ['workshop', 'design'], minutes: 120 },
  { title: 'Founders’ Breakfast', tags: ['breakfast', 'startups'], minutes: 90 },
  { title: 'Intro to 3D Printing', tags: ['workshop', 'makers'], minutes: 180 },
  { title: 'Pitch Practice', tags: ['pitch', 'startups'], minutes: 120 },
  { title: 'Quiet Focus Sprint', tags: ['focus'], minutes: 240 },
  { title: 'Podcast Recording Clinic', tags: ['workshop', 'audio'], minutes: 150 },
  { title: 'Community Potluck', tags: ['community', 'food'], minutes: 120 },
];
const ICD_TAG = 'international-coworking-day';

/** Cities across the US and Canadian zones, including one without daylight saving time (Phoenix). */
const CITIES = [
  city('Kansas City', 'MO', 'US', 'America/Chicago', 39.0997, -94.5786, '816', '641', ['Crossroads', 'River Market', 'Westport', 'Plaza', 'West Bottoms']),
  city('Chicago', 'IL', 'US', 'America/Chicago', 41.8781, -87.6298, '312', '606', ['West Loop', 'Pilsen', 'Logan Square', 'Wicker Park', 'Uptown']),
  city('Denver', 'CO', 'US', 'America/Denver', 39.7392, -104.9903, '303', '802', ['RiNo', 'LoHi', 'Baker', 'Five Points', 'Capitol Hill']),
  city('Phoenix', 'AZ', 'US', 'America/Phoenix', 33.4484, -112.074, '602', '850', ['Roosevelt Row', 'Arcadia', 'Melrose', 'Downtown']),
  city('Philadelphia', 'PA', 'US', 'America/New_York', 39.9526, -75.1652, '215', '191', ['Fishtown', 'Old City', 'Northern Liberties', 'Rittenhouse']),
  city('Portland', 'OR', 'US', 'America/Los_Angeles', 45.5152, -122.6784, '503', '972', ['Pearl District', 'Alberta Arts', 'Hawthorne', 'Central Eastside']),
  city('Toronto', 'ON', 'CA', 'America/Toronto', 43.6532, -79.3832, '416', 'M5V', ['Liberty Village', 'Leslieville', 'The Junction', 'Kensington Market']),
  city('Vancouver', 'BC', 'CA', 'America/Vancouver', 49.2827, -123.1207, '604', 'V6B', ['Gastown', 'Mount Pleasant', 'Strathcona', 'Kitsilano']),
  city('Halifax', 'NS', 'CA', 'America/Halifax', 44.6488, -63.5752, '902', 'B3J', ['North End', 'Downtown', 'Quinpool', 'Dartmouth']),
];

function city(name, region, country, zone, lat, lon, areaCode, postalPrefix, neighbourhoods) {
  return { name, region, country, zone, lat, lon, areaCode, postalPrefix, neighbourhoods, currency: country === 'CA' ? 'CAD' : 'USD' };
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_MS = 86_400_000;

/**
 * A valid alliance feed object with the given numbers of items, the same for the same options.
 * Events fall within the year after `now`; `updated` is `now`.
 */
export function generateFeed({ spaces = 100, events = 50, passes = 3, seed = 1, now = '2026-11-28T12:00:00Z' } = {}) {
  const random = createRandom(seed);
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new RangeError(`now is not a date: ${now}`);

  const passIds = Array.from({ length: passes }, (_, index) => `pass-${index + 1}`);
  const spaceList = Array.from({ length: spaces }, (_, index) => generateSpace(random, index, passIds, nowMs));
  const activeSpaces = spaceList.filter((space) => space.status !== 'lapsed');
  return {
    version: 1,
    updated: new Date(nowMs).toISOString(),
    alliance: {
      id: `generated-alliance-${seed}`,
      name: `Generated Coworking Alliance #${seed}`,
      url: `https://alliance-${seed}.example/`,
      tagline: 'Synthetic data for testing alliance-kit at scale.',
      description: `${spaces} spaces in ${CITIES.length} cities across the United States and Canada.`,
      values: ['Independent spaces', 'Open doors', 'Shared knowledge'],
      membership: { kinds: SPACE_KINDS, applyUrl: `https://alliance-${seed}.example/join` },
      region: 'United States and Canada',
      locale: 'en-US',
      timezone: 'America/Chicago',
      currency: 'USD',
      colors: { primary: '#234e70', accent: '#f2a541' },
      email: `hello@alliance-${seed}.example`,
      eventsUrl: `https://alliance-${seed}.example/events`,
      calendarUrl: `https://alliance-${seed}.example/events.ics`,
    },
    spaces: spaceList,
    passes: passIds.map((id, index) => generatePass(random, id, index, activeSpaces, nowMs)),
    events: Array.from({ length: events }, (_, index) => generateEvent(random, index, activeSpaces, nowMs)),
  };
}

// ------------------------------------------------------------------------------------------------ spaces

function generateSpace(random, index, passIds, nowMs) {
  const home = random.pick(CITIES);
  const kind = random.weighted(SPACE_KINDS, KIND_WEIGHTS);
  const neighbourhood = random.pick(home.neighbourhoods);
  const name = `${random.chance(0.3) ? neighbourhood : random.pick(NAME_PREFIXES)} ${random.pick(NAME_WORDS[kind])}`;
  const id = `${slug(name)}-${index + 1}`;
  const domain = `${id}.example`;
  const hours = random.chance(0.06) ? allWeek('00:00', '24:00') : weeklyHours(random);
  const amenities = random.sample(AMENITIES, random.int(3, 10));
  if (hours.length === 7 && hours[0].closes === '24:00') amenities.push('24-7-access');
  if (random.chance(0.1)) amenities.push(random.pick(FREE_AMENITIES));

  return {
    id,
    name,
    ...(random.chance(0.05) ? { status: 'lapsed' } : {}),
    kind,
    url: `https://${domain}/`,
    domains: [domain],
    memberSince: random.int(2012, new Date(nowMs).getUTCFullYear()),
    photo: `https://images.example.com/spaces/${id}.jpg`,
    photoAlt: `Inside ${name}: desks, plants and daylight`,
    description: `A ${kind.replace('-', ' ')} space in ${neighbourhood}, ${home.name}, run by people who live nearby.`,
    address: {
      street: `${random.int(10, 4999)} ${random.pick(STREETS)}`,
      locality: home.name,
      region: home.region,
      postalCode: postalCode(random, home),
      country: home.country,
    },
    geo: { lat: round4(home.lat + random.between(-0.12, 0.12)), lon: round4(home.lon + random.between(-0.16, 0.16)) },
    neighbourhood,
    timezone: home.zone,
    phone: `+1 ${home.areaCode}-555-01${String(random.int(0, 99)).padStart(2, '0')}`,
    email: `hello@${domain}`,
    amenities,
    tags: random.sample(['community', 'quiet', 'creatives', 'startups', 'parents-welcome', 'bike-friendly', 'nonprofit'], random.int(0, 3)),
    hours,
    hoursExceptions: holidayExceptions(random, nowMs),
    dayUse: dayUse(random, home, domain),
    passes: random.sample(passIds, random.int(0, passIds.length)).map((pass) =>
      random.chance(0.1) ? { pass, honoured: false, notes: 'Not accepted at this space.' } : { pass },
    ),
  };
}

function weeklyHours(random) {
  const opens = random.pick(['07:00', '07:30', '08:00', '08:30', '09:00']);
  const closes = random.pick(['17:00', '17:30', '18:00', '19:00', '20:00', '22:00']);
  const pattern = random.int(0, 3);
  const weekdays = DAYS.slice(0, 5);
  if (pattern === 0) return intervals(weekdays, [[opens, closes]]);
  if (pattern === 1) return intervals(weekdays, [[opens, '12:00'], ['13:00', closes]]).concat(intervals(['sat'], [['10:00', '14:00']]));
  // Open past midnight at the weekend: a closing time before the opening time runs into the next morning.
  if (pattern === 2) return intervals(DAYS.slice(0, 4), [['10:00', '22:00']]).concat(intervals(['fri', 'sat'], [['12:00', '01:00']]));
  return intervals(DAYS.slice(0, 6), [[opens, closes]]).concat(intervals(['sun'], [['10:00', '16:00']]));
}

function allWeek(opens, closes) {
  return intervals(DAYS, [[opens, closes]]);
}

function intervals(days, periods) {
  return days.flatMap((day) => periods.map(([opens, closes]) => ({ day, opens, closes })));
}

function holidayExceptions(random, nowMs) {
  const year = new Date(nowMs).getUTCFullYear();
  const exceptions = [
    { date: `${year}-12-25`, note: 'Christmas Day' },
    { date: `${year + 1}-01-01`, note: 'New Year’s Day' },
  ];
  if (random.chance(0.4)) exceptions.unshift({ date: `${year}-12-24`, intervals: [{ opens: '09:00', closes: '13:00' }], note: 'Christmas Eve: closing early' });
  return exceptions;
}

function dayUse(random, home, domain) {
  if (random.chance(0.12)) return { accepted: false, notes: 'Members only.' };
  const dollars = random.int(10, 60);
  const cents = random.pick([0, 0, 0, 50]);
  const currency = home.currency === 'USD' ? {} : { currency: home.currency };
  const price = random.chance(0.2)
    ? { amountMinor: dollars * 100 + cents, ...currency }
    : { amount: `${dollars}.${String(cents).padStart(2, '0')}`, ...currency };
  const bookingRequired = random.chance(0.3);
  return {
    accepted: true,
    price,
    ...(bookingRequired ? { bookingRequired, bookingUrl: `https://${domain}/book` } : {}),
    ...(random.chance(0.3) ? { maxConsecutiveDays: random.int(1, 10) } : {}),
    ...(random.chance(0.2) ? { notes: 'Please check in at the front desk.' } : {}),
  };
}

function postalCode(random, home) {
  if (home.country === 'US') return `${home.postalPrefix}${String(random.int(1, 99)).padStart(2, '0')}`;
  const letter = () => String.fromCharCode(65 + random.int(0, 25));
  return `${home.postalPrefix} ${random.int(1, 9)}${letter()}${random.int(1, 9)}`;
}

// ------------------------------------------------------------------------------------------------ passes

function generatePass(random, id, index, activeSpaces, nowMs) {
  const shapes = [
    { name: 'Day Pass Pack — 5 visits', visits: 5, validityDays: 180, amount: '99.00', checkout: `https://buy.stripe.com/test_${id}` },
    { name: 'Explorer — one month', validityDays: 30, amount: '179.00', checkout: `https://pretix.eu/generated/${id}/` },
    { name: 'Annual All-Access', validityDays: 365, amount: '1490.00', checkout: `https://buy.stripe.com/test_${id}` },
  ];
  const shape = shapes[index % shapes.length];
  const pass = {
    id,
    name: index < shapes.length ? shape.name : `${shape.name} (${index + 1})`,
    description: 'Valid at participating member spaces.',
    price: { amount: shape.amount },
    ...(shape.visits ? { visits: shape.visits } : {}),
    validityDays: shape.validityDays,
    spaces: index % shapes.length === 1 ? random.sample(activeSpaces, Math.min(activeSpaces.length, 200)).map((space) => space.id) : 'all',
    checkoutUrl: shape.checkout,
    termsUrl: 'https://alliance.example/passes/terms',
  };
  if (index % shapes.length === 2) {
    // Every third pass is not on sale yet, so "coming soon" states get exercised at scale too.
    const starts = nowMs + random.int(30, 90) * DAY_MS;
    pass.saleStarts = new Date(starts).toISOString();
    pass.saleEnds = new Date(starts + 60 * DAY_MS).toISOString();
  } else if (random.chance(0.2)) {
    pass.availability = 'sold-out';
  }
  return pass;
}

// ------------------------------------------------------------------------------------------------ events

function generateEvent(random, index, activeSpaces, nowMs) {
  const id = `event-${index + 1}`;
  const kind = random.pick(EVENT_KINDS);
  const host = activeSpaces.length && !random.chance(0.05) ? random.pick(activeSpaces) : undefined;
  const zone = host ? host.timezone : 'America/Chicago';
  // Every 25th event is on International Coworking Day, the busiest day of an alliance's calendar.
  const onCoworkingDay = index % 25 === 0;
  const day = onCoworkingDay ? nextCoworkingDay(nowMs) : civilDate(nowMs + random.int(1, 365) * DAY_MS);
  return {
    id,
    title: onCoworkingDay ? `International Coworking Day${host ? ` at ${host.name}` : ''}` : `${kind.title}${host ? ` at ${host.name}` : ' (online)'}`,
    ...eventTiming(random, zone, day, kind.minutes),
    description: 'Everyone is welcome; members of any alliance space get in free.',
    ...(host ? { space: host.id } : { timezone: zone, location: 'Online', onlineUrl: `https://meet.example.com/${id}` }),
    tags: onCoworkingDay ? [ICD_TAG, 'open-house'] : [...kind.tags],
    ...eventPrice(random),
    ...(random.chance(0.06) ? { status: random.pick(['cancelled', 'postponed', 'moved-online']) } : {}),
    registrationUrl: `https://alliance.example/events/${id}`,
  };
}

function eventTiming(random, zone, day, minutes) {
  if (random.chance(0.05)) {
    const lastDay = civilDate(Date.UTC(day.year, day.month - 1, day.day) + random.int(0, 2) * DAY_MS);
    return { start: isoDate(day), end: isoDate(lastDay), allDay: true };
  }
  // Starts between 07:00 and 20:30, so no start falls into the hour a spring DST change skips.
  const startMinutes = random.int(14, 41) * 30;
  const endMinutes = random.chance(0.03) ? startMinutes + random.int(1, 2) * 1440 + 120 : startMinutes + minutes;
  return { start: zonedDateTime(zone, day, startMinutes), end: zonedDateTime(zone, day, endMinutes) };
}

function eventPrice(random) {
  if (random.chance(0.5)) return { free: true };
  return random.chance(0.2) ? { price: { amountMinor: random.int(5, 60) * 100 } } : { price: { amount: `${random.int(5, 60)}.00` } };
}

function nextCoworkingDay(nowMs) {
  const today = civilDate(nowMs);
  const thisYear = Date.UTC(today.year, 7, 9);
  return civilDate(thisYear > nowMs ? thisYear : Date.UTC(today.year + 1, 7, 9));
}

// --------------------------------------------------------------------------------------- dates and zones

function civilDate(ms) {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function isoDate({ year, month, day }) {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Local wall time `minutes` after midnight of `day` in `zone`, written with the UTC offset in force then. */
function zonedDateTime(zone, day, minutes) {
  const wallAsUtc = Date.UTC(day.year, day.month - 1, day.day) + minutes * 60_000;
  let offset = offsetMinutes(zone, wallAsUtc);
  // The offset at the guessed instant can be the other side of a DST change; one correction settles it.
  offset = offsetMinutes(zone, wallAsUtc - offset * 60_000);
  const local = new Date(wallAsUtc);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${isoDate(civilDate(wallAsUtc))}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

const zoneFormats = new Map();
const offsetByDay = new Map();
/** Minutes the zone's clocks are ahead of UTC at `ms` (negative in the Americas). */
function offsetMinutes(zone, ms) {
  // Asking Intl is the slow part of generating events, and a zone's offset changes on at most one day in
  // half a year, so one answer per zone and UTC day serves every event that day; `null` marks a change day.
  const day = Math.floor(ms / DAY_MS);
  const key = `${zone} ${day}`;
  let offset = offsetByDay.get(key);
  if (offset === undefined) {
    const atStart = lookUpOffset(zone, day * DAY_MS);
    offset = atStart === lookUpOffset(zone, (day + 1) * DAY_MS - 60_000) ? atStart : null;
    if (offsetByDay.size > 100_000) offsetByDay.clear();
    offsetByDay.set(key, offset);
  }
  return offset ?? lookUpOffset(zone, ms);
}

function lookUpOffset(zone, ms) {
  let format = zoneFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    zoneFormats.set(zone, format);
  }
  const minute = Math.floor(ms / 60_000) * 60_000;
  const parts = Object.fromEntries(format.formatToParts(minute).map((part) => [part.type, Number(part.value)]));
  return (Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - minute) / 60_000;
}

// ------------------------------------------------------------------------------------------------ helpers

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(items, weights) {
      let roll = next() * weights.reduce((sum, weight) => sum + weight, 0);
      for (let i = 0; i < items.length; i++) {
        roll -= weights[i];
        if (roll < 0) return items[i];
      }
      return items[items.length - 1];
    },
    /** `count` distinct items in their original order. */
    sample(items, count) {
      if (count >= items.length) return items.slice();
      const chosen = new Set();
      while (chosen.size < count) chosen.add(Math.floor(next() * items.length));
      return [...chosen].sort((a, b) => a - b).map((i) => items[i]);
    },
  };
  return random;
}

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function pad(value) {
  return String(value).padStart(2, '0');
}

function round4(value) {
  return Math.round(value * 10_000) / 10_000;
}
