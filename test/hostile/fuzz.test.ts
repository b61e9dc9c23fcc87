/**
 * Hostile feeds, fuzzed (fast-check): arbitrary JSON, and valid generated feeds (scripts/feed-generator.mjs)
 * with random fields replaced, removed or added, holding payload-list strings (test/hostile/payloads/) or
 * arbitrary values. Properties:
 *
 *   parseFeed   never throws; every URL it outputs is https and is its own `new URL(x).href` (and its own
 *               safeUrl href); every string and list is within its cap (LIMITS, mapped field by field below,
 *               so a text field the schema gains without a cap fails here until it is mapped); no string it
 *               outputs is a field of a different kind than its name says (only known fields).
 *   rendering   a valid output, served to every element (the harness's runFeedCase): every invariant the
 *               harness checks holds (no script, no window error, no on* attribute, only allowlisted tags,
 *               only safe links and images, nothing outside the elements touched, no undeclared request).
 *
 * Runs per property come from FC_RUNS (web-test-runner.config.mjs, default 200); rendering takes a tenth of
 * them (at least 10), each through every element. A long local run: `FC_RUNS=5000 npm run test:hostile`.
 * A failure prints fast-check's seed and path; replay it with `{ seed, path }` in the fc.assert options.
 */
import { count, expectClean, hostileHooks, json, runFeedCase } from './harness.js';
import { payloads } from './payloads.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { generateFeed } from '../../scripts/feed-generator.mjs';
import { LIMITS } from '../../src/feed/limits.js';
import { parseFeed } from '../../src/feed/parse.js';
import { MAX_URL_LENGTH, safeUrl } from '../../src/shared/safe-url.js';

declare const __FC_RUNS__: number;
const numRuns = typeof __FC_RUNS__ === 'number' && __FC_RUNS__ > 0 ? __FC_RUNS__ : 200;
const renderRuns = Math.max(10, Math.round(numRuns / 10));

/* Untrusted JSON, built and broken as plain data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Path = (string | number)[];

// ------------------------------------------------------------------------------------------- the spec

/** Fields holding a URL, by name, wherever they are. */
const URL_KEYS = new Set(['url', 'logo', 'photo', 'image', 'checkoutUrl', 'termsUrl', 'bookingUrl', 'onlineUrl', 'registrationUrl', 'applyUrl', 'eventsUrl', 'calendarUrl']);

/** Free text: the cap of every text field, by its place in the feed (`space.address.street`; `[]` for list items). */
const TEXT_CAPS: Record<string, number> = {
  'alliance.id': LIMITS.id,
  'alliance.name': LIMITS.name,
  'alliance.logoAlt': LIMITS.shortText,
  'alliance.tagline': LIMITS.shortText,
  'alliance.description': LIMITS.longText,
  'alliance.values[]': LIMITS.shortText,
  'alliance.membership.criteria': LIMITS.longText,
  'alliance.region': LIMITS.name,
  'space.id': LIMITS.id,
  'space.name': LIMITS.name,
  'space.photoAlt': LIMITS.shortText,
  'space.description': LIMITS.shortText,
  'space.neighbourhood': LIMITS.name,
  'space.address.street': LIMITS.name,
  'space.address.locality': LIMITS.name,
  'space.address.region': LIMITS.name,
  'space.address.postalCode': 20,
  'space.tags[]': LIMITS.tag,
  'space.amenities[]': 40,
  'space.domains[]': 253,
  'space.hoursExceptions[].note': LIMITS.name,
  'space.dayUse.notes': LIMITS.shortText,
  'space.passes[].pass': LIMITS.id,
  'space.passes[].notes': LIMITS.shortText,
  'pass.id': LIMITS.id,
  'pass.name': LIMITS.name,
  'pass.description': LIMITS.shortText,
  'pass.spaces[]': LIMITS.id,
  'event.id': LIMITS.id,
  'event.title': LIMITS.name,
  'event.description': LIMITS.longText,
  'event.location': LIMITS.shortText,
  'event.imageAlt': LIMITS.shortText,
  'event.space': LIMITS.id,
  'event.tags[]': LIMITS.tag,
};

