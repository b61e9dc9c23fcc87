/**
 * The benchmark's floor for feed validation: the feed v1 rules of src/feed/schema.ts and src/feed/parse.ts
 * checked by hand, with no library, as fast plain JavaScript would do it. Same fields, types, length and
 * count caps, https-only URLs (the rule of src/shared/safe-url.ts), #rrggbb colours, IANA zones, ISO 4217
 * currencies, exact money, dates, vocabularies with their fallbacks, defaults, optional fields left out
 * when bad, items left out when a required or critical field is bad, duplicate ids and dangling references.
 * It gives short issue messages rather than the kit's plain-language ones and is not used by the kit.
 *
 * `validateFeed(input)` → `{ feed, issues }` or `{ feed: null, issues, error }`.
 */

const LIMITS = { id: 64, name: 200, shortText: 500, longText: 5000, tag: 40, tags: 30, values: 20, domains: 20, amenities: 40, intervals: 28, exceptions: 400, passLinks: 50, kinds: 20, spaces: 20000, passes: 50, events: 10000, issues: 500 };
const SPACE_KINDS = ['coworking', 'shared-office', 'makerspace', 'studio', 'incubator', 'kitchen', 'library', 'other'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved-online'];
const STATUS_ALIASES = { scheduled: 'scheduled', confirmed: 'scheduled', cancelled: 'cancelled', canceled: 'cancelled', postponed: 'postponed', rescheduled: 'postponed', 'moved-online': 'moved-online', moved_online: 'moved-online', online: 'moved-online' };

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const PHONE = /^\+?[0-9().\- ]{3,30}$/;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i;
const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;
const COUNTRY = /^[A-Z]{2}$/;
const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const AMOUNT = /^\d{1,11}(?:\.\d{1,4})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const ZONE = /^(?:UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)(?:\/[A-Za-z0-9_+\-]+){1,2})$/;
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F\u2060-\u206F\u3000\uFEFF]/;
const NAMED_HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Thrown by a field check; caught per field (optional: left out) or per item (required: item left out). */
const BAD = Symbol('bad');
const bad = () => {
  throw BAD;
};

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (object, key) => (Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined);

function text(value, max, required = false) {
  if (typeof value !== 'string') bad();
  const trimmed = value.trim();
  if (trimmed.length > max || (required && trimmed.length === 0)) bad();
  return trimmed;
}
const id = (value) => (typeof value === 'string' && value.length <= LIMITS.id && ID.test(value) ? value : bad());
const bool = (value) => (typeof value === 'boolean' ? value : bad());
function int(value, min, max) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) bad();
  return value;
}
function number(value, min, max) {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) bad();
  return value;
}
function list(value, max, item) {
  if (!Array.isArray(value) || value.length > max) bad();
  const out = new Array(value.length);
  for (let index = 0; index < value.length; index++) out[index] = item(value[index]);
  return out;
}

function httpsUrl(value) {
  if (typeof value !== 'string') bad();
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 2048 || CONTROL_OR_SPACE.test(trimmed) || !/^https:\/\//i.test(trimmed)) bad();
  let url;
  try {
    url = new URL(trimmed);
  } catch {
    bad();
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) bad();
  if (IPV4.test(url.hostname) || url.hostname.startsWith('[') || !NAMED_HOST.test(url.hostname)) bad();
  return url.href;
}

const zones = new Map();
function zone(value) {
  if (typeof value !== 'string') bad();
  let known = zones.get(value);
  if (known === undefined) {
    known = ZONE.test(value) && value.length <= 64 && canFormat(value);
    zones.set(value, known);
  }
  return known ? value : bad();
}
function canFormat(timeZone) {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

let currencies;
function currency(value) {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return typeof value === 'string' && currencies.has(value) ? value : bad();
}

function locale(value) {
  if (typeof value !== 'string' || value.length > 35) bad();
  try {
    return Intl.getCanonicalLocales(value)[0] ?? bad();
  } catch {
    return bad();
  }
}

function calendarDate(match) {
  const month = +match[2];
  const day = +match[3];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(+match[1], month, 0)).getUTCDate();
}
const isDate = (value) => {
  const match = DATE.exec(value);
  return !!match && calendarDate(match);
};
const isDateTime = (value) => {
  const match = DATE_TIME.exec(value);
  return !!match && calendarDate(match);
};
const date = (value) => (typeof value === 'string' && isDate(value) ? value : bad());
const dateTime = (value) => (typeof value === 'string' && isDateTime(value) ? value : bad());
const clock = (value) => (typeof value === 'string' && CLOCK.test(value) ? value : bad());
const color = (value) => (typeof value === 'string' && COLOR.test(value) ? value.toLowerCase() : bad());
function email(value) {
  const trimmed = text(value, 254);
  return EMAIL.test(trimmed) ? trimmed : bad();
}

