/**
 * The hostile-feed harness: mounts every kit element against one feed and checks, after each case, the
 * invariants a host page relies on:
 *
 *   script     no payload ran: a canary (`__pwned()`, and alert/confirm/prompt/print) never fired
 *   errors     no `error` or `unhandledrejection` reached the window
 *   csp        no `securitypolicyviolation`
 *   prototype  Object.prototype (and the other built-ins) unchanged: @fast-check/poisoning, plus own checks
 *   host-dom   nothing outside the kit elements changed (MutationObserver on document.body); inside, only
 *              the kit's own JSON-LD scripts and the host element's brand-colour style
 *   network    no request but the feed's declared images (resource timing, and fetch / XHR / beacon /
 *              window.open patched); clicking every rendered link navigates nowhere but https
 *   markup     every shadow root holds only allowlisted tags, no `on*` attribute, no style attribute, and
 *              only https links and images that equal their own safeUrl href
 *
 * Import this module first in a test file: it loads the kit before @fast-check/poisoning takes its snapshot
 * of the globals, so the kit's own registrations are part of the baseline.
 */
import '../../src/define.js';
import { assertNoPoisoning } from '@fast-check/poisoning';
import { expect } from '@open-wc/testing';
import { loaderDefaults } from '../../src/feed/loader.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/schema.js';
import { safeUrl } from '../../src/shared/safe-url.js';
import { feedUrlFor, json, pinClock, resetFeedTestState, routes, until, type RouteTable } from '../helpers/feed.js';

// ------------------------------------------------------------------------------------------- canary

const scriptRuns: string[] = [];
const errors: string[] = [];
const violations: string[] = [];
const outboundCalls: string[] = [];
const navigations: string[] = [];

declare global {
  interface Window {
    __pwned: (...args: unknown[]) => void;
  }
}

window.__pwned = (...args) => void scriptRuns.push(`__pwned(${args.map(String).join(', ')})`);
for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
  (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    scriptRuns.push(`${name}(${args.map(String).join(', ')})`);
    return null;
  };
}

addEventListener(
  'error',
  (event) => {
    // Only script errors: an <img> failing to load also dispatches `error`, and that is expected here.
    if (event instanceof ErrorEvent) errors.push(`error: ${event.message}`);
  },
  true,
);
addEventListener('unhandledrejection', (event) => errors.push(`unhandledrejection: ${String(event.reason)}`));
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
);

// Requests the kit might make by itself, outside the feed seam.
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  outboundCalls.push(`fetch ${input instanceof Request ? input.url : String(input)}`);
  return realFetch(input, init);
};
const realOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
  outboundCalls.push(`xhr ${String(args[1])}`);
  return (realOpen as (...a: unknown[]) => void).apply(this, args);
};
navigator.sendBeacon = (url: string | URL) => {
  outboundCalls.push(`beacon ${String(url)}`);
  return true;
};
window.open = (url?: string | URL) => {
  navigations.push(`window.open ${String(url)}`);
  return null;
};

/** The test framework's own requests go through the unpatched fetch. */
export { realFetch };

// Every click on a link is looked at here, before the kit's handlers: an https (or mailto/tel/webcal) link
// would navigate the test page away, so it is stopped and recorded; anything else is let through, so a
// `javascript:` URL really runs and trips the canary.
const linkClicks: string[] = [];
addEventListener(
  'click',
  (event) => {
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || !anchor.hasAttribute('href')) return;
    linkClicks.push(anchor.href);
    let protocol = '';
    try {
      protocol = new URL(anchor.href).protocol;
    } catch {
      // not a URL at all: leave it to the browser, which will not navigate
    }
    if (protocol === 'javascript:') return;
    if (!['https:', 'mailto:', 'tel:', 'webcal:'].includes(protocol)) navigations.push(`link ${anchor.href}`);
    event.preventDefault();
  },
  true,
);

// ------------------------------------------------------------------------------------------- prototype

/** Roots @fast-check/poisoning watches: the JavaScript built-ins and the DOM classes the kit touches. */
const WATCHED_ROOTS = [
  'Object', 'Array', 'Function', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'JSON', 'Math', 'Reflect',
  'Promise', 'Map', 'Set', 'WeakMap', 'WeakSet', 'RegExp', 'Date', 'Error', 'TypeError', 'RangeError', 'Intl',
  'URL', 'URLSearchParams', 'Proxy', 'TextDecoder', 'TextEncoder', 'Response', 'Headers', 'Element',
  'HTMLElement', 'Node', 'EventTarget', 'ShadowRoot', 'Storage', 'AbortSignal', 'CustomEvent',
];
const IGNORED_ROOTS = new RegExp(`^(?!(?:${WATCHED_ROOTS.join('|')})$)`);
const objectPrototypeKeys = Reflect.ownKeys(Object.prototype).map(String).sort().join(',');

