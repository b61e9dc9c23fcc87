/**
 * Turns untrusted JSON into a clean {@link Feed} plus a list of what was wrong with it.
 *
 * The rules: only a broken top level rejects the feed; one bad item is left out and reported with its JSON
 * path; one bad optional field is left out of its item and reported; duplicate ids keep the first. Nothing
 * here throws, and the result holds only objects this module built (no prototype keys from the input).
 */
import type * as z from 'zod/mini';
import { FEED_VERSION, LIMITS } from './limits.js';
import {
  AllianceSchema,
  DEFAULTS,
  EventSchema,
  FeedShellSchema,
  PassSchema,
  SPACE_KINDS,
  SpaceSchema,
  type Alliance,
  type AllianceEvent,
  type EventStatus,
  type Feed,
  type Money,
  type MoneyInput,
  type Pass,
  type Space,
} from './schema.js';

export interface FeedIssue {
  /** Where in the feed, as a JSON path: `spaces[3].dayUse.price`. */
  path: string;
  /** Plain-language reason, e.g. `is not a price; write it like "12.50"`. */
  message: string;
  /** `error`: something was left out. `warning`: kept, but probably not what the author meant. */
  severity: 'error' | 'warning';
  /** A short preview of the offending value, when there is one. */
  value?: string;
}

export type ParseResult =
  | { feed: Feed; issues: FeedIssue[]; error?: undefined }
  | { feed: null; issues: FeedIssue[]; error: string };