/** Strings of a fixed format (dates, zones, codes, colours, vocabularies): checked by shape, short anyway. */
const FORMATTED = /^(?:updated|alliance\.(?:locale|timezone|currency|email|colors\.(?:primary|accent)|membership\.kinds\[\])|space\.(?:status|kind|timezone|phone|email|address\.country|(?:dayUse\.)?hours\[\]\.(?:day|opens|closes)|hoursExceptions\[\]\.(?:date|intervals\[\]\.(?:opens|closes))|dayUse\.price\.(?:amount|currency))|pass\.(?:spaces|availability|saleStarts|saleEnds|price\.(?:amount|currency))|event\.(?:start|end|status|timezone|price\.(?:amount|currency)))$/;

/** The cap of every list, by its place in the feed. */
const LIST_CAPS: Record<string, number> = {
  spaces: LIMITS.spaces,
  passes: LIMITS.passes,
  events: LIMITS.events,
  'alliance.values': LIMITS.values,
  'alliance.membership.kinds': LIMITS.kinds,
  'space.domains': LIMITS.domains,
  'space.amenities': LIMITS.amenities,
  'space.tags': LIMITS.tags,
  'space.hours': LIMITS.intervals,
  'space.dayUse.hours': LIMITS.intervals,
  'space.hoursExceptions': LIMITS.exceptions,
  'space.hoursExceptions[].intervals': 4,
  'space.passes': LIMITS.passLinks,
  'pass.spaces': LIMITS.spaces,
  'event.tags': LIMITS.tags,
};

const ITEM_KIND: Record<string, string> = { spaces: 'space', passes: 'pass', events: 'event' };

/** `spaces[3].address.street` → `space.address.street`; `spaces[0].tags[2]` → `space.tags[]`. */
function placeOf(path: Path): string {
  let place = '';
  path.forEach((key, index) => {
    if (typeof key === 'number') place += index === 1 && ITEM_KIND[String(path[0])] ? '' : '[]';
    else if (index === 0 && ITEM_KIND[key] && typeof path[1] === 'number') place = ITEM_KIND[key]!;
    else place += place ? `.${key}` : key;
  });
  return place;
}

function* entries(value: unknown, path: Path = []): Generator<[Path, unknown]> {
  yield [path, value];
  if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* entries(item, [...path, index]);
  else if (typeof value === 'object' && value !== null) for (const key of Object.keys(value)) yield* entries((value as Json)[key], [...path, key]);
}

/** Everything in a parseFeed result that breaks the spec above. */
function outputProblems(input: unknown): string[] {
  let result: ReturnType<typeof parseFeed>;
  try {
    result = parseFeed(input);
  } catch (error) {
    return [`parseFeed threw ${String(error)}`];
  }
  if (!result.feed) return typeof result.error === 'string' && result.error ? [] : ['rejected without an error message'];
  const problems: string[] = [];
  for (const [path, value] of entries(result.feed)) {
    const place = placeOf(path);
    const key = path[path.length - 1];
    if (Array.isArray(value)) {
      const cap = LIST_CAPS[place];
      if (cap === undefined) problems.push(`${place}: a list the spec does not know`);
      else if (value.length > cap) problems.push(`${place}: ${value.length} entries, cap ${cap}`);
    } else if (typeof value === 'string') {
      if (typeof key === 'string' && URL_KEYS.has(key)) {
        if (!value.startsWith('https://')) problems.push(`${place}: ${JSON.stringify(value)} is not https`);
        else if (new URL(value).href !== value || safeUrl(value)?.href !== value) problems.push(`${place}: ${JSON.stringify(value)} is not its own href`);
        if (value.length > MAX_URL_LENGTH) problems.push(`${place}: a URL of ${value.length} characters`);
      } else if (TEXT_CAPS[place] !== undefined) {
        if (value.length > TEXT_CAPS[place]!) problems.push(`${place}: ${value.length} characters, cap ${TEXT_CAPS[place]}`);
      } else if (!FORMATTED.test(place)) {
        problems.push(`${place}: a string field the spec does not know (${JSON.stringify(value.slice(0, 40))})`);
      } else if (value.length > 254) {
        problems.push(`${place}: ${value.length} characters in a formatted field`);
      }
    }
  }
  return problems;
}