export function checkPrototypes(): string[] {
  const problems: string[] = [];
  try {
    assertNoPoisoning({ ignoredRootRegex: IGNORED_ROOTS });
  } catch (error) {
    problems.push(`poisoned: ${(error as Error).message.slice(0, 500)}`);
  }
  const keys = Reflect.ownKeys(Object.prototype).map(String).sort().join(',');
  if (keys !== objectPrototypeKeys) problems.push(`Object.prototype keys changed: ${keys}`);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'href', 'src', 'toString']) {
    if (key !== 'toString' && probe[key] !== undefined) problems.push(`({}).${key} is ${String(probe[key])}`);
  }
  if (probe.toString !== Object.prototype.toString || Object.prototype.toString.call([]) !== '[object Array]') {
    problems.push('Object.prototype.toString was replaced');
  }
  return problems;
}

// ------------------------------------------------------------------------------------------- the feed

export const FEED_NOW = '2026-11-28T12:00:00Z';

/** A complete, valid feed with every field the elements render, images on the feed's own host. */
export function baseFeed(host: string): any {
  const img = (name: string) => `https://${host}/img/${name}.png`;
  const space = (index: number) => ({
    id: `space-${index}`,
    name: `Space ${index}`,
    url: `https://space-${index}.member.example/`,
    domains: [`space-${index}.member.example`],
    kind: 'coworking',
    memberSince: 2020,
    logo: img(`logo-${index}`),
    photo: img(`photo-${index}`),
    photoAlt: `Photo of space ${index}`,
    description: `Description of space ${index}`,
    address: { street: `${index} Main St`, locality: 'Springfield', region: 'Region', postalCode: '12345', country: 'US' },
    geo: { lat: 45 + index / 100, lon: -75 - index / 100 },
    neighbourhood: 'Downtown',
    timezone: 'America/Toronto',
    phone: '+1 555 0100',
    email: `hello@space-${index}.member.example`,
    amenities: ['wifi', 'coffee', 'custom-amenity'],
    tags: ['quiet', 'friendly'],
    hours: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => ({ day, opens: '08:00', closes: '18:00' })),
    hoursExceptions: [{ date: '2026-12-25', note: 'Closed for the holiday' }],
    dayUse: {
      accepted: true,
      price: { amount: '25.00' },
      bookingRequired: true,
      bookingUrl: `https://space-${index}.member.example/book`,
      maxConsecutiveDays: 3,
      notes: 'Bring your member card',
    },
    passes: [{ pass: 'pass-0', honoured: true, notes: 'Weekdays only' }],
  });
  const pass = (index: number) => ({
    id: `pass-${index}`,
    name: `Pass ${index}`,
    description: `Description of pass ${index}`,
    price: { amount: '99.00' },
    visits: 10,
    validityDays: 90,
    spaces: 'all',
    checkoutUrl: `https://${host}/checkout/pass-${index}`,
    termsUrl: `https://${host}/terms`,
    availability: 'on-sale',
  });
  const event = (index: number) => ({
    id: `event-${index}`,
    title: `Event ${index}`,
    description: `Description of event ${index}`,
    start: `2026-12-${String(1 + (index % 27)).padStart(2, '0')}T18:00:00-05:00`,
    end: `2026-12-${String(1 + (index % 27)).padStart(2, '0')}T20:00:00-05:00`,
    timezone: 'America/Toronto',
    space: 'space-0',
    location: 'Main hall',
    onlineUrl: `https://${host}/live/${index}`,
    registrationUrl: `https://${host}/register/${index}`,
    image: img(`event-${index}`),
    imageAlt: `Poster of event ${index}`,
    tags: ['workshop'],
    price: { amount: '10.00' },
  });
  return {
    version: 1,
    updated: '2026-11-27T12:00:00Z',
    alliance: {
      id: 'hostile-alliance',
      name: 'Hostile Test Alliance',
      url: `https://${host}/`,
      logo: img('alliance-logo'),
      logoAlt: 'Alliance logo',
      tagline: 'A tagline',
      description: 'A description',
      values: ['Openness', 'Community'],
      membership: { criteria: 'Be nice', kinds: ['coworking'], applyUrl: `https://${host}/apply` },
      region: 'Region',
      locale: 'en-CA',
      timezone: 'America/Toronto',
      currency: 'CAD',
      colors: { primary: '#1d4ed8', accent: '#f59e0b' },
      email: `hello@${host}`,
      eventsUrl: `https://${host}/events`,
      calendarUrl: `https://${host}/events.ics`,
    },
    spaces: [space(0), space(1), space(2)],
    passes: [pass(0), pass(1)],
    events: [event(0), event(1), event(2)],
    // Used by makeFeed: builds more items of each kind.
    ...{},
    __builders: { space, pass, event },
  };
}

