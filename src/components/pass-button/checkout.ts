/**
 * Where a pass button may send a buyer, and with which attribution.
 *
 * A checkout URL comes from the feed, which is untrusted and shown on every member site: a typo or a
 * tampered feed must not turn the alliance's buy button into a link to somebody else's payment page. So the
 * host of a checkout URL has to be one the buyer can reasonably expect to pay on.
 */
import { withAttribution, type Attribution } from '../../shared/attribution.js';
import { isHostWithin, safeUrl } from '../../shared/safe-url.js';

/**
 * Checkout providers trusted without configuration, by host. Each host also covers its subdomains
 * (`isHostWithin`), and nothing else: `buy.stripe.com.evil.example` is not Stripe.
 *
 * - Stripe: `buy.stripe.com` (Payment Links), `checkout.stripe.com` (Checkout)
 * - Tito: `ti.to`
 * - pretix: `pretix.eu` (pretix Hosted)
 * - Eventbrite: `eventbrite.com` and its country sites `eventbrite.ca`, `eventbrite.co.uk`, `eventbrite.com.au`,
 *   `eventbrite.co.nz`, `eventbrite.ie`, `eventbrite.de`, `eventbrite.fr`, `eventbrite.es`, `eventbrite.it`,
 *   `eventbrite.nl`, `eventbrite.com.mx`, `eventbrite.com.br`
 * - Square: `square.link` (payment links), `checkout.square.site` (Square Online checkout)
 * - PayPal: `paypal.com`, `paypal.me`
 * - Lemon Squeezy: `lemonsqueezy.com` (stores live on its subdomains)
 * - Gumroad: `gumroad.com` (creators live on its subdomains)
 *
 * Anything else must be the alliance's own website, the feed's host, or listed by the embedder in
 * `checkout-hosts`.
 */
export const WELL_KNOWN_CHECKOUT_HOSTS: readonly string[] = Object.freeze([
  'buy.stripe.com',
  'checkout.stripe.com',
  'ti.to',
  'pretix.eu',
  'eventbrite.com',
  'eventbrite.ca',
  'eventbrite.co.uk',
  'eventbrite.com.au',
  'eventbrite.co.nz',
  'eventbrite.ie',
  'eventbrite.de',
  'eventbrite.fr',
  'eventbrite.es',
  'eventbrite.it',
  'eventbrite.nl',
  'eventbrite.com.mx',
  'eventbrite.com.br',
  'square.link',
  'checkout.square.site',
  'paypal.com',
  'paypal.me',
  'lemonsqueezy.com',
  'gumroad.com',
]);

/** The hosts, besides the well-known providers, that one element trusts. */
export interface CheckoutTrustContext {
  /** The alliance website (`alliance.url`). */
  allianceUrl?: string;
  /** The absolute URL the feed was loaded from; `''` or missing for inline feed data. */
  feedUrl?: string;
  /** Hosts the embedder allows with `checkout-hosts`. */
  extraHosts?: readonly string[];
}

export type CheckoutVerdict =
  | { trusted: true; url: URL }
  /** `host` is what the site owner should look for: the host the URL really points at, when it has one. */
  | { trusted: false; reason: 'not-https' | 'not-allowed-url' | 'untrusted-host'; host: string };

/** Whether a buyer may be sent to `checkoutUrl`, and if not, why (for the site owner's message). */
export function checkCheckoutUrl(checkoutUrl: string, context: CheckoutTrustContext = {}): CheckoutVerdict {
  const host = hostOf(checkoutUrl);
  const url = safeUrl(checkoutUrl);
  if (!url) return { trusted: false, reason: /^\s*https:/i.test(checkoutUrl) ? 'not-allowed-url' : 'not-https', host };
  const trusted = trustedHosts(context).some((domain) => isHostWithin(url.hostname, domain));
  return trusted ? { trusted: true, url } : { trusted: false, reason: 'untrusted-host', host: url.hostname };
}

/** Every host a checkout URL may be on under `context`: the site's own, the feed's, the embedder's, the providers'. */
export function trustedHosts(context: CheckoutTrustContext): string[] {
  const own = [context.allianceUrl, context.feedUrl].map(siteDomain).filter((domain): domain is string => !!domain);
  return [...own, ...(context.extraHosts ?? []), ...WELL_KNOWN_CHECKOUT_HOSTS];
}

/**
 * Hosts from a `checkout-hosts` attribute: space- or comma-separated names, forgiving a pasted `https://` or
 * path. Entries that are not host names are returned separately so the site owner can be told.
 */
export function parseHostList(value: string | null | undefined): { hosts: string[]; invalid: string[] } {
  const hosts: string[] = [];
  const invalid: string[] = [];
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const name = entry.replace(/^https?:\/\//i, '').split('/')[0];
    // "@" and ":" would make safeUrl read a user name or a port; a host list has neither.
    const url = /[@:?#\\]/.test(name) ? null : safeUrl(`https://${name}/`);
    if (url) hosts.push(url.hostname);
    else invalid.push(entry);
  }
  return { hosts, invalid };
}

/** Stripe Payment Links carry a referral in `client_reference_id`; everything else gets `ref`. */
export function isStripePaymentLink(url: URL): boolean {
  return isHostWithin(url.hostname, 'buy.stripe.com');
}

/**
 * The URL a buyer is sent to: the trusted checkout URL with the referring space and the embedder's UTM
 * values added (parameters already in the URL are kept as they are).
 */
export function checkoutHref(url: URL, ref: string | undefined, utm: Attribution['utm']): string {
  const stripe = isStripePaymentLink(url);
  // Stripe silently drops a client_reference_id with characters other than letters, digits, "-" and "_".
  const reference = ref && stripe ? ref.replace(/[^A-Za-z0-9_-]/g, '_') : ref;
  const attributed = withAttribution(url.href, {
    ref: reference,
    refParam: stripe ? 'client_reference_id' : 'ref',
    utm,
  });
  return (attributed ?? url).href;
}

/** `www.example.org` and `example.org` are one site: their subdomains (`shop.example.org`) are trusted alike. */
function siteDomain(address: string | undefined): string | undefined {
  const hostname = address ? safeUrl(address)?.hostname : undefined;
  return hostname?.replace(/^www\./, '');
}

function hostOf(address: string): string {
  try {
    return new URL(address.trim()).hostname;
  } catch {
    return address.trim().slice(0, 80);
  }
}
