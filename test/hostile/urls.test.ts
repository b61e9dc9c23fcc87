/**
 * Hostile feeds, group 5 (URLs): `javascript:` in all its evasions, `vbscript:`, `data:`, `blob:`, `file:`,
 * http, protocol-relative and relative URLs, `https:evil.example`, credentials, look-alike hosts, numeric IPs,
 * ports and an open-redirect list, in every URL field, through every element (every rendered link clicked).
 * Expected: the link or image is not rendered, or the pass button is disabled with a reason; whatever is
 * rendered is https and equals its own safe href.
 */
import { baseFeed, builders, count, hostileHooks, json, runFeedCase, serveable } from './harness.js';
import { expect } from '@open-wc/testing';
import { WELL_KNOWN_CHECKOUT_HOSTS } from '../../src/components/pass-button/checkout.js';
import { parseFeed } from '../../src/feed/parse.js';
import { isHostWithin, safeUrl } from '../../src/shared/safe-url.js';
import { chunks, payloads } from './payloads.js';

const GROUP = '5 URL fields';
const HOST = 'hostile-urls.example';
const ALL = await payloads('urls', 'open-redirect');
const BATCH = 40;
/** URL fields set per payload: 4 on the space, 2 on the pass, 3 on the event. */
const FIELDS_PER_PAYLOAD = 9;

function feedWith(batch: string[]): any {
  const make = builders(HOST);
  const feed = serveable(baseFeed(HOST));
  const a = feed.alliance;
  [a.logo, a.membership.applyUrl, a.eventsUrl, a.calendarUrl] = [batch[0], batch[1] ?? batch[0], batch[2] ?? batch[0], batch[3] ?? batch[0]];
  feed.spaces = batch.map((url, index) => {
    const space = make.space(index);
    Object.assign(space, { url, logo: url, photo: url });
    space.dayUse.bookingUrl = url;
    return space;
  });
  // A checkout URL is required: a refused one leaves the pass out; the plain pass keeps the button on show.
  feed.passes = [make.pass(0), ...batch.slice(0, 48).map((url, index) => ({ ...make.pass(index + 1), checkoutUrl: url, termsUrl: url }))];
  feed.events = batch.map((url, index) => ({ ...make.event(index), onlineUrl: url, registrationUrl: url, image: url }));
  return feed;
}

const trusted = (href: string) => {
  const host = new URL(href).hostname;
  return [HOST, ...WELL_KNOWN_CHECKOUT_HOSTS].some((domain) => isHostWithin(host, domain));
};

describe('hostile feeds 5: URL fields', () => {
  hostileHooks('urls');

  it('the alliance website (a required URL) is refused, or kept as its own safe https href', () => {
    for (const url of ALL) {
      const feed = serveable(baseFeed(HOST));
      feed.alliance.url = url;
      const result = parseFeed(feed);
      const kept = result.feed?.alliance.url;
      count(GROUP, !(kept === undefined || safeUrl(kept)?.href === kept), ['parse']);
      if (kept !== undefined) expect(safeUrl(kept)?.href, JSON.stringify(url)).to.equal(kept);
      else expect(safeUrl(url), JSON.stringify(url)).to.equal(null);
    }
  });

  for (const [index, batch] of chunks(ALL, BATCH).entries()) {
    it(`URLs ${index * BATCH + 1}–${index * BATCH + batch.length} of ${ALL.length} in every URL field: only safe https rendered, checkout only to trusted hosts`, async () => {
      const feed = feedWith(batch);
      const passIds = parseFeed(feed).feed!.passes.map((pass) => pass.id);
      const result = await runFeedCase(`urls-${index}`, {
        route: json(feed),
        served: feed,
        mount: { badgeSpaces: ['space-0', 'space-1'], passCards: passIds },
      });
      const problems = [...result.problems];
      for (const element of result.mounted.elements.filter((el) => el.localName === 'alliance-pass-button')) {
        for (const button of element.shadowRoot!.querySelectorAll('[part~="button"]')) {
          const href = button.getAttribute('href');
          if (href && !trusted(href)) problems.push(`checkout to an untrusted host: ${href}`);
          if (!href && button.getAttribute('aria-disabled') !== 'true') problems.push('a checkout without a URL is not disabled');
        }
      }
      for (let i = 0; i < batch.length * FIELDS_PER_PAYLOAD; i++) count(GROUP, problems.length > 0, ['script', 'errors', 'csp', 'prototype', 'host-dom', 'network', 'markup', 'links clicked']);
      expect(problems).to.deep.equal([]);
    });
  }

  it('a checkout on an untrusted host disables the button and says why', async () => {
    const feed = serveable(baseFeed(HOST));
    feed.passes = [{ ...builders(HOST).pass(0), checkoutUrl: 'https://pay.evil.example/x' }];
    const result = await runFeedCase('urls-untrusted-checkout', { route: json(feed), served: feed, mount: { badgeSpaces: [], passCards: ['pass-0'] } });
    count(GROUP, result.problems.length > 0);
    expect(result.problems).to.deep.equal([]);
    const card = result.mounted.elements.at(-1)!.shadowRoot!;
    expect(card.querySelector('[part~="button"]')?.getAttribute('aria-disabled')).to.equal('true');
    expect(card.querySelector('[part~="button"]')?.hasAttribute('href')).to.equal(false);
    expect(card.textContent).to.contain('Checkout is not available from this page.');
  });
});