// ------------------------------------------------------------------------------------------- arbitraries

/** Every field name the feed format has, for adding fields a generated feed leaves out. */
const FIELD_NAMES = [
  ...URL_KEYS,
  ...new Set(Object.keys(TEXT_CAPS).map((place) => place.replace(/\[\]$/, '').split('.').pop()!)),
  'domains', 'tags', 'amenities', 'values', 'colors', 'primary', 'accent', 'status', 'kind', 'timezone', 'locale',
  'currency', 'price', 'amount', 'amountMinor', 'start', 'end', 'allDay', 'spaces', 'saleStarts', 'saleEnds',
  'availability', 'hours', 'hoursExceptions', 'dayUse', 'passes', 'geo', 'lat', 'lon', 'address', 'email', 'phone',
  'memberSince', 'visits', 'validityDays', 'free', 'membership', '__proto__', 'constructor', 'toString',
];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsOf(child, path)];
  });
}

function objectsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const own = Array.isArray(value) ? [] : [prefix];
  return [...own, ...Object.entries(value).flatMap(([key, child]) => objectsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]))];
}

function parentAt(root: Json, path: Path): Json {
  let parent = root;
  for (const key of path) {
    if (typeof parent !== 'object' || parent === null) return undefined;
    parent = parent[key];
  }
  return typeof parent === 'object' && parent !== null ? parent : undefined;
}

type Edit = { kind: 'replace' | 'remove' | 'add'; pick: number; key: string; value: unknown };

function applyEdits(feed: Json, edits: Edit[]): Json {
  for (const { kind, pick, key, value: shared } of edits) {
    // A copy: fast-check hands out the same object for a constant, and an edit may nest it in itself.
    const edit = { kind, pick, key, value: structuredClone(shared) };
    if (edit.kind === 'add') {
      const objects = objectsOf(feed);
      const target = parentAt(feed, objects[edit.pick % objects.length]!);
      if (target) Object.defineProperty(target, edit.key, { value: edit.value, enumerable: true, writable: true, configurable: true });
      continue;
    }
    const paths = pathsOf(feed);
    if (paths.length === 0) return feed;
    const path = paths[edit.pick % paths.length]!;
    const parent = parentAt(feed, path.slice(0, -1));
    if (!parent) continue;
    if (edit.kind === 'remove') delete parent[path[path.length - 1]!];
    else parent[path[path.length - 1]!] = edit.value;
  }
  return feed;
}

let payloadStrings: string[] = [];

/** Payload-list strings, plus the strings a cap or a URL check could get wrong. */
const hostileString = () =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...payloadStrings) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
    { weight: 1, arbitrary: fc.webUrl().map((url) => url.replace(/^http:/, 'https:')) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 12_000 }).map((length) => 'x'.repeat(length)) },
    { weight: 1, arbitrary: fc.constantFrom(' https://ok.example/ ', 'HTTPS://OK.EXAMPLE/A', 'https://ok.example/%zz', 'https://ok.example/\u0000', 'https://xn--nxasmq6b.example/') },
  );

