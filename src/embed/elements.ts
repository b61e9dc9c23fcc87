/**
 * The embeddable elements and the attributes an embedder may set on them, in one place: the iframe embed
 * page accepts exactly these (and checks their values the same way), and the embed-code builder offers them.
 *
 * Attribute names are the elements' own (see custom-elements.json; a test keeps the two in step).
 */
import { safeUrl } from '../shared/safe-url.js';

/** What values an attribute takes, which decides how it is checked and how the builder asks for it. */
export type OptionKind =
  /** One of a fixed list. */
  | { type: 'choice'; values: readonly string[] }
  /** Present or absent (written as the bare attribute name). */
  | { type: 'flag' }
  /** A whole number within a range. */
  | { type: 'integer'; min: number; max: number }
  /** The id of a space or pass in the feed. */
  | { type: 'feed-id'; of: 'space' | 'pass' }
  /** Space-separated words (tags, kinds, host names). */
  | { type: 'words' }
  /** Short plain text, shown as text. */
  | { type: 'text'; maxLength: number }
  /** An https address (checked with the kit's safeUrl rules). */
  | { type: 'https-url' };

export interface ElementOption {
  /** The element's attribute (also the iframe page's query parameter). */
  attribute: string;
  /** What the builder calls it. */
  label: string;
  kind: OptionKind;
  /** One sentence for the builder. */
  help?: string;
  /** Meaningless or harmful inside the iframe embed (JSON-LD for search engines, URL syncing). */
  pageOnly?: boolean;
  /**
   * The element property's type where it is not what the attribute suggests (React props are properties):
   * a list of words, or a boolean written as `"true"`/`"false"`.
   */
  propertyType?: 'words-list' | 'boolean';
}

export type ElementKey = 'badge' | 'directory' | 'pass-button' | 'events';

export interface EmbeddableElement {
  /** The short name used by the iframe page (`?element=directory`) and the builder. */
  key: ElementKey;
  tag: `alliance-${string}`;
  /** Plain name for people ("Member directory"). */
  title: string;
  /** The iframe's starting height (px) before the page reports its real one. */
  initialHeight: number;
  options: readonly ElementOption[];
}

const SIZES = ['small', 'medium', 'large'] as const;

const headingLevel = (max: number): ElementOption => ({
  attribute: 'heading-level',
  label: 'Heading level',
  kind: { type: 'integer', min: 2, max },
  help: "Match your page's outline (default 3).",
});

export const EMBEDDABLE_ELEMENTS: readonly EmbeddableElement[] = [
  {
    key: 'badge',
    tag: 'alliance-badge',
    title: 'Member badge',
    initialHeight: 96,
    options: [
      { attribute: 'space', label: 'Your space', kind: { type: 'feed-id', of: 'space' }, help: 'The badge only claims membership on this space’s own domains.' },
      { attribute: 'variant', label: 'Variant', kind: { type: 'choice', values: ['full', 'compact', 'icon'] } },
      { attribute: 'size', label: 'Size', kind: { type: 'choice', values: SIZES } },
      { attribute: 'new-tab', label: 'Open links in a new tab', kind: { type: 'flag' } },
      { attribute: 'no-attribution', label: 'Leave links without ref/utm parameters', kind: { type: 'flag' } },
    ],
  },
  {
    key: 'directory',
    tag: 'alliance-directory',
    title: 'Member directory',
    initialHeight: 640,
    options: [
      { attribute: 'current-space', label: 'Your space', kind: { type: 'feed-id', of: 'space' }, help: 'Its card says “You are here”.' },
      { attribute: 'exclude-current', label: 'Leave your own space out', kind: { type: 'flag' } },
      { attribute: 'layout', label: 'Layout', kind: { type: 'choice', values: ['grid', 'list', 'compact'] } },
      { attribute: 'limit', label: 'Show at most', kind: { type: 'integer', min: 1, max: 10_000 } },
      { attribute: 'page-size', label: 'Spaces per page', kind: { type: 'integer', min: 1, max: 500 } },
      { attribute: 'kinds', label: 'Only these kinds', kind: { type: 'words' }, propertyType: 'words-list', help: 'e.g. “makerspace studio”' },
      { attribute: 'amenities', label: 'Only with these amenities', kind: { type: 'words' }, propertyType: 'words-list', help: 'e.g. “wifi 24-7-access”' },
      { attribute: 'show-filters', label: 'Search and filters', kind: { type: 'choice', values: ['true', 'false'] }, propertyType: 'boolean' },
      { attribute: 'maps', label: 'Map links open', kind: { type: 'choice', values: ['google', 'apple', 'openstreetmap'] } },
      headingLevel(6),
      { attribute: 'structured-data', label: 'Structured data for search engines', kind: { type: 'flag' }, pageOnly: true },
    ],
  },
  {
    key: 'pass-button',
    tag: 'alliance-pass-button',
    title: 'Pass button',
    initialHeight: 120,
    options: [
      { attribute: 'pass', label: 'Pass', kind: { type: 'feed-id', of: 'pass' }, help: 'Without one, the passes on sale are offered.' },
      { attribute: 'space', label: 'Your space (credited for the sale)', kind: { type: 'feed-id', of: 'space' } },
      { attribute: 'variant', label: 'Variant', kind: { type: 'choice', values: ['button', 'card'] } },
      { attribute: 'size', label: 'Size', kind: { type: 'choice', values: SIZES } },
      { attribute: 'label', label: 'Button text', kind: { type: 'text', maxLength: 60 } },
      { attribute: 'hide-price', label: 'Hide the price', kind: { type: 'flag' } },
      { attribute: 'checkout-hosts', label: 'Extra checkout hosts to trust', kind: { type: 'words' }, help: 'Space-separated host names.' },
    ],
  },
  {
    key: 'events',
    tag: 'alliance-events',
    title: 'Events',
    initialHeight: 560,
    options: [
      { attribute: 'space', label: 'Only events at', kind: { type: 'feed-id', of: 'space' } },
      { attribute: 'tags', label: 'Only with these tags', kind: { type: 'words' } },
      { attribute: 'layout', label: 'Layout', kind: { type: 'choice', values: ['list', 'compact', 'cards'] } },
      { attribute: 'limit', label: 'Show at most', kind: { type: 'integer', min: 1, max: 500 } },
      { attribute: 'days', label: 'Only the next … days', kind: { type: 'integer', min: 1, max: 3660 } },
      { attribute: 'show-past', label: 'Also list past events', kind: { type: 'flag' } },
      { attribute: 'time-zone', label: 'Show times on', kind: { type: 'choice', values: ['event', 'viewer'] }, help: '“event”: the event’s clock; “viewer”: the visitor’s.' },
      { attribute: 'calendar-url', label: 'Calendar subscription (.ics)', kind: { type: 'https-url' } },
      headingLevel(5),
      { attribute: 'structured-data', label: 'Structured data for search engines', kind: { type: 'flag' }, pageOnly: true },
    ],
  },
];

