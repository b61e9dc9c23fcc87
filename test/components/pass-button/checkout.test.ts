import { expect } from '@open-wc/testing';
import {
  checkCheckoutUrl,
  checkoutHref,
  parseHostList,
  WELL_KNOWN_CHECKOUT_HOSTS,
  type CheckoutTrustContext,
} from '../../../src/components/pass-button/checkout.js';
import { parseFeed } from '../../../src/feed/parse.js';
import { passFeed } from './fixtures.js';

const context: CheckoutTrustContext = {
  allianceUrl: 'https://www.kccoworking.example/',
  feedUrl: 'https://feeds.example/kc/alliance.json',
};

const verdictOf = (url: string, ctx: CheckoutTrustContext = context) => {
  const verdict = checkCheckoutUrl(url, ctx);
  return verdict.trusted ? 'trusted' : `${verdict.reason} ${verdict.host}`;
};

describe('checkout trust', () => {
  it('trusts every well-known provider, by its documented checkout hosts', () => {
    const urls = [
      'https://buy.stripe.com/test_14k5nN',
      'https://checkout.stripe.com/c/pay/cs_test_a1',
      'https://ti.to/kc-alliance/day-pass',
      'https://pretix.eu/kc/pass/',
      'https://www.eventbrite.com/e/day-pass-tickets-1234',
      'https://www.eventbrite.co.uk/e/day-pass-tickets-1234',
      'https://www.eventbrite.ca/e/day-pass-tickets-1234',
      'https://square.link/u/AbCdEf',
      'https://checkout.square.site/merchant/ML1/checkout/ABC',
      'https://www.paypal.com/ncp/payment/ABC123',
      'https://paypal.me/kcalliance/25',
      'https://kc-alliance.lemonsqueezy.com/buy/5d1e',
      'https://kcalliance.gumroad.com/l/daypass',
    ];
    for (const url of urls) expect(verdictOf(url, {}), url).to.equal('trusted');
    expect(WELL_KNOWN_CHECKOUT_HOSTS).to.include.members(['buy.stripe.com', 'checkout.stripe.com', 'ti.to', 'pretix.eu']);
  });

  it("trusts the alliance's own site and its subdomains, with or without www", () => {
    expect(verdictOf('https://www.kccoworking.example/passes/buy')).to.equal('trusted');
    expect(verdictOf('https://kccoworking.example/passes/buy')).to.equal('trusted');
    expect(verdictOf('https://shop.kccoworking.example/day')).to.equal('trusted');
  });

  it("trusts the feed's host, but not for an inline feed", () => {
    expect(verdictOf('https://feeds.example/checkout')).to.equal('trusted');
    expect(verdictOf('https://feeds.example/checkout', { ...context, feedUrl: '' })).to.equal('untrusted-host feeds.example');
  });

  it('refuses look-alikes of trusted hosts, naming the real host', () => {
    expect(verdictOf('https://buy.stripe.com.evil.example/pay')).to.equal('untrusted-host buy.stripe.com.evil.example');
    expect(verdictOf('https://evilbuy.stripe.com/pay')).to.equal('untrusted-host evilbuy.stripe.com');
    // Stripe's own site is not a checkout: only the two checkout hosts are trusted.
    expect(verdictOf('https://stripe.com/pay')).to.equal('untrusted-host stripe.com');
    expect(verdictOf('https://paypal.com.evil.example/')).to.equal('untrusted-host paypal.com.evil.example');
    expect(verdictOf('https://notpaypal.com/')).to.equal('untrusted-host notpaypal.com');
    expect(verdictOf('https://kccoworking.example.evil.example/')).to.equal('untrusted-host kccoworking.example.evil.example');
    expect(verdictOf('https://eventbrite.com.evil.example/')).to.equal('untrusted-host eventbrite.com.evil.example');
  });

  it('refuses user-info tricks: the real host is the one after "@"', () => {
    expect(verdictOf('https://buy.stripe.com@evil.example/pay')).to.equal('not-allowed-url evil.example');
    expect(verdictOf('https://buy.stripe.com:pw@evil.example/pay')).to.equal('not-allowed-url evil.example');
  });

  it('the feed schema already drops a pass whose checkout URL carries user info', () => {
    const feed = passFeed();
    feed.passes[0].checkoutUrl = 'https://buy.stripe.com@evil.example/pay';
    const result = parseFeed(feed);
    expect(result.feed!.passes.map((pass) => pass.id)).to.deep.equal(['pack']);
    expect(result.issues.some((issue) => issue.path.startsWith('passes[0].checkoutUrl'))).to.equal(true);
  });

  it('refuses http and other schemes, even on a trusted host', () => {
    expect(verdictOf('http://buy.stripe.com/test')).to.equal('not-https buy.stripe.com');
    expect(verdictOf('javascript:alert(1)')).to.match(/^not-https /);
    expect(verdictOf('//buy.stripe.com/test')).to.match(/^not-https /);
  });

  it('refuses ports and IP addresses on https', () => {
    expect(verdictOf('https://buy.stripe.com:8443/test')).to.equal('not-allowed-url buy.stripe.com');
    expect(verdictOf('https://192.0.2.10/pay')).to.equal('not-allowed-url 192.0.2.10');
  });

  it("trusts the embedder's checkout-hosts and their subdomains, nothing more", () => {
    const { hosts } = parseHostList('pay.example.org  tickets.example.net');
    const ctx = { ...context, extraHosts: hosts };
    expect(verdictOf('https://pay.example.org/kc', ctx)).to.equal('trusted');
    expect(verdictOf('https://eu.pay.example.org/kc', ctx)).to.equal('trusted');
    expect(verdictOf('https://tickets.example.net/kc', ctx)).to.equal('trusted');
    expect(verdictOf('https://example.org/kc', ctx)).to.equal('untrusted-host example.org');
    expect(verdictOf('https://pay.example.org.evil.example/kc', ctx)).to.equal('untrusted-host pay.example.org.evil.example');
    expect(verdictOf('https://pay.example.org/kc')).to.equal('untrusted-host pay.example.org');
  });
});