/** Validates a whole feed in one go. For large feeds in a page, prefer {@link parseFeedAsync}. */
export function parseFeed(input: unknown): ParseResult {
  const steps = parseSteps(input);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

export interface ParseAsyncOptions {
  /** How long one slice of validation may run before yielding to the page (ms). */
  sliceMs?: number;
  signal?: AbortSignal;
}

/**
 * Validates like {@link parseFeed}, but in slices that yield to the main thread between them, so a feed with
 * 10,000 spaces never blocks the host page for longer than a slice.
 */
export async function parseFeedAsync(input: unknown, options: ParseAsyncOptions = {}): Promise<ParseResult> {
  const sliceMs = options.sliceMs ?? 8;
  const steps = parseSteps(input);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToMain();
      options.signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}

function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// ------------------------------------------------------------------------------------------- the walk

class IssueList {
  readonly items: FeedIssue[] = [];
  private overflow = 0;

  add(path: string, message: string, severity: FeedIssue['severity'] = 'error', value?: unknown) {
    if (this.items.length >= LIMITS.issues) {
      this.overflow++;
      return;
    }
    const preview = previewValue(value);
    this.items.push(preview === undefined ? { path, message, severity } : { path, message, severity, value: preview });
  }

  finish(): FeedIssue[] {
    if (this.overflow > 0) {
      this.items.push({ path: '', message: `and ${this.overflow} more issues`, severity: 'warning' });
      this.overflow = 0;
    }
    return this.items;
  }
}

function* parseSteps(input: unknown): Generator<void, ParseResult> {
  const issues = new IssueList();
  const reject = (error: string): ParseResult => ({ feed: null, issues: issues.finish(), error });

  if (!isPlainObject(input)) {
    return reject(`The feed must be a JSON object ({ … }), but it is ${describeJsonType(input)}.`);
  }
  const version = ownValue(input, 'version');
  if (typeof version === 'number' && Number.isInteger(version) && version > FEED_VERSION) {
    return reject(
      `This feed uses format version ${version}, but this copy of alliance-kit reads version ${FEED_VERSION}. ` +
        'Update alliance-kit to show it.',
    );
  }
  if (version !== FEED_VERSION) {
    issues.add('version', `must be ${FEED_VERSION}`, 'error', version);
    return reject(`The feed has no valid "version" (expected ${FEED_VERSION}).`);
  }

  const alliance = parseItem(AllianceSchema, ownValue(input, 'alliance'), 'alliance', issues, 'feed');
  // The shell sees each list empty when it is one: z.array(z.unknown()) would visit all 100,000 items of a
  // hostile list in one go, blocking the page before the first slice. The items are validated one by one below.
  const lists = pick(input, ['spaces', 'passes', 'events']);
  const listOf = (name: string): unknown[] => (Array.isArray(lists[name]) ? (lists[name] as unknown[]) : []);
  const shellLists = Object.fromEntries(Object.entries(lists).map(([name, value]) => [name, Array.isArray(value) ? [] : value]));
  const shellInput = Object.assign(Object.create(null) as Record<string, unknown>, pick(input, ['updated']), shellLists, {
    version,
    alliance: alliance ?? {},
  });
  const shell = FeedShellSchema.safeParse(shellInput);
  if (!shell.success || !alliance) {
    if (!shell.success) {
      for (const issue of shell.error.issues) {
        if (issue.path[0] === 'alliance') continue; // already reported by parseItem
        issues.add(formatPath(issue.path), describeIssue(issue, valueAt(input, issue.path)), 'error', valueAt(input, issue.path));
      }
    }
    return reject('The feed is missing required top-level information; see the issues for what to fix.');
  }

  const cleanAlliance = alliance as Alliance;
  const spaces = new KeptItems<Space>(issues);
  for (const { item, path } of capped(listOf('spaces'), 'spaces', LIMITS.spaces, issues)) {
    const space = parseItem(SpaceSchema, item, path, issues, 'space');
    if (space) spaces.keep(finishSpace(space, item, cleanAlliance, path, issues), path);
    yield;
  }
  const passes = new KeptItems<Pass>(issues);
  for (const { item, path } of capped(listOf('passes'), 'passes', LIMITS.passes, issues)) {
    const pass = parseItem(PassSchema, item, path, issues, 'pass', PASS_CRITICAL_KEYS);
    if (pass) passes.keep(finishPass(pass, item, cleanAlliance, path, issues), path);
    yield;
  }
  const spaceZones = new Map(spaces.items.map((space) => [space.id, space.timezone]));
  const events = new KeptItems<AllianceEvent>(issues);
  for (const { item, path } of capped(listOf('events'), 'events', LIMITS.events, issues)) {
    const event = parseItem(EventSchema, item, path, issues, 'event', EVENT_CRITICAL_KEYS);
    if (event) events.keep(finishEvent(event, cleanAlliance, spaceZones, path, issues), path);
    yield;
  }

  const passIds = new Set(passes.items.map((pass) => pass.id));
  spaces.items.forEach((space, index) => {
    space.passes?.forEach((link, linkIndex) => {
      if (!passIds.has(link.pass)) {
        issues.add(`${spaces.paths[index]}.passes[${linkIndex}].pass`, 'names a pass that is not in the feed', 'warning', link.pass);
      }
    });
  });

  const feed: Feed = Object.assign(Object.create(FEED_OBJECT_PROTOTYPE) as object, {
    version: FEED_VERSION,
    updated: shell.data.updated,
    alliance: cleanAlliance,
    spaces: spaces.items,
    passes: passes.items,
    events: events.items,
  } satisfies Feed);
  return { feed, issues: issues.finish() };
}

/** The valid items of one array, first of each id kept; later duplicates are reported at their own path. */
class KeptItems<T extends { id: string }> {
  readonly items: T[] = [];
  /** The JSON path each kept item had in the feed (`spaces[4]`), for later issues about it. */
  readonly paths: string[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly issues: IssueList) {}

  keep(item: T, path: string): void {
    if (this.seen.has(item.id)) {
      this.issues.add(`${path}.id`, `repeats the id "${item.id}"; only the first one is used`, 'error', item.id);
      return;
    }
    this.seen.add(item.id);
    this.items.push(ownOnly(item));
    this.paths.push(path);
  }
}

/**
 * Pass fields that narrow who may buy or use a pass: leaving a bad one out would widen the pass (valid at
 * every space, on sale forever), so a bad value leaves the whole pass out instead.
 */
const PASS_CRITICAL_KEYS: ReadonlySet<string> = new Set(['spaces', 'saleStarts', 'saleEnds']);

/** An event whose status cannot be read might be cancelled: leave it out rather than show it as on. */
const EVENT_CRITICAL_KEYS: ReadonlySet<string> = new Set(['status']);

/** The items of one array after applying its cap (reported when it bites). */
function* capped(items: unknown[], name: string, cap: number, issues: IssueList): Generator<{ item: unknown; path: string }> {
  if (items.length > cap) {
    issues.add(name, `has ${items.length} entries; only the first ${cap} are used`, 'error');
  }
  // One at a time (not a sliced copy): the caller yields to the page between items.
  const end = Math.min(items.length, cap);
  for (let index = 0; index < end; index++) yield { item: items[index], path: `${name}[${index}]` };
}

type Labelled = 'feed' | 'space' | 'pass' | 'event';

/**
 * Parses one item. A failure confined to optional fields leaves those fields out (reported) and keeps the
 * item; any other failure leaves the whole item out (reported).
 */
function parseItem<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  path: string,
  issues: IssueList,
  label: Labelled,
  critical: ReadonlySet<string> = new Set(),
): z.output<S> | null {
  if (!isPlainObject(value)) {
    const what = label === 'feed' ? 'alliance' : label;
    issues.add(path, `must be an object describing the ${what}; this ${what} was left out`, 'error', value);
    return null;
  }
  let candidate = (prototypeHasExtras() ? ownDataView(value, SCHEMA_DEPTH) : value) as Record<string, unknown>;
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = schema.safeParse(candidate);
    if (result.success) return ownOnly(result.data);
    const optional = optionalKeys(schema);
    const failing = new Set(result.error.issues.map((issue) => issue.path[0]));
    const salvageable =
      attempt === 0 && [...failing].every((key) => typeof key === 'string' && optional.has(key) && !critical.has(key));
    for (const issue of result.error.issues) {
      const fieldValue = valueAt(candidate, issue.path);
      const consequence = salvageable
        ? `"${String(issue.path[0])}" was left out`
        : label === 'feed'
          ? 'the feed cannot be shown without it'
          : `this ${label} was left out`;
      issues.add(joinPath(path, issue.path), `${describeIssue(issue, fieldValue)}; ${consequence}`, 'error', fieldValue);
    }
    if (!salvageable) return null;
    // Without a prototype: a left-out key must read as missing, not as whatever Object.prototype may hold.
    candidate = Object.assign(Object.create(null) as Record<string, unknown>, candidate);
    for (const key of failing) delete candidate[key as string];
  }
  return null;
}