/** Attributes every element takes besides its own (the feed is set separately). */
export const COMMON_OPTIONS: readonly ElementOption[] = [
  { attribute: 'theme', label: 'Theme', kind: { type: 'choice', values: ['light', 'dark', 'auto'] } },
  { attribute: 'lang', label: 'Language', kind: { type: 'text', maxLength: 35 }, help: 'e.g. “fr” or “de-CH”; by default the page’s.' },
];

/**
 * Colours the embedder may choose, as the elements' public custom properties. Only `#rrggbb` is accepted,
 * so a value can never carry anything but a colour.
 */
export const COLOR_OPTIONS = [
  { name: 'primary', property: '--alliance-color-primary', label: 'Buttons and accents' },
  { name: 'on-primary', property: '--alliance-color-on-primary', label: 'Text on buttons' },
  { name: 'link', property: '--alliance-color-link', label: 'Links' },
  { name: 'surface', property: '--alliance-color-surface', label: 'Background' },
  { name: 'text', property: '--alliance-color-text', label: 'Text' },
] as const;

export type ColorName = (typeof COLOR_OPTIONS)[number]['name'];

export function embeddableElement(key: string): EmbeddableElement | undefined {
  return EMBEDDABLE_ELEMENTS.find((element) => element.key === key || element.tag === key);
}

/** The element property an attribute sets (`current-space` → `currentSpace`). */
export function propertyName(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Every option of `element`, its own first, then the common ones. */
export function optionsOf(element: EmbeddableElement): readonly ElementOption[] {
  return [...element.options, ...COMMON_OPTIONS];
}

const HEX_COLOR = /^#?([0-9a-f]{6})$/i;
const WORD = /^[\p{L}\p{N}._:-]{1,64}$/u;
const FEED_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/**
 * Checks one attribute value the way the element will read it. Returns the value to write (trimmed,
 * normalised), or a plain sentence saying what is wrong.
 */
export function checkOptionValue(option: ElementOption, raw: string): { value: string } | { problem: string } {
  const value = raw.trim();
  const kind = option.kind;
  switch (kind.type) {
    case 'choice':
      return kind.values.includes(value) ? { value } : { problem: `must be one of ${kind.values.join(', ')}` };
    case 'flag':
      // A flag is on when present; `?new-tab` and `?new-tab=` and `?new-tab=true` all mean on.
      return ['', 'true', '1', 'on', 'yes', option.attribute].includes(value.toLowerCase())
        ? { value: '' }
        : { problem: 'is a switch: leave it out, or write it without a value' };
    case 'integer': {
      const number = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
      return number >= kind.min && number <= kind.max ? { value: String(number) } : { problem: `must be a whole number from ${kind.min} to ${kind.max}` };
    }
    case 'feed-id':
      return FEED_ID.test(value) ? { value } : { problem: `is not a ${kind.of} id (letters, digits, - and _)` };
    case 'words': {
      const words = value.split(/\s+/).filter(Boolean);
      return words.length > 0 && words.length <= 50 && words.every((word) => WORD.test(word))
        ? { value: words.join(' ') }
        : { problem: 'must be words separated by spaces' };
    }
    case 'text':
      if (value.length === 0 || value.length > kind.maxLength) return { problem: `must be 1 to ${kind.maxLength} characters` };
      if (option.attribute === 'lang') return isLanguageTag(value) ? { value } : { problem: 'is not a language tag such as “fr” or “de-CH”' };
      // Text is only ever rendered as text, but control characters have no business in a label.
      return /[\u0000-\u001f\u007f]/.test(value) ? { problem: 'contains control characters' } : { value };
    case 'https-url': {
      const url = safeUrl(value);
      return url ? { value: url.href } : { problem: 'must be an https:// address on a named host' };
    }
  }
}

/** `#rrggbb` (the `#` may be left out, as it must be escaped in a URL), or `null`. */
export function normaliseHexColor(raw: string): string | null {
  const match = HEX_COLOR.exec(raw.trim());
  return match ? `#${match[1]!.toLowerCase()}` : null;
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

