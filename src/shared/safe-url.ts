/**
 * The one gate every URL passes before the kit stores, links or loads it.
 *
 * The feed is untrusted and is shown on hundreds of host pages, so the rule is narrow on purpose: an absolute
 * `https://` URL to a named host on the default port, without credentials. Everything else (script schemes in
 * all their spellings, `data:`, `blob:`, `http:`, protocol-relative and relative URLs, IP literals, ports) is
 * refused, because a link the kit renders carries the alliance's and the host's credibility.
 */

/** Schemes a caller may opt into for fields that are typed as such (a contact email, a phone number). */
import { normalizeHost } from './page-host.js';

export type ExtraScheme = 'mailto:' | 'tel:';

export interface SafeUrlOptions {
  /** Also accept these non-web schemes. Only for fields whose type says so. */
  allow?: readonly ExtraScheme[];
}

export const MAX_URL_LENGTH = 2048;

// The WHATWG parser silently drops tabs and newlines and trims C0 controls and spaces, which is how
// `java\tscript:` turns back into `javascript:`. Refusing them outright keeps what we check equal to what
// the browser would follow.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F\u2060-\u206F\u3000\uFEFF]/;
const HTTPS_PREFIX = /^https:\/\//i;
const IPV4_HOST = /^\d{1,3}(\.\d{1,3}){3}$/;
// A host we link to must look like a public name: labels of letters, digits and hyphens with a letter TLD.
const NAMED_HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Parses `input` as a URL the kit may use, or returns `null`.
 * Render the result as `url.href`, never the original string.
 */
export function safeUrl(input: unknown, options: SafeUrlOptions = {}): URL | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (text.length === 0 || text.length > MAX_URL_LENGTH) return null;

  // Phone numbers are written with spaces ("tel:+1 816 555 0100"); their own pattern decides what is allowed.
  const extra = options.allow?.find((scheme) => text.toLowerCase().startsWith(scheme));
  if (extra) return parseExtraScheme(text, extra);
  if (CONTROL_OR_SPACE.test(text) || !HTTPS_PREFIX.test(text)) return null;

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  if (IPV4_HOST.test(url.hostname) || url.hostname.startsWith('[')) return null;
  if (!NAMED_HOST.test(url.hostname)) return null;
  return url;
}

/** `safeUrl(...)?.href`, or `undefined`: for attribute bindings that should vanish when the URL is refused. */
export function safeHref(input: unknown, options?: SafeUrlOptions): string | undefined {
  return safeUrl(input, options)?.href;
}

/** True when `hostname` is `domain` itself or one of its subdomains (`www.example.com` is under `example.com`). */
export function isHostWithin(hostname: string, domain: string): boolean {
  const host = normalizeHost(hostname);
  const base = normalizeHost(domain);
  return host === base || host.endsWith(`.${base}`);
}

const EMAIL = /^[^\s\u0000-\u001f\u007f@<>()[\]\\,;:"]{1,64}@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const PHONE = /^\+?[0-9().\- ]{3,30}$/;

function parseExtraScheme(text: string, scheme: ExtraScheme): URL | null {
  const rest = text.slice(scheme.length);
  const target = decodeSafely(rest.split('?')[0]);
  if (target === null) return null;
  const valid = scheme === 'mailto:' ? EMAIL.test(target) : PHONE.test(target);
  if (!valid) return null;
  try {
    return new URL(`${scheme}${scheme === 'tel:' ? target.replace(/[^+0-9]/g, '') : target}`);
  } catch {
    return null;
  }
}

function decodeSafely(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