/** `baseFeed` without the builders, ready to serve. */
export function serveable(feed: any): any {
  const { __builders: _builders, ...rest } = feed;
  return rest;
}

export const builders = (host: string) =>
  baseFeed(host).__builders as { space: (i: number) => any; pass: (i: number) => any; event: (i: number) => any };

/** Every https image URL the validated feed declares: the only hosts the page may load images from. */
export function declaredImages(feed: Feed | null): Set<string> {
  const urls = new Set<string>();
  if (!feed) return urls;
  const add = (value: string | undefined) => {
    const href = safeUrl(value)?.href;
    if (href) urls.add(href);
  };
  add(feed.alliance.logo);
  for (const space of feed.spaces) {
    add(space.logo);
    add(space.photo);
  }
  for (const event of feed.events) add(event.image);
  return urls;
}

// ------------------------------------------------------------------------------------------- mounting

export type KitTag = 'alliance-badge' | 'alliance-directory' | 'alliance-events' | 'alliance-pass-button';
export const KIT_TAGS: readonly KitTag[] = ['alliance-badge', 'alliance-directory', 'alliance-events', 'alliance-pass-button'];

export interface MountOptions {
  /** Space ids to mount a badge for (default: the first two spaces of the served feed, or `space-0`). */
  badgeSpaces?: string[];
  /** Pass ids to mount a card for, besides the chooser (default: the first pass). */
  passCards?: string[];
  /** Directory and events as embedders usually paste them (first page only), not showing every item. */
  defaultPaging?: boolean;
}

export interface Mounted {
  container: HTMLElement;
  elements: HTMLElement[];
  feedUrl: string;
}

/** Mounts every kit element against `feedUrl`, each with light-DOM fallback content, in a fresh container. */
export function mountAll(feedUrl: string, options: MountOptions = {}, container = fixtureContainer()): Mounted {
  const add = (tag: string, attributes: Record<string, string>) => {
    const element = document.createElement(tag);
    element.setAttribute('feed', feedUrl);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    const fallback = document.createElement('a');
    fallback.href = 'https://fallback.example/';
    fallback.textContent = `Fallback for ${tag}`;
    element.append(fallback);
    container.append(element);
    return element;
  };
  for (const space of options.badgeSpaces ?? ['space-0', 'space-1']) add('alliance-badge', { space });
  const everything = !options.defaultPaging;
  add('alliance-directory', everything ? { 'page-size': '1000', 'structured-data': '', layout: 'list' } : {});
  add('alliance-events', everything ? { limit: '1000', 'show-past': '', 'structured-data': '' } : {});
  add('alliance-pass-button', {});
  for (const pass of options.passCards ?? ['pass-0']) add('alliance-pass-button', { pass, variant: 'card' });
  if (!container.isConnected) document.body.append(container);
  return { container, elements: [...container.children] as HTMLElement[], feedUrl };
}

/** The box a case mounts its elements in (mutations inside it are judged by the host-DOM rule). */
export function fixtureContainer(): HTMLElement {
  const container = document.createElement('div');
  container.className = 'hostile-fixture';
  return container;
}

export interface FeedStateLike {
  status: string;
  stale: boolean;
  error: { code: string } | null;
}
type KitElement = HTMLElement & { updateComplete: Promise<boolean>; feedState: FeedStateLike };