const optionalKeyCache = new WeakMap<object, Set<string>>();
function optionalKeys(schema: z.ZodMiniType): Set<string> {
  let keys = optionalKeyCache.get(schema);
  if (!keys) {
    const shape = (schema as unknown as { shape?: Record<string, z.ZodMiniType> }).shape ?? {};
    keys = new Set(Object.keys(shape).filter((key) => shape[key]._zod.optin === 'optional'));
    optionalKeyCache.set(schema, keys);
  }
  return keys;
}

// ---------------------------------------------------------------------------------- defaults and checks

function finishMoney(money: MoneyInput, alliance: Alliance, path: string, issues: IssueList): Money {
  const currency = money.currency ?? alliance.currency;
  if ('amount' in money) {
    const decimals = money.amount.split('.')[1]?.length ?? 0;
    if (decimals > currencyDigits(currency)) {
      const allowed = currencyDigits(currency);
      issues.add(`${path}.amount`, `has more decimals than ${currency} uses (${allowed}); it is shown rounded`, 'warning', money.amount);
    }
    return { amount: money.amount, currency };
  }
  const digits = currencyDigits(currency);
  const minor = String(money.amountMinor).padStart(digits + 1, '0');
  const amount = digits === 0 ? minor : `${minor.slice(0, -digits)}.${minor.slice(-digits)}`;
  return { amount, currency };
}

