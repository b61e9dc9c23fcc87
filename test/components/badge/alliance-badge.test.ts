import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { AllianceBadgeElement } from '../../../src/components/badge/alliance-badge.js';
import { AllianceBadgeVerifyEvent, type BadgeVerifyDetail } from '../../../src/components/badge/events.js';
import { loaderDefaults } from '../../../src/feed/loader.js';
import { contrastRatio } from '../../../src/shared/color.js';
import { json, pinClock, resetFeedTestState, routes, until } from '../../helpers/feed.js';

const FEED_URL = 'https://kccoworking.example/feed.json';

function kcFeed(primary = '#1a237e') {
  return {
    version: 1,
    updated: '2026-11-01T12:00:00Z',
    alliance: {
      id: 'kc',
      name: 'KC Coworking Alliance',
      url: 'https://kccoworking.example/',
      timezone: 'America/Chicago',
      currency: 'USD',
      tagline: 'Independent spaces, one welcome.',
      values: ['Locally owned', 'Open books'],
      colors: { primary },
    },
    spaces: [
      { id: 'crossroads', name: 'Crossroads Commons', domains: ['crossroads.example'], memberSince: 2019 },
      { id: 'river', name: 'River Market Makers', domains: ['rivermakers.example'] },
      { id: 'old-loft', name: 'Old Loft', status: 'lapsed', domains: ['oldloft.example'], memberSince: 2015 },
    ],
    passes: [
      {
        id: 'day',
        name: 'Alliance Day Pass',
        price: { amount: '25' },
        spaces: 'all',
        checkoutUrl: 'https://pay.example/day?lang=en',
        saleEnds: '2027-01-01T00:00:00-06:00',
      },
    ],
  };
}

const realHostname = AllianceBadgeElement.pageHostname;
let consoleCalls: { level: string; text: string }[] = [];
const realConsole = { warn: console.warn, error: console.error, info: console.info };