describe('parseHostList', () => {
  it('reads space- or comma-separated hosts, forgiving a pasted https:// and path, lower-casing', () => {
    expect(parseHostList('Pay.Example.org, https://shop.example.com/checkout\n tickets.example.net')).to.deep.equal({
      hosts: ['pay.example.org', 'shop.example.com', 'tickets.example.net'],
      invalid: [],
    });
  });

  it('sets aside what is not a host name, so the owner can be told', () => {
    expect(parseHostList('ok.example bad_host user@evil.example ok.example:8443 192.0.2.1 *')).to.deep.equal({
      hosts: ['ok.example'],
      invalid: ['bad_host', 'user@evil.example', 'ok.example:8443', '192.0.2.1', '*'],
    });
    expect(parseHostList(null)).to.deep.equal({ hosts: [], invalid: [] });
  });
});

describe('checkoutHref (attribution)', () => {
  const params = (href: string) => Object.fromEntries(new URL(href).searchParams);

  it('credits the space with client_reference_id on Stripe Payment Links, keeping existing parameters', () => {
    const href = checkoutHref(new URL('https://buy.stripe.com/test_day?prefilled_email=guest%40kc.example'), 'crossroads', {
      source: 'crossroads-site',
      campaign: 'winter',
    });
    expect(params(href)).to.deep.equal({
      prefilled_email: 'guest@kc.example',
      client_reference_id: 'crossroads',
      utm_source: 'crossroads-site',
      utm_campaign: 'winter',
    });
    expect(href.startsWith('https://buy.stripe.com/test_day?')).to.equal(true);
  });

  it('uses ref on every other host', () => {
    const href = checkoutHref(new URL('https://pretix.eu/kc/pack/?lang=en'), 'crossroads', { medium: 'embed' });
    expect(params(href)).to.deep.equal({ lang: 'en', ref: 'crossroads', utm_medium: 'embed' });
  });

  it('never overwrites a parameter the checkout URL already sets', () => {
    const href = checkoutHref(new URL('https://pretix.eu/kc/pack/?ref=newsletter&utm_source=feed'), 'crossroads', {
      source: 'crossroads-site',
    });
    expect(params(href)).to.deep.equal({ ref: 'newsletter', utm_source: 'feed' });
  });

  it("rewrites characters Stripe's client_reference_id would drop, and leaves other hosts' ref as is", () => {
    expect(params(checkoutHref(new URL('https://buy.stripe.com/x'), 'kc.crossroads', {})).client_reference_id).to.equal(
      'kc_crossroads',
    );
    expect(params(checkoutHref(new URL('https://ti.to/kc/x'), 'kc.crossroads', {})).ref).to.equal('kc.crossroads');
  });

  it('adds nothing without a space or UTM values', () => {
    expect(checkoutHref(new URL('https://ti.to/kc/day'), undefined, {})).to.equal('https://ti.to/kc/day');
  });
});