const digitsByCurrency = new Map<string, number>();
function currencyDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/**
 * Vocabulary fields read an unknown value (from a typo, or a newer feed) as a safe fallback: an unknown
 * status as lapsed, so a typo never claims membership; an unknown kind as "other". Say so.
 */
function noteFallback(raw: unknown, key: string, allowed: readonly string[], used: string, path: string, issues: IssueList) {
  const value = isPlainObject(raw) ? ownValue(raw, key) : undefined;
  if (value !== undefined && !allowed.includes(value as string)) {
    const choices = allowed.map((choice) => `"${choice}"`).join(', ');
    issues.add(`${path}.${key}`, `is not one of ${choices}; it is read as "${used}"`, 'warning', value);
  }
}

function finishSpace(space: z.output<typeof SpaceSchema>, raw: unknown, alliance: Alliance, path: string, issues: IssueList): Space {
  const { dayUse, ...rest } = space;
  const status = space.status ?? DEFAULTS.spaceStatus;
  const kind = space.kind ?? DEFAULTS.spaceKind;
  noteFallback(raw, 'status', ['active', 'lapsed'], status, path, issues);
  noteFallback(raw, 'kind', SPACE_KINDS, kind, path, issues);
  return {
    ...rest,
    status,
    kind,
    timezone: space.timezone ?? alliance.timezone,
    ...(dayUse ? { dayUse: { ...dayUse, price: dayUse.price && finishMoney(dayUse.price, alliance, `${path}.dayUse.price`, issues) } } : {}),
  };
}

function finishPass(pass: z.output<typeof PassSchema>, raw: unknown, alliance: Alliance, path: string, issues: IssueList): Pass {
  const availability = pass.availability ?? DEFAULTS.passAvailability;
  noteFallback(raw, 'availability', ['on-sale', 'sold-out'], availability, path, issues);
  return {
    ...pass,
    price: finishMoney(pass.price, alliance, `${path}.price`, issues),
    spaces: pass.spaces ?? DEFAULTS.passSpaces,
    availability,
  };
}

function finishEvent(
  event: z.output<typeof EventSchema>,
  alliance: Alliance,
  spaceZones: Map<string, string>,
  path: string,
  issues: IssueList,
): AllianceEvent {
  if (event.space && !spaceZones.has(event.space)) {
    issues.add(`${path}.space`, 'names a space that is not in the feed', 'warning', event.space);
  }
  const status = (event.status as EventStatus | undefined) ?? DEFAULTS.eventStatus;
  return {
    ...event,
    price: event.price && finishMoney(event.price, alliance, `${path}.price`, issues),
    status,
    allDay: event.allDay ?? DEFAULTS.allDay,
    timezone: event.timezone ?? (event.space && spaceZones.get(event.space)) ?? alliance.timezone,
  };
}

// ------------------------------------------------------------------------------------------- messages

type ZodIssue = z.core.$ZodIssue;

/** Turns a zod issue into a plain-language reason (zod/mini ships no message locale, on purpose). */
export function describeIssue(issue: ZodIssue, value: unknown): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'is required' : `must be ${withArticle(issue.expected)}, not ${describeJsonType(value)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is longer than ${issue.maximum} characters`
        : issue.origin === 'array'
          ? `has more than ${issue.maximum} entries`
          : `must be at most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'must not be empty'
        : issue.origin === 'array'
          ? `needs at least ${issue.minimum} entries`
          : `must be at least ${issue.minimum}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return describeUnion(issue, value);
    default:
      return 'is not valid here';
  }
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion, value: unknown): string {
  // Money is the only union of objects; `spaces` on a pass is "all" or a list.
  if (issue.path.at(-1) === 'spaces' || Array.isArray(value) || value === 'all') {
    return 'must be "all" or a list of space ids';
  }
  const priceHint = 'is not a price; write it like { "amount": "12.50" } or { "amountMinor": 1250 }';
  if (!isPlainObject(value)) return priceHint;
  const hasAmount = 'amount' in value;
  const hasMinor = 'amountMinor' in value;
  if (hasAmount && hasMinor) return 'a price takes "amount" or "amountMinor", not both';
  const branch = issue.errors[hasMinor ? 1 : 0] ?? [];
  const nested = branch.find((inner) => inner.message && inner.message !== 'Invalid input');
  if (nested) return nested.message;
  if (hasAmount) return 'is not a price; write the amount as text, like "12.50"';
  if (hasMinor) return 'is not a price; "amountMinor" is a whole number of cents, like 1250';
  return priceHint;
}