function interval(value, withDay) {
  if (!isObject(value)) bad();
  const opens = clock(own(value, 'opens'));
  const closes = clock(own(value, 'closes'));
  if (opens === '24:00' || opens === closes) bad();
  return withDay ? { day: WEEKDAYS.includes(own(value, 'day')) ? own(value, 'day') : bad(), opens, closes } : { opens, closes };
}

function money(value) {
  if (!isObject(value)) bad();
  const amount = own(value, 'amount');
  const minor = own(value, 'amountMinor');
  const out = {};
  if (amount !== undefined) {
    if (minor !== undefined || typeof amount !== 'string' || !AMOUNT.test(amount)) bad();
    out.amount = amount;
  } else {
    out.amountMinor = int(minor, 0, 99_999_999_999);
  }
  const code = own(value, 'currency');
  if (code !== undefined) out.currency = currency(code);
  return out;
}

const digitsByCurrency = new Map();
function finishMoney(value, alliance) {
  const code = value.currency ?? alliance.currency;
  let digits = digitsByCurrency.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(code, digits);
  }
  if ('amount' in value) return { amount: value.amount, currency: code };
  const padded = String(value.amountMinor).padStart(digits + 1, '0');
  return { amount: digits === 0 ? padded : `${padded.slice(0, -digits)}.${padded.slice(-digits)}`, currency: code };
}

const tags = (value) => list(value, LIMITS.tags, (tag) => text(tag, LIMITS.tag, true));
const kind = (value) => (SPACE_KINDS.includes(value) ? value : 'other');

/**
 * Reads one object by its field table: `[key, check, required]`. A bad optional field is left out (and
 * reported); a bad required one, or a bad `critical` one, leaves the item out. Unknown keys are dropped.
 */
function item(value, fields, path, issues, critical) {
  if (!isObject(value)) {
    issues.add(path, 'must be an object');
    return null;
  }
  const out = {};
  for (const [key, check, required] of fields) {
    const raw = own(value, key);
    if (raw === undefined) {
      if (required) {
        issues.add(`${path}.${key}`, 'is required');
        return null;
      }
      continue;
    }
    try {
      out[key] = check(raw);
    } catch (error) {
      if (error !== BAD) throw error;
      issues.add(`${path}.${key}`, 'is not valid');
      if (required || critical?.has(key)) return null;
    }
  }
  return out;
}

const object = (fields) => (value) => {
  const issues = { add: bad };
  return item(value, fields, '', issues) ?? bad();
};

