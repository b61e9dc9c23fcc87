/**
 * Outbound-link attribution: tells the alliance which member site sent a visitor or sold a pass, with
 * nothing but query parameters on links the visitor chooses to follow (no cookies, no tracking calls).
 */
import { safeUrl } from './safe-url.js';

export interface Attribution {
  /** The referring member space id. */
  ref?: string;
  /** `utm_source`, `utm_medium`, `utm_campaign`, `utm_term`, `utm_content` values set by the embedder. */
  utm?: Partial<Record<UtmKey, string>>;
  /** The query parameter that carries `ref`; by default chosen for the destination (see {@link refParamFor}). */
  refParam?: string;
}

/**
 * Stripe Payment Links only record `client_reference_id` (letters, digits, `-` and `_`); everything else
 * gets `ref`.
 */
export function refParamFor(url: URL): string {
  return url.hostname === 'buy.stripe.com' ? 'client_reference_id' : 'ref';
}

function refValueFor(param: string, ref: string): string {
  return param === 'client_reference_id' ? ref.replace(/[^A-Za-z0-9_-]/g, '_') : ref;
}

export const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;
export type UtmKey = (typeof UTM_KEYS)[number];

/**
 * `url` with the attribution parameters added (existing parameters are kept; ours only fill what is not
 * already set), or `null` when the URL is not one the kit links to.
 */
export function withAttribution(url: string, attribution: Attribution): URL | null {
  const parsed = safeUrl(url);
  if (!parsed) return null;
  const params = parsed.searchParams;
  const refParam = attribution.refParam ?? refParamFor(parsed);
  if (attribution.ref && !params.has(refParam)) params.set(refParam, refValueFor(refParam, attribution.ref));
  for (const key of UTM_KEYS) {
    const value = attribution.utm?.[key];
    if (value && !params.has(`utm_${key}`)) params.set(`utm_${key}`, value);
  }
  return parsed;
}

/** Reads `utm-source`, `utm-medium`, … attributes of an element into an {@link Attribution} `utm` map. */
export function utmFromAttributes(element: Element): Attribution['utm'] {
  const utm: Partial<Record<UtmKey, string>> = {};
  for (const key of UTM_KEYS) {
    const value = element.getAttribute(`utm-${key}`)?.trim();
    if (value) utm[key] = value.slice(0, 100);
  }
  return utm;
}