/** Waits until every element has left the loading state and finished rendering. */
export async function settle(elements: HTMLElement[], timeout = 8000, done: (state: FeedStateLike) => boolean = (state) => state.status !== 'loading'): Promise<void> {
  const kit = elements as KitElement[];
  await until(() => kit.every((element) => !!element.feedState && done(element.feedState)), timeout, 'every element to settle');
  for (let round = 0; round < 2; round++) {
    await Promise.all(kit.map((element) => element.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
}

/** What each element shows: `content` (the feed), `stale` (a stored copy, with the notice), or `error`. */
export function shownState(element: HTMLElement): 'content' | 'stale' | 'error' | 'loading' {
  const root = element.shadowRoot;
  if (!root) return 'loading';
  if (root.querySelector('[part~="stale"]')) return 'stale';
  if (root.querySelector('[part~="error"]')) return 'error';
  if (root.querySelector('.loading')) return 'loading';
  return 'content';
}

/** Opens what the kit hides behind its own buttons (badge details, filters, "What's included"), then closes dialogs. */
export async function exercise(elements: HTMLElement[]): Promise<void> {
  for (const element of elements as KitElement[]) {
    const root = element.shadowRoot;
    if (!root) continue;
    for (const button of root.querySelectorAll<HTMLButtonElement>('[part~="toggle"], [part~="details-button"], [part~="filters-toggle"], .filters-toggle')) {
      button.click();
      await element.updateComplete;
    }
    for (const dialog of root.querySelectorAll('dialog')) {
      if (dialog.open) {
        await walkShadow(element);
        dialog.close();
        await element.updateComplete;
      }
    }
  }
}

/** Clicks every rendered link (the click guard above stops real navigation). */
export function clickEveryLink(elements: HTMLElement[]): number {
  let clicked = 0;
  for (const element of elements) {
    for (const root of shadowRoots(element)) {
      for (const anchor of root.querySelectorAll('a')) {
        anchor.click();
        clicked++;
      }
    }
  }
  return clicked;
}

function* shadowRoots(element: Element): Generator<ShadowRoot> {
  if (element.shadowRoot) {
    yield element.shadowRoot;
    for (const inner of element.shadowRoot.querySelectorAll('*')) yield* shadowRoots(inner);
  }
}

// ------------------------------------------------------------------------------------------- markup rules

/** Every tag a kit element's shadow DOM may contain. */
export const ALLOWED_TAGS = new Set([
  'a', 'article', 'aside', 'bdi', 'br', 'button', 'circle', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'footer', 'form', 'g', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'img', 'input', 'label', 'legend', 'li',
  'line', 'nav', 'ol', 'option', 'output', 'p', 'path', 'polyline', 'rect', 'section', 'select', 'slot', 'small',
  'span', 'strong', 'style', 'summary', 'svg', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'tr', 'ul', 'em',
  'abbr', 'b', 'i', 'mark', 'meter', 'progress', 'search', 'textarea', 'ellipse', 'polygon', 'defs', 'title',
]);

const LINK_SCHEMES = new Set(['https:', 'mailto:', 'tel:', 'webcal:']);
const HOST_STYLE = /^(?:\s*--_feed-[a-z-]+:\s*#[0-9a-f]{6};)*\s*$/;

export interface WalkResult {
  problems: string[];
  links: string[];
  images: string[];
  text: string;
}

/** Checks the markup rules over an element's shadow roots (and its own host attributes). */
export async function walkShadow(element: HTMLElement): Promise<WalkResult> {
  const result: WalkResult = { problems: [], links: [], images: [], text: '' };
  const style = element.getAttribute('style');
  if (style !== null && !HOST_STYLE.test(style)) result.problems.push(`host style "${style}"`);
  for (const root of shadowRoots(element)) {
    result.text += root.textContent ?? '';
    for (const node of root.querySelectorAll('*')) {
      const tag = node.localName;
      if (!ALLOWED_TAGS.has(tag)) result.problems.push(`<${tag}> in ${element.localName}`);
      for (const attribute of node.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) result.problems.push(`${name} on <${tag}>`);
        if (name === 'style') result.problems.push(`style="${attribute.value}" on <${tag}>`);
        if (name === 'srcdoc' || name === 'formaction' || name === 'action' || name === 'xlink:href') {
          result.problems.push(`${name} on <${tag}>`);
        }
      }
      if (tag === 'a' && node.hasAttribute('href')) {
        const href = node.getAttribute('href')!;
        result.links.push(href);
        checkLink(href, result.problems);
      }
      if (tag === 'img') {
        const src = node.getAttribute('src') ?? '';
        result.images.push(src);
        if (safeUrl(src)?.href !== src) result.problems.push(`img src "${src}"`);
        if (node.getAttribute('referrerpolicy') !== 'no-referrer') result.problems.push(`img without referrerpolicy: ${src}`);
      }
      if (tag === 'style' && /url\(|@import|expression/i.test(node.textContent ?? '')) {
        // The kit's own stylesheets have no URLs; one here came from somewhere else.
        result.problems.push(`<style> with url()/@import in ${element.localName}`);
      }
    }
  }
  return result;
}

function checkLink(href: string, problems: string[]): void {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    problems.push(`link "${href}" is not absolute`);
    return;
  }
  if (!LINK_SCHEMES.has(url.protocol)) problems.push(`link "${href}" (${url.protocol})`);
  if (url.protocol === 'https:' && safeUrl(href)?.href !== href) problems.push(`link "${href}" is not its own safe href`);
  if (url.protocol === 'webcal:' && !safeUrl(href.replace(/^webcal:/, 'https:'))) problems.push(`webcal link "${href}"`);
}

// ------------------------------------------------------------------------------------------- one case

export interface CaseWatch {
  stop(): Promise<string[]>;
}

/** Starts watching the host page: DOM outside the fixture, requests, navigation. */
export function watch(container: HTMLElement | null, allowedImages: () => Set<string>): CaseWatch {
  const start = performance.now();
  const counts = {
    scripts: scriptRuns.length,
    errors: errors.length,
    violations: violations.length,
    outbound: outboundCalls.length,
    navigations: navigations.length,
  };
  const url = location.href;
  const title = document.title;
  const domChanges: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const problem = describeMutation(record, container);
      if (problem) domChanges.push(problem);
    }
  });
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });

  return {
    async stop() {
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const record of observer.takeRecords()) {
        const problem = describeMutation(record, container);
        if (problem) domChanges.push(problem);
      }
      observer.disconnect();
      const problems: string[] = [];
      problems.push(...scriptRuns.slice(counts.scripts).map((run) => `script ran: ${run}`));
      problems.push(...errors.slice(counts.errors));
      problems.push(...violations.slice(counts.violations).map((v) => `CSP violation: ${v}`));
      problems.push(...outboundCalls.slice(counts.outbound).map((call) => `request outside the feed seam: ${call}`));
      problems.push(...navigations.slice(counts.navigations).map((n) => `navigation: ${n}`));
      problems.push(...domChanges.slice(0, 10).map((change) => `host DOM changed: ${change}`));
      if (location.href !== url) problems.push(`location changed to ${location.href}`);
      if (document.title !== title) problems.push(`title changed to ${document.title}`);
      problems.push(...requestsSince(start, allowedImages()));
      problems.push(...checkPrototypes());
      return problems;
    },
  };
}