const ADDRESS = [
  ['street', (value) => text(value, LIMITS.name)],
  ['locality', (value) => text(value, LIMITS.name)],
  ['region', (value) => text(value, LIMITS.name)],
  ['postalCode', (value) => text(value, 20)],
  ['country', (value) => (typeof value === 'string' && COUNTRY.test(value) ? value : bad())],
];
const GEO = [
  ['lat', (value) => number(value, -90, 90), true],
  ['lon', (value) => number(value, -180, 180), true],
];
const DAY_USE = [
  ['accepted', bool, true],
  ['price', money],
  ['hours', (value) => list(value, LIMITS.intervals, (entry) => interval(entry, true))],
  ['bookingRequired', bool],
  ['bookingUrl', httpsUrl],
  ['maxConsecutiveDays', (value) => int(value, 1, 366)],
  ['notes', (value) => text(value, LIMITS.shortText)],
];
const EXCEPTION = [
  ['date', date, true],
  ['intervals', (value) => list(value, 4, (entry) => interval(entry, false))],
  ['note', (value) => text(value, LIMITS.name)],
];
const SPACE_PASS = [
  ['pass', id, true],
  ['honoured', bool],
  ['notes', (value) => text(value, LIMITS.shortText)],
];
const SPACE = [
  ['id', id, true],
  ['name', (value) => text(value, LIMITS.name, true), true],
  ['status', (value) => (value === 'active' || value === 'lapsed' ? value : 'lapsed')],
  ['url', httpsUrl],
  ['domains', (value) => list(value, LIMITS.domains, (host) => (typeof host === 'string' && host.length <= 253 && HOST.test(host) ? host.toLowerCase() : bad()))],
  ['kind', kind],
  ['memberSince', (value) => int(value, 1990, 2200)],
  ['logo', httpsUrl],
  ['photo', httpsUrl],
  ['photoAlt', (value) => text(value, LIMITS.shortText)],
  ['description', (value) => text(value, LIMITS.shortText)],
  ['address', object(ADDRESS)],
  ['geo', object(GEO)],
  ['neighbourhood', (value) => text(value, LIMITS.name)],
  ['timezone', zone],
  ['phone', (value) => (typeof value === 'string' && PHONE.test(value) ? value : bad())],
  ['email', email],
  ['amenities', (value) => list(value, LIMITS.amenities, (slug) => (typeof slug === 'string' && SLUG.test(slug) ? slug : bad()))],
  ['tags', tags],
  ['hours', (value) => list(value, LIMITS.intervals, (entry) => interval(entry, true))],
  ['hoursExceptions', (value) => list(value, LIMITS.exceptions, object(EXCEPTION))],
  ['dayUse', object(DAY_USE)],
  ['passes', (value) => list(value, LIMITS.passLinks, object(SPACE_PASS))],
];
const PASS = [
  ['id', id, true],
  ['name', (value) => text(value, LIMITS.name, true), true],
  ['description', (value) => text(value, LIMITS.shortText)],
  ['price', money, true],
  ['visits', (value) => int(value, 1, 10_000)],
  ['validityDays', (value) => int(value, 1, 3660)],
  ['spaces', (value) => (value === 'all' ? value : list(value, LIMITS.spaces, id))],
  ['checkoutUrl', httpsUrl, true],
  ['termsUrl', httpsUrl],
  ['availability', (value) => (value === 'on-sale' || value === 'sold-out' ? value : 'sold-out')],
  ['saleStarts', dateTime],
  ['saleEnds', dateTime],
];
const PASS_CRITICAL = new Set(['spaces', 'saleStarts', 'saleEnds']);
const EVENT = [
  ['id', id, true],
  ['title', (value) => text(value, LIMITS.name, true), true],
  ['description', (value) => text(value, LIMITS.longText)],
  ['start', (value) => (typeof value === 'string' ? value : bad()), true],
  ['end', (value) => (typeof value === 'string' ? value : bad())],
  ['allDay', bool],
  ['timezone', zone],
  ['space', id],
  ['location', (value) => text(value, LIMITS.shortText)],
  ['onlineUrl', httpsUrl],
  ['registrationUrl', httpsUrl],
  ['image', httpsUrl],
  ['imageAlt', (value) => text(value, LIMITS.shortText)],
  ['tags', tags],
  ['free', bool],
  ['price', money],
  [
    'status',
    (value) => {
      if (typeof value !== 'string') bad();
      const status = STATUS_ALIASES[value.trim().toLowerCase()] ?? value;
      return EVENT_STATUSES.includes(status) ? status : bad();
    },
  ],
];
const EVENT_CRITICAL = new Set(['status']);
const ALLIANCE = [
  ['id', id, true],
  ['name', (value) => text(value, LIMITS.name, true), true],
  ['url', httpsUrl, true],
  ['logo', httpsUrl],
  ['logoAlt', (value) => text(value, LIMITS.shortText)],
  ['tagline', (value) => text(value, LIMITS.shortText)],
  ['description', (value) => text(value, LIMITS.longText)],
  ['values', (value) => list(value, LIMITS.values, (entry) => text(entry, LIMITS.shortText, true))],
  [
    'membership',
    object([
      ['criteria', (value) => text(value, LIMITS.longText)],
      ['kinds', (value) => list(value, LIMITS.kinds, kind)],
      ['applyUrl', httpsUrl],
    ]),
  ],
  ['region', (value) => text(value, LIMITS.name)],
  ['locale', locale],
  ['timezone', zone, true],
  ['currency', currency, true],
  [
    'colors',
    object([
      ['primary', color],
      ['accent', color],
    ]),
  ],
  ['email', email],
  ['eventsUrl', httpsUrl],
  ['calendarUrl', httpsUrl],
];

