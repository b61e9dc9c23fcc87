/**
 * Reads the iframe embed page's query string (`embed.html?element=directory&feed=https://…&layout=list`)
 * into one element to render, or into plain sentences saying what is wrong with it.
 *
 * Anyone can build such a URL and frame it, so only the listed elements and their listed attributes pass,
 * each value checked as its element would read it; the feed address must pass the loader's own rules.
 * Values only ever become attributes and `#rrggbb` custom properties, never markup.
 */
import { FeedLoadError } from '../feed/errors.js';
import { resolveFeedUrl } from '../feed/loader.js';
import { checkOptionValue, COLOR_OPTIONS, EMBEDDABLE_ELEMENTS, embeddableElement, normaliseHexColor, optionsOf, type EmbeddableElement } from './elements.js';

/** The kit-specific type of the height messages the page posts to its parent. */
export const RESIZE_MESSAGE_TYPE = 'alliance-kit:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  /** The content height in CSS pixels. */
  height: number;
  /** The `id` query parameter, so a parent with several iframes knows which one to resize. */
  id: string | null;
}

export interface EmbedRequest {
  element: EmbeddableElement;
  /** The absolute feed URL. */
  feed: string;
  /** Attributes to set, in query order. A flag's value is `''`. */
  attributes: [name: string, value: string][];
  /** Custom properties to set on the element (`#rrggbb` values only). */
  colors: [property: string, value: string][];
  id: string | null;
}

export type EmbedParams =
  | { ok: true; request: EmbedRequest; notices: string[] }
  | { ok: false; errors: string[]; id: string | null };

const MAX_QUERY_LENGTH = 4096;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const ELEMENT_KEYS = EMBEDDABLE_ELEMENTS.map((element) => element.key).join(', ');

/** Parses `search` (a query string, with or without `?`). Never throws. */
export function parseEmbedParams(search: string): EmbedParams {
  if (search.length > MAX_QUERY_LENGTH) {
    return { ok: false, errors: [`The embed address is too long (over ${MAX_QUERY_LENGTH} characters).`], id: null };
  }
  const params = new URLSearchParams(search);
  const errors: string[] = [];
  const notices: string[] = [];
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) notices.push(`“${quote(name)}” is given more than once; the first value is used.`);
    seen.add(name);
  }

  const rawId = params.get('id');
  const id = rawId !== null && ID.test(rawId) ? rawId : null;
  if (rawId !== null && id === null) errors.push('The id parameter may only use letters, digits, “-” and “_” (at most 64).');

  const elementKey = params.get('element');
  const element = elementKey ? embeddableElement(elementKey.trim()) : undefined;
  if (!elementKey) errors.push(`Say which element to show: add element= one of ${ELEMENT_KEYS}.`);
  else if (!element) errors.push(`“${quote(elementKey)}” is not an element this page shows. Use one of ${ELEMENT_KEYS}.`);

  const feed = checkFeed(params.get('feed'), errors);
  if (!element || feed === null || errors.length > 0) return { ok: false, errors, id };

  const attributes: EmbedRequest['attributes'] = [];
  const colors: EmbedRequest['colors'] = [];
  const options = optionsOf(element);
  for (const [name, raw] of uniqueEntries(params)) {
    if (name === 'element' || name === 'feed' || name === 'id') continue;
    const color = COLOR_OPTIONS.find((candidate) => `color-${candidate.name}` === name);
    if (color) {
      const hex = normaliseHexColor(raw);
      if (hex) colors.push([color.property, hex]);
      else notices.push(`Ignored ${name}: “${quote(raw)}” is not a colour written as #rrggbb.`);
      continue;
    }
    const option = options.find((candidate) => candidate.attribute === name);
    if (!option) {
      notices.push(`Ignored “${quote(name)}”: <${element.tag}> has no such option here.`);
      continue;
    }
    if (option.pageOnly) {
      notices.push(`Ignored ${name}: it only works when the element is on your page, not in an iframe.`);
      continue;
    }
    const checked = checkOptionValue(option, raw);
    if ('problem' in checked) notices.push(`Ignored ${name}=“${quote(raw)}”: it ${checked.problem}.`);
    else attributes.push([name, checked.value]);
  }
  return { ok: true, request: { element, feed, attributes, colors, id }, notices };
}

function checkFeed(raw: string | null, errors: string[]): string | null {
  if (!raw?.trim()) {
    errors.push('Add the address of your alliance feed: feed=https://…/feed.json');
    return null;
  }
  try {
    return resolveFeedUrl(raw);
  } catch (error) {
    errors.push(error instanceof FeedLoadError ? error.message : 'The feed address is not valid.');
    return null;
  }
}

function* uniqueEntries(params: URLSearchParams): Generator<[string, string]> {
  const done = new Set<string>();
  for (const [name, value] of params) {
    if (done.has(name)) continue;
    done.add(name);
    yield [name, value];
  }
}

/** A parameter name or value as it may appear in a message: short, on one line. */
function quote(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