function withArticle(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object ({ … })',
    array: 'a list ([ … ])',
  };
  return names[expected] ?? expected;
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return String(value);
  if (value === undefined) return 'missing';
  return 'an object';
}

function previewValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    // A value nested thousands deep overflows the stack in JSON.stringify and in String() alike: name its
    // type instead, so a hostile feed can never make the parser throw.
    text = describeJsonType(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

// ------------------------------------------------------------------------------------------- paths

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

function joinPath(base: string, path: readonly PropertyKey[]): string {
  const rest = formatPath(path);
  if (!rest) return base;
  return rest.startsWith('[') ? `${base}${rest}` : `${base}.${rest}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isPlainObject(current) && typeof key === 'string') current = ownValue(current, key);
    else return undefined;
  }
  return current;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads only own properties, so `toString` or `__proto__` in the input never reach the prototype chain. */
function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function pick(object: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = ownValue(object, key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

// ------------------------------------------------------------------------------------------- own data only

/*
 * A host page may have polluted Object.prototype (`Object.prototype.logo = "https://…"`, through a merge bug)
 * before the kit loaded. zod reads `input[key]` and checks `key in input`, and the elements read optional
 * fields straight off the parsed objects: both would find the page's inherited value in an item that lacks
 * the field. So validation sees only the input's own data, and every parsed item is rebuilt on a prototype
 * that does not lead to Object.prototype, where a field the feed left out reads as `undefined` whatever the
 * page did.
 */

/** Object.prototype's own names in every browser; any other name on it came from a script on the page. */
const STANDARD_OBJECT_KEYS: ReadonlySet<string> = new Set([
  'constructor', '__defineGetter__', '__defineSetter__', 'hasOwnProperty', '__lookupGetter__', '__lookupSetter__',
  'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'valueOf', '__proto__', 'toLocaleString',
]);

function prototypeHasExtras(): boolean {
  return Object.getOwnPropertyNames(Object.prototype).some((name) => !STANDARD_OBJECT_KEYS.has(name));
}

/** Deeper than any feed schema reads into an item (`spaces[0].dayUse.price.amount`). */
const SCHEMA_DEPTH = 5;

/**
 * `value`'s own data, as objects without a prototype, `depth` levels down; below that the values are left as
 * they are (no schema looks inside them, and a value nested thousands deep must not overflow the stack).
 */
function ownDataView(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || depth <= 0) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => ownDataView(item, depth - 1));
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = ownDataView((value as Record<string, unknown>)[key], depth - 1);
  return copy;
}

/**
 * The prototype of every object in a parsed feed: Object.prototype's own methods, so a feed object still
 * prints, compares and answers hasOwnProperty like any object, but not Object.prototype itself, so what a
 * page adds there never shows through. Frozen.
 */
const FEED_OBJECT_PROTOTYPE: object = Object.freeze(
  Object.create(
    null,
    Object.fromEntries(
      ['constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable'].map((key) => [
        key,
        { value: (Object.prototype as unknown as Record<string, unknown>)[key] },
      ]),
    ),
  ) as object,
);

/** A parsed value rebuilt on {@link FEED_OBJECT_PROTOTYPE} (parsed values are only as deep as the schema). */
function ownOnly<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(ownOnly) as T;
  const copy = Object.create(FEED_OBJECT_PROTOTYPE) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = ownOnly((value as Record<string, unknown>)[key]);
  return copy as T;
}