/** Renders a badge on `host` with `feed` routed, and waits until it has decided. */
async function badgeOn(host: string, markup: string, feed: unknown = kcFeed()): Promise<AllianceBadgeElement> {
  AllianceBadgeElement.pageHostname = () => host;
  routes({ [FEED_URL]: json(feed) });
  const el = await fixture<AllianceBadgeElement>(markup);
  await until(() => !!el.shadowRoot!.querySelector('.badge, .owner-note, .status.error'), 3000, 'badge to settle');
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const seal = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a.seal');
/** The badge's text as a screen reader reads it in order (`innerText` would apply the CSS upper-casing). */
const shownText = (el: Element) =>
  (el.shadowRoot!.querySelector('.badge, .owner-note')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<alliance-badge>', () => {
  const defaults = { ...loaderDefaults };
  let events: AllianceBadgeVerifyEvent[] = [];
  const record = (event: Event) => events.push(event as AllianceBadgeVerifyEvent);

  beforeEach(() => {
    Object.assign(loaderDefaults, { retries: 0, retryBaseMs: 1 });
    pinClock('2026-11-28T15:00:00Z', 'America/Chicago');
    events = [];
    document.addEventListener('alliance-badge-verify', record);
    consoleCalls = [];
    for (const level of ['warn', 'error', 'info'] as const) {
      console[level] = (...args: unknown[]) => consoleCalls.push({ level, text: args.map(String).join(' ') });
    }
  });

  afterEach(() => {
    Object.assign(loaderDefaults, defaults);
    Object.assign(console, realConsole);
    document.removeEventListener('alliance-badge-verify', record);
    AllianceBadgeElement.pageHostname = realHostname;
    resetFeedTestState();
  });

  describe('verification', () => {
    it('claims membership on the space’s own domain, with the year it joined and a link to the alliance', async () => {
      const el = await badgeOn('crossroads.example', `<alliance-badge feed="${FEED_URL}" space="crossroads"></alliance-badge>`);
      expect(shownText(el)).to.contain('Proud member of').and.contain('KC Coworking Alliance').and.contain('Member since 2019');
      const link = seal(el)!;
      expect(new URL(link.href).origin).to.equal('https://kccoworking.example');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.target).to.equal('');
      expect(part(el, 'tag')).to.equal(null);
      expect(consoleCalls.filter((call) => call.level !== 'info')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('verifies on a subdomain of a listed domain', async () => {
      const el = await badgeOn('www.crossroads.example', `<alliance-badge feed="${FEED_URL}" space="crossroads"></alliance-badge>`);
      expect(el.verificationResult?.status).to.equal('verified');
      expect(shownText(el)).to.contain('Proud member of');
    });

    it('shows a neutral sentence, and says why in the console, when copied to another site', async () => {
      const el = await badgeOn('copycat.example', `<alliance-badge feed="${FEED_URL}" space="crossroads"></alliance-badge>`);
      expect(shownText(el)).to.equal('Alliance member status could not be verified for this site.');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      const warning = consoleCalls.find((call) => call.level === 'warn')!;
      expect(warning.text).to.contain('"copycat.example"').and.contain('crossroads.example');
      await expect(el).to.be.accessible();
    });

    it('does not claim membership for a lapsed member, even on its own domain', async () => {
      const el = await badgeOn('oldloft.example', `<alliance-badge feed="${FEED_URL}" space="old-loft"></alliance-badge>`);
      expect(shownText(el)).to.equal('Alliance member status could not be verified for this site.');
      expect(shownText(el)).not.to.contain('Member since');
      expect(consoleCalls.find((call) => call.level === 'warn')!.text).to.contain('lapsed');
      await expect(el).to.be.accessible();
    });

    it('does not claim membership for an id the feed does not know', async () => {
      const el = await badgeOn('crossroads.example', `<alliance-badge feed="${FEED_URL}" space="crosroads"></alliance-badge>`);
      expect(shownText(el)).to.equal('Alliance member status could not be verified for this site.');
      expect(consoleCalls.find((call) => call.level === 'warn')!.text).to.contain('no space with id "crosroads"');
      await expect(el).to.be.accessible();
    });

    it('tells the site owner, not the visitor, when the space attribute is missing', async () => {
      const el = await badgeOn('crossroads.example', `<alliance-badge feed="${FEED_URL}"></alliance-badge>`);
      const note = part(el, 'note')!;
      expect(note.textContent).to.contain('space attribute');
      expect(parseFloat(getComputedStyle(note).fontSize)).to.be.below(14);
      expect(shownText(el)).not.to.contain('Proud member');
      const error = consoleCalls.find((call) => call.level === 'error')!;
      expect(error.text).to.contain('space="your-space-id"');
      await expect(el).to.be.accessible();
    });

    it('shows a labelled preview on localhost and 127.0.0.1, naming the domains where it will verify', async () => {
      for (const host of ['localhost', '127.0.0.1']) {
        const el = await badgeOn(host, `<alliance-badge feed="${FEED_URL}" space="crossroads"></alliance-badge>`);
        expect(el.verificationResult?.status, host).to.equal('preview');
        expect(part(el, 'tag')!.textContent).to.equal('Preview');
        expect(part(el, 'note')!.textContent).to.contain('crossroads.example');
        expect(shownText(el)).to.contain('Proud member of');
        await expect(el).to.be.accessible();
        resetFeedTestState();
        pinClock('2026-11-28T15:00:00Z', 'America/Chicago');
      }
    });

    it('fires alliance-badge-verify once per verdict, bubbling out of shadow roots', async () => {
      const el = await badgeOn('copycat.example', `<alliance-badge feed="${FEED_URL}" space="crossroads"></alliance-badge>`);
      await el.updateComplete;
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event).to.be.instanceOf(AllianceBadgeVerifyEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        status: 'unverified',
        reason: 'domain-mismatch',
        hostname: 'copycat.example',
        spaceId: 'crossroads',
        domains: ['crossroads.example'],
      } satisfies BadgeVerifyDetail);

      el.space = 'river';
      AllianceBadgeElement.pageHostname = () => 'rivermakers.example';
      await el.updateComplete;
      expect(events.map((e) => [e.detail.status, e.detail.reason, e.detail.spaceId])).to.deep.equal([
        ['unverified', 'domain-mismatch', 'crossroads'],
        ['verified', 'ok', 'river'],
      ]);
      el.requestUpdate();
      await el.updateComplete;
      expect(events).to.have.length(2);
    });

    it('reports each reason in the event', async () => {
      const cases: [string, string | null, string, string][] = [
        ['crossroads.example', 'crossroads', 'verified', 'ok'],
        ['localhost', 'crossroads', 'preview', 'preview-host'],
        ['oldloft.example', 'old-loft', 'unverified', 'lapsed'],
        ['crossroads.example', 'nope', 'unverified', 'unknown-space'],
        ['crossroads.example', null, 'unverified', 'missing-space'],
      ];
      for (const [host, space, status, reason] of cases) {
        events = [];
        await badgeOn(host, `<alliance-badge feed="${FEED_URL}" ${space ? `space="${space}"` : ''}></alliance-badge>`);
        expect([events[0]?.detail.status, events[0]?.detail.reason, events[0]?.detail.spaceId], reason).to.deep.equal([
          status,
          reason,
          space,
        ]);
      }
    });
  });

  describe('links and attribution', () => {
    it('adds ref=<space> and the embedder’s utm values, keeping the URL’s own parameters', async () => {
      const el = await badgeOn(
        'crossroads.example',
        `<alliance-badge feed="${FEED_URL}" space="crossroads" utm-source="crossroads-site" utm-medium="badge" utm-campaign="footer"></alliance-badge>`,
      );
      const url = new URL(seal(el)!.href);
      expect(url.searchParams.get('ref')).to.equal('crossroads');
      expect(url.searchParams.get('utm_source')).to.equal('crossroads-site');
      expect(url.searchParams.get('utm_medium')).to.equal('badge');
      expect(url.searchParams.get('utm_campaign')).to.equal('footer');
      expect(url.searchParams.has('utm_term')).to.equal(false);

      const pass = new URL(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="pass-link"]')!.href);
      expect(pass.origin + pass.pathname).to.equal('https://pay.example/day');
      expect(pass.searchParams.get('lang')).to.equal('en');
      expect(pass.searchParams.get('ref')).to.equal('crossroads');
      expect(pass.searchParams.get('utm_source')).to.equal('crossroads-site');
    });

    for (const switchOff of ['attribution="off"', 'no-attribution']) {
      it(`leaves links untouched with ${switchOff}`, async () => {
        const el = await badgeOn(
          'crossroads.example',
          `<alliance-badge feed="${FEED_URL}" space="crossroads" ${switchOff} utm-source="x"></alliance-badge>`,
        );
        expect(seal(el)!.href).to.equal('https://kccoworking.example/');
        expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="pass-link"]')!.href).to.equal(
          'https://pay.example/day?lang=en',
        );
      });
    }

    it('opens in a new tab only when asked, and says so to screen readers', async () => {
      const el = await badgeOn('crossroads.example', `<alliance-badge feed="${FEED_URL}" space="crossroads" new-tab></alliance-badge>`);
      expect(seal(el)!.target).to.equal('_blank');
      expect(seal(el)!.rel).to.equal('noopener noreferrer');
      expect(seal(el)!.textContent).to.contain('opens in a new tab');
    });

    it('never links to a feed URL that is not https', async () => {
      const feed = kcFeed();
      feed.passes[0].checkoutUrl = 'javascript:alert(1)';
      const el = await badgeOn('crossroads.example', `<alliance-badge feed="${FEED_URL}" space="crossroads"></alliance-badge>`, feed);
      expect(el.shadowRoot!.querySelector('[part~="pass-link"]')).to.equal(null);
      for (const anchor of el.shadowRoot!.querySelectorAll('a')) expect(anchor.protocol).to.equal('https:');
    });
  });

  describe('details', () => {
    it('opens with Enter, closes with Space, and Escape closes it and returns focus to the toggle', async () => {
      const el = await badgeOn('crossroads.example', `<alliance-badge feed="${FEED_URL}" space="crossroads"></alliance-badge>`);
      const toggle = part(el, 'toggle') as HTMLButtonElement;
      const details = part(el, 'details')!;
      expect(details.hidden).to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');

      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(details.hidden).to.equal(false);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(details.hidden).to.equal(true);

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(details.hidden).to.equal(false);
      // Move focus into the panel, then Escape from there.
      details.querySelector<HTMLAnchorElement>('a')!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(details.hidden).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
    });

    it('lists the values, the member count and the pass offer, plural-correct', async () => {
      const el = await badgeOn('crossroads.example', `<alliance-badge feed="${FEED_URL}" space="crossroads"></alliance-badge>`);
      (part(el, 'toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      const text = part(el, 'details')!.innerText;
      expect(text).to.contain('Locally owned').and.contain('Open books');
      expect(text).to.contain('2 member spaces');
      expect(text).to.contain('Try all 2 spaces with the Alliance Day Pass');
      expect(text).to.contain('Verified: Crossroads Commons is an active member, and crossroads.example is its website.');
      await expect(el).to.be.accessible();
    });

    it('says "1 member space" for a one-space alliance, and offers no pass once the sale has ended', async () => {
      const solo = kcFeed();
      solo.spaces = solo.spaces.filter((space) => space.id === 'crossroads');
      pinClock('2027-02-01T00:00:00Z', 'America/Chicago');
      const el = await badgeOn('crossroads.example', `<alliance-badge feed="${FEED_URL}" space="crossroads"></alliance-badge>`, solo);
      (part(el, 'toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      const text = part(el, 'details')!.innerText;
      expect(text).to.contain('1 member space');
      expect(text).not.to.contain('1 member spaces');
      expect(text).not.to.contain('Try');
    });
  });

  describe('variants and layout', () => {
    it('gives the icon variant the whole claim as its accessible name', async () => {
      const el = await badgeOn('crossroads.example', `<alliance-badge feed="${FEED_URL}" space="crossroads" variant="icon"></alliance-badge>`);
      expect(part(el, 'label')).to.equal(null);
      expect(seal(el)!.getAttribute('aria-label')).to.equal('Proud member of KC Coworking Alliance, Member since 2019');
      expect(part(el, 'toggle')!.textContent).to.contain('About the alliance');
      await expect(el).to.be.accessible();
    });

    it('renders the compact variant and every size accessibly', async () => {
      for (const size of ['small', 'medium', 'large']) {
        const el = await badgeOn(
          'crossroads.example',
          `<alliance-badge feed="${FEED_URL}" space="crossroads" variant="compact" size="${size}"></alliance-badge>`,
        );
        expect(shownText(el)).to.contain('KC Coworking Alliance');
        await expect(el).to.be.accessible();
      }
      const small = await badgeOn('crossroads.example', `<alliance-badge feed="${FEED_URL}" space="crossroads" size="small"></alliance-badge>`);
      const large = await badgeOn('crossroads.example', `<alliance-badge feed="${FEED_URL}" space="crossroads" size="large"></alliance-badge>`);
      expect(part(large, 'badge')!.offsetHeight).to.be.above(part(small, 'badge')!.offsetHeight);
    });

    it('writes the year in the language of its words: English, marked as such, on a page in a language the kit has no words for', async () => {
      const el = await badgeOn('crossroads.example', `<alliance-badge lang="ar-EG" feed="${FEED_URL}" space="crossroads"></alliance-badge>`);
      expect(shownText(el)).to.contain('Member since 2019');
      expect(el.shadowRoot!.querySelector('.speaks')!.getAttribute('lang')).to.equal('en-EG');
    });

    it('keeps within 280px, and keeps a width of its own in a flex footer', async () => {
      AllianceBadgeElement.pageHostname = () => 'crossroads.example';
      routes({ [FEED_URL]: json(kcFeed()) });
      const wrap = fixtureSync<HTMLElement>(html`<div>
        <div style="width: 280px"><alliance-badge feed=${FEED_URL} space="crossroads" size="large"></alliance-badge></div>
        <footer style="display: flex; gap: 1rem"><span>© 2026</span><alliance-badge feed=${FEED_URL} space="crossroads"></alliance-badge></footer>
      </div>`);
      const [narrow, inFlex] = wrap.querySelectorAll('alliance-badge');
      await until(() => !!part(narrow, 'badge') && !!part(inFlex, 'badge'));
      expect(part(narrow, 'badge')!.getBoundingClientRect().width).to.be.at.most(280);
      expect(narrow.scrollWidth).to.be.at.most(280);
      expect(inFlex.getBoundingClientRect().width).to.be.above(150);
    });

    it('puts the accent stripe at the start edge in right-to-left pages', async () => {
      AllianceBadgeElement.pageHostname = () => 'crossroads.example';
      routes({ [FEED_URL]: json(kcFeed()) });
      const wrap = fixtureSync<HTMLElement>(html`<div dir="rtl"><alliance-badge feed=${FEED_URL} space="crossroads"></alliance-badge></div>`);
      const el = wrap.querySelector('alliance-badge')!;
      await until(() => !!part(el, 'badge'));
      const style = getComputedStyle(part(el, 'badge')!);
      expect(style.borderRightWidth).to.equal('4px');
      expect(style.borderLeftWidth).to.equal('1px');
      await expect(el).to.be.accessible();
    });
  });

  describe('theming', () => {
    const initialsColours = async (primary: string, theme = 'light') => {
      const el = await badgeOn(
        'crossroads.example',
        `<alliance-badge feed="${FEED_URL}" space="crossroads" theme="${theme}"></alliance-badge>`,
        kcFeed(primary),
      );
      const monogram = el.shadowRoot!.querySelector<HTMLElement>('.monogram');
      expect(monogram, 'initials stand in for the logo').to.exist;
      const style = getComputedStyle(monogram!);
      await expect(el).to.be.accessible();
      return { text: rgbToHex(style.color), background: rgbToHex(style.backgroundColor) };
    };

    it('paints the brand colour with black text on a light brand and white on a dark one', async () => {
      expect(await initialsColours('#ffdd00')).to.deep.equal({ text: '#000000', background: '#ffdd00' });
      resetFeedTestState();
      expect(await initialsColours('#1a237e', 'dark')).to.deep.equal({ text: '#ffffff', background: '#1a237e' });
    });

    it('lets the page override the brand colours', async () => {
      const el = await badgeOn(
        'crossroads.example',
        `<alliance-badge feed="${FEED_URL}" space="crossroads" style="--alliance-color-primary: #004400; --alliance-color-on-primary: #ffffff"></alliance-badge>`,
      );
      const style = getComputedStyle(el.shadowRoot!.querySelector('.monogram')!);
      expect(rgbToHex(style.backgroundColor)).to.equal('#004400');
      expect(contrastRatio(rgbToHex(style.color), '#004400')).to.be.at.least(4.5);
    });

    it('falls back to initials when the logo fails to load', async () => {
      const feed = kcFeed();
      Object.assign(feed.alliance, { logo: 'https://nowhere.invalid/logo.png' });
      const el = await badgeOn('crossroads.example', `<alliance-badge feed="${FEED_URL}" space="crossroads"></alliance-badge>`, feed);
      // The real lookup of nowhere.invalid may already have failed on a fast machine; otherwise report the
      // failure as the browser would offline, so the test does not depend on DNS timing.
      const img = el.shadowRoot!.querySelector('img');
      if (img) {
        expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
        expect(img.alt).to.equal('');
        img.dispatchEvent(new Event('error'));
        await el.updateComplete;
      }
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector<HTMLElement>('.monogram')!.dataset.initials).to.equal('KC');
    });
  });

  describe('before and without the feed', () => {
    it('keeps the embedder’s fallback visible until the feed loads, then replaces it', async () => {
      AllianceBadgeElement.pageHostname = () => 'crossroads.example';
      let answer!: (response: Response) => void;
      routes({ [FEED_URL]: () => new Promise<Response>((resolve) => (answer = resolve)) });
      const el = await fixture<AllianceBadgeElement>(html`<alliance-badge feed=${FEED_URL} space="crossroads">
        <a href="https://kccoworking.example/">Member of KC Coworking Alliance</a>
      </alliance-badge>`);
      const fallback = el.querySelector('a')!;
      expect(fallback.getClientRects().length, 'fallback is rendered').to.be.above(0);
      expect(part(el, 'badge')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.status.loading'), 'no spinner over the fallback').to.exist;
      expect(events).to.have.length(0);
      await expect(el).to.be.accessible();

      await until(() => !!answer);
      answer(json(kcFeed()));
      await until(() => !!part(el, 'badge'));
      expect(fallback.getClientRects().length, 'fallback is replaced').to.equal(0);
    });

    it('shows the loading state when there is no fallback', async () => {
      AllianceBadgeElement.pageHostname = () => 'crossroads.example';
      routes({ [FEED_URL]: () => new Promise<Response>(() => {}) });
      const el = await fixture<AllianceBadgeElement>(`<alliance-badge feed="${FEED_URL}" space="crossroads"></alliance-badge>`);
      const status = el.shadowRoot!.querySelector<HTMLElement>('[part~="status"]')!;
      expect(status.getClientRects().length).to.be.above(0);
      expect(status.textContent).to.contain('Checking alliance membership');
      await expect(el).to.be.accessible();
    });

    it('shows the shared error state and claims nothing when the feed fails', async () => {
      AllianceBadgeElement.pageHostname = () => 'crossroads.example';
      routes({ [FEED_URL]: new Response('nope', { status: 404 }) });
      const el = await fixture<AllianceBadgeElement>(`<alliance-badge feed="${FEED_URL}" space="crossroads"></alliance-badge>`);
      await until(() => !!el.shadowRoot!.querySelector('.status.error'));
      expect(el.shadowRoot!.textContent).not.to.contain('Proud member');
      expect(events).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('reads its feed from an enclosing <alliance-feed>', async () => {
      AllianceBadgeElement.pageHostname = () => 'crossroads.example';
      routes({ [FEED_URL]: json(kcFeed()) });
      const root = fixtureSync<HTMLElement>(html`<alliance-feed src=${FEED_URL}><alliance-badge space="crossroads"></alliance-badge></alliance-feed>`);
      const el = root.querySelector('alliance-badge')!;
      await until(() => !!part(el, 'badge'));
      expect(el.verificationResult?.status).to.equal('verified');
    });
  });

  it('cannot be made to verify from markup', async () => {
    const el = await badgeOn(
      'copycat.example',
      `<alliance-badge feed="${FEED_URL}" space="crossroads" hostname="crossroads.example" page-hostname="crossroads.example"></alliance-badge>`,
    );
    expect(el.verificationResult?.status).to.equal('unverified');
  });
});

function rgbToHex(rgb: string): string {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
  return `#${[r, g, b].map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
}