function describeMutation(record: MutationRecord, container: HTMLElement | null): string | null {
  const target = record.target;
  const inside = container && (target === container || container.contains(target));
  const onlyTheFixture = (node: Node) => node === container;
  if (target === document.body && record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(onlyTheFixture)) return null;
  if (!inside) return `${record.type} on ${describeNode(target)}`;
  if (target === container) return null; // the test mounting and removing its elements
  const kitHost = target instanceof Element && target.localName.startsWith('alliance-') && target.parentElement === container;
  if (kitHost && record.type === 'attributes') return null; // reflected properties, brand style (checked by walkShadow)
  const isJsonLd = (node: Node) => node instanceof HTMLScriptElement && node.type === 'application/ld+json' && node.hasAttribute('data-alliance-kit-jsonld');
  if (kitHost && record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isJsonLd)) return null;
  if (target.parentNode && isJsonLd(target.parentNode)) return null;
  if (isJsonLd(target)) return null;
  return `${record.type} inside the fixture on ${describeNode(target)}`;
}

function describeNode(node: Node): string {
  return node instanceof Element ? `<${node.localName}${node.id ? `#${node.id}` : ''}>` : node.nodeName;
}

const TEST_INFRA = /^\/(?:src|node_modules|test|__web-dev-server|__wds|@fs|demo)\//;

function requestsSince(start: number, allowed: Set<string>): string[] {
  const problems: string[] = [];
  for (const entry of performance.getEntriesByType('resource')) {
    if (entry.startTime < start) continue;
    const url = new URL(entry.name);
    if (allowed.has(url.href)) continue;
    if (url.origin === location.origin && TEST_INFRA.test(url.pathname)) continue;
    problems.push(`request to ${entry.name} (${(entry as PerformanceResourceTiming).initiatorType})`);
  }
  return problems;
}

// ------------------------------------------------------------------------------------------- running cases