class Issues {
  items = [];
  more = 0;
  add(path, message, severity = 'error') {
    if (this.items.length < LIMITS.issues) this.items.push({ path, message, severity });
    else this.more++;
  }
}

/** Keeps the first item of each id. */
function kept(values, name, fields, issues, finish, critical) {
  if (!Array.isArray(values)) values = [];
  if (values.length > LIMITS[name]) issues.add(name, `only the first ${LIMITS[name]} are used`);
  const out = [];
  const seen = new Set();
  const count = Math.min(values.length, LIMITS[name]);
  for (let index = 0; index < count; index++) {
    const path = `${name}[${index}]`;
    const parsed = item(values[index], fields, path, issues, critical);
    if (!parsed) continue;
    const done = finish(parsed, path);
    if (!done) continue;
    if (seen.has(done.id)) {
      issues.add(`${path}.id`, 'repeats an id');
      continue;
    }
    seen.add(done.id);
    out.push(done);
  }
  return out;
}

export function validateFeed(input) {
  const issues = new Issues();
  const reject = (error) => ({ feed: null, issues: issues.items, error });
  if (!isObject(input)) return reject('not an object');
  if (own(input, 'version') !== 1) return reject('version must be 1');
  const updated = own(input, 'updated');
  if (typeof updated !== 'string' || !isDateTime(updated)) return reject('updated is not a date-time');
  const alliance = item(own(input, 'alliance'), ALLIANCE, 'alliance', issues);
  if (!alliance) return reject('no valid alliance');

  const spaces = kept(own(input, 'spaces'), 'spaces', SPACE, issues, (space) => {
    const { dayUse } = space;
    space.status ??= 'active';
    space.kind ??= 'coworking';
    space.timezone ??= alliance.timezone;
    if (dayUse?.price) dayUse.price = finishMoney(dayUse.price, alliance);
    return space;
  });
  const passes = kept(
    own(input, 'passes'),
    'passes',
    PASS,
    issues,
    (pass, path) => {
      if (pass.saleStarts && pass.saleEnds && Date.parse(pass.saleEnds) <= Date.parse(pass.saleStarts)) {
        issues.add(`${path}.saleEnds`, 'must be after saleStarts');
        return null;
      }
      pass.price = finishMoney(pass.price, alliance);
      pass.spaces ??= 'all';
      pass.availability ??= 'on-sale';
      return pass;
    },
    PASS_CRITICAL,
  );
  const zonesBySpace = new Map(spaces.map((space) => [space.id, space.timezone]));
  const events = kept(
    own(input, 'events'),
    'events',
    EVENT,
    issues,
    (event, path) => {
      const valid = event.allDay ? isDate : isDateTime;
      if (!valid(event.start)) {
        issues.add(`${path}.start`, 'is not a date');
        return null;
      }
      // A bad end is an optional field: left out, the event stays.
      if (event.end !== undefined && (!valid(event.end) || Date.parse(event.end) < Date.parse(event.start))) {
        issues.add(`${path}.end`, 'is not a date after start');
        delete event.end;
      }
      if (event.space && !zonesBySpace.has(event.space)) issues.add(`${path}.space`, 'unknown space', 'warning');
      if (event.price) event.price = finishMoney(event.price, alliance);
      event.status ??= 'scheduled';
      event.allDay ??= false;
      event.timezone ??= (event.space && zonesBySpace.get(event.space)) || alliance.timezone;
      return event;
    },
    EVENT_CRITICAL,
  );
  const passIds = new Set(passes.map((pass) => pass.id));
  spaces.forEach((space, index) => {
    space.passes?.forEach((link, linkIndex) => {
      if (!passIds.has(link.pass)) issues.add(`spaces[${index}].passes[${linkIndex}].pass`, 'unknown pass', 'warning');
    });
  });
  if (issues.more > 0) issues.items.push({ path: '', message: `and ${issues.more} more issues`, severity: 'warning' });
  return { feed: { version: 1, updated, alliance, spaces, passes, events }, issues: issues.items };
}