const hostileValue = () =>
  fc.oneof(
    { weight: 3, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.array(hostileString(), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom(null, true, 0, -1, 1e21, Number.MAX_SAFE_INTEGER, {}, [], { amount: '1e3' }, { amountMinor: -5 }) },
  );

const edits = () =>
  fc.array(
    fc.record({
      kind: fc.constantFrom<Edit['kind']>('replace', 'replace', 'remove', 'add', 'add'),
      pick: fc.nat(),
      key: fc.constantFrom(...FIELD_NAMES),
      value: hostileValue(),
    }),
    { minLength: 1, maxLength: 12 },
  );

/** A generated feed (small, seeded) with random edits. */
const editedFeed = () =>
  fc.tuple(fc.integer({ min: 1, max: 2 ** 31 - 1 }), edits()).map(([seed, list]) =>
    // A copy: the generator's feed shares some lists with the generator itself (its vocabularies).
    applyEdits(structuredClone(generateFeed({ spaces: 3, passes: 2, events: 3, seed, now: '2026-11-28T12:00:00Z' })), list),
  );

// ------------------------------------------------------------------------------------------- properties

describe('hostile feeds: fuzzed', function () {
  this.timeout(180_000);
  hostileHooks('fuzz');

  before(async () => {
    payloadStrings = await payloads('blns', 'dompurify', 'owasp-xss', 'open-redirect', 'urls', 'unicode');
  });

  it('the spec can fail: it sees a long name, an http URL, an unknown field and a thrown error', () => {
    expect(outputProblems({ get version() { throw new Error('boom'); } })).to.deep.equal(['parseFeed threw Error: boom']);
    const generated = generateFeed({ spaces: 1, passes: 1, events: 1, seed: 1 });
    expect(outputProblems(generated)).to.deep.equal([]);
    expect(placeOf(['spaces', 0, 'address', 'street'])).to.equal('space.address.street');
    expect(placeOf(['spaces', 2, 'hoursExceptions', 1, 'intervals', 0, 'opens'])).to.equal('space.hoursExceptions[].intervals[].opens');
    expect(placeOf(['alliance', 'values', 3])).to.equal('alliance.values[]');
  });

  it(`parseFeed, arbitrary JSON (${numRuns} runs): never throws, rejects with a message or passes the spec`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('version', 'updated', 'alliance', 'spaces', 'passes', 'events', '__proto__'), fc.jsonValue())), (input) => {
        const problems = outputProblems(input);
        count('14 fuzz: parseFeed', problems.length > 0, ['never throws', 'https URLs', 'caps']);
        expect(problems).to.deep.equal([]);
      }),
      { numRuns },
    );
  });

  it(`parseFeed, generated feeds with hostile edits (${numRuns} runs): never throws; https URLs, each its own href; every string and list within its cap`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(editedFeed(), (feed) => {
        const problems = outputProblems(feed);
        if (parseFeed(feed).feed) accepted++;
        count('14 fuzz: parseFeed', problems.length > 0, ['never throws', 'https URLs', 'caps']);
        expect(problems).to.deep.equal([]);
      }),
      { numRuns },
    );
    // Most edits leave a feed to show: the properties were checked on real output, not on rejections.
    expect(accepted, 'feeds that still validated').to.be.greaterThan(numRuns / 3);
  });

  it(`rendering, generated feeds with hostile edits (${renderRuns} runs, every element): every harness invariant holds`, async () => {
    let shown = 0;
    await fc.assert(
      fc.asyncProperty(editedFeed(), async (feed) => {
        const text = JSON.stringify(feed);
        const parsed = parseFeed(JSON.parse(text)).feed;
        if (!parsed) return; // refused feeds are the transport and shape groups' business
        const mount = { badgeSpaces: parsed.spaces.slice(0, 2).map((space) => space.id), passCards: parsed.passes.slice(0, 1).map((pass) => pass.id) };
        const result = await runFeedCase('fuzz', { route: json(text), served: JSON.parse(text), mount });
        expectClean('15 fuzz: rendering', result, 'fuzzed feed');
        const firstSpace = parsed.spaces[0]?.name;
        if (firstSpace && result.walks.some((walk) => walk.text.includes(firstSpace))) shown++;
      }),
      { numRuns: renderRuns },
    );
    expect(shown, 'runs whose elements showed the feed').to.be.greaterThan(renderRuns / 3);
  });
});