export interface GroupReport {
  group: string;
  cases: number;
  failures: number;
  invariants: string[];
}

const reports = new Map<string, GroupReport>();

export const ALL_INVARIANTS = ['script', 'errors', 'csp', 'prototype', 'host-dom', 'network', 'markup'];

/** Counts one case of `group` (and whether it failed) for the summary table. */
export function count(group: string, failed: boolean, invariants: string[] = ALL_INVARIANTS): void {
  const report = reports.get(group) ?? { group, cases: 0, failures: 0, invariants: [] };
  report.cases++;
  if (failed) report.failures++;
  for (const invariant of invariants) if (!report.invariants.includes(invariant)) report.invariants.push(invariant);
  reports.set(group, report);
}

/** Sends this file's counts to the dev server (see scripts/wtr-hostile.mjs); call from `after()`. */
export async function sendReport(file: string): Promise<void> {
  await realFetch('/__hostile/report', {
    method: 'POST',
    body: JSON.stringify({ file, groups: [...reports.values()] }),
  });
}

export interface FeedCase {
  /** What the feed address answers. */
  route: Parameters<typeof routes>[0][string];
  /** The served feed (for the declared images), when it is JSON. */
  served?: unknown;
  mount?: MountOptions;
  /** Runs before the elements are mounted (storage set-up, say). */
  before?: (feedUrl: string) => void;
  /** When the elements count as settled (default: out of the loading state). */
  settled?: (state: FeedStateLike) => boolean;
  /** Undoes `before` (restores patched storage, say) before the invariants are checked. */
  cleanup?: () => void;
}

export interface CaseResult {
  feedUrl: string;
  table: RouteTable;
  mounted: Mounted;
  walks: WalkResult[];
  /** The text of every JSON-LD script the elements wrote. */
  jsonLd: string[];
  problems: string[];
}

/**
 * Runs one hostile feed through every element and returns what the invariants found (an empty `problems`
 * when all held). The caller asserts on `problems` and on what the elements show.
 */
export async function runFeedCase(name: string, feedCase: FeedCase): Promise<CaseResult> {
  const feedUrl = feedUrlFor(`hostile-${name}`);
  pinClock(FEED_NOW, 'Europe/Berlin');
  const table = routes({ [feedUrl]: feedCase.route });
  feedCase.before?.(feedUrl);
  const parsed = feedCase.served === undefined ? null : parseFeed(feedCase.served).feed;
  const allowed = declaredImages(parsed);
  const container = fixtureContainer();
  const watcher = watch(container, () => allowed);
  const mounted = mountAll(feedUrl, feedCase.mount, container);
  const problems: string[] = [];
  try {
    await settle(mounted.elements, 8000, feedCase.settled);
    await exercise(mounted.elements);
    clickEveryLink(mounted.elements);
    await new Promise((resolve) => setTimeout(resolve, 20));
  } catch (error) {
    problems.push(`did not settle: ${(error as Error).message}`);
  }
  const walks = await Promise.all(mounted.elements.map((element) => walkShadow(element)));
  for (const walk of walks) problems.push(...walk.problems);
  const jsonLd = [...mounted.container.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? '');
  for (const text of jsonLd) {
    if (/<\/|<!--/i.test(text)) problems.push(`JSON-LD could end its script element: ${text.slice(0, 80)}`);
    try {
      JSON.parse(text);
    } catch {
      problems.push(`JSON-LD is not JSON: ${text.slice(0, 80)}`);
    }
  }
  mounted.container.remove();
  feedCase.cleanup?.();
  problems.push(...(await watcher.stop()));
  return { feedUrl, table, mounted, walks, jsonLd, problems };
}

/** The standard teardown for a hostile test file. */
export function hostileHooks(file: string): void {
  const defaults = { ...loaderDefaults };
  beforeEach(() => {
    Object.assign(loaderDefaults, { retryBaseMs: 1, timeoutMs: 3000 });
  });
  afterEach(() => {
    Object.assign(loaderDefaults, defaults);
    resetFeedTestState();
    for (const leftover of document.querySelectorAll('.hostile-fixture')) leftover.remove();
  });
  after(() => sendReport(file));
}

/** Asserts a case's invariants held, counting it for the report either way. */
export function expectClean(group: string, result: { problems: string[] }, label = ''): void {
  count(group, result.problems.length > 0);
  expect(result.problems, `${label} invariants`).to.deep.equal([]);
}

export { json };
