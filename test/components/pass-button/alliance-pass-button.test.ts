import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AlliancePassButtonElement } from '../../../src/components/pass-button/alliance-pass-button.js';
import { AlliancePassCheckoutEvent } from '../../../src/components/pass-button/events.js';
import { loaderDefaults } from '../../../src/feed/loader.js';
import { pinClock, resetFeedTestState, routes, until } from '../../helpers/feed.js';
import { buyLink, checkoutParams, MONDAY_MORNING, part, passFeed, passOf, renderWith, shadow } from './fixtures.js';

const realHostname = AlliancePassButtonElement.pageHostname;
let warnings: string[] = [];
const realWarn = console.warn;

/** Text as it reads, whitespace collapsed. */
const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Clicks the checkout link the way a buyer would, and reports the checkout events it announced and whether
 * the click reached the page already cancelled. The page then cancels it itself, so the test never navigates.
 */
function clickCheckout(el: AlliancePassButtonElement): { announced: AlliancePassCheckoutEvent[]; prevented: boolean } {
  const announced: AlliancePassCheckoutEvent[] = [];
  let prevented = false;
  const record = (event: AlliancePassCheckoutEvent) => announced.push(event);
  const stopNavigation = (event: MouseEvent) => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  el.addEventListener('alliance-pass-checkout', record);
  document.addEventListener('click', stopNavigation);
  try {
    buyLink(el).click();
  } finally {
    el.removeEventListener('alliance-pass-checkout', record);
    document.removeEventListener('click', stopNavigation);
  }
  return { announced, prevented };
}

describe('<alliance-pass-button>', () => {
  beforeEach(() => {
    pinClock(MONDAY_MORNING, 'America/Toronto');
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    resetFeedTestState();
    console.warn = realWarn;
    AlliancePassButtonElement.pageHostname = realHostname;
  });

  describe('button', () => {
    it('is a real link that opens the checkout in a new tab, safely', async () => {
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day"></alliance-pass-button>`);
      const link = buyLink(el);
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal('https://buy.stripe.com/test_day?prefilled_email=guest%40kc.example');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.hasAttribute('aria-disabled')).to.equal(false);
      expect(textOf(link.querySelector('.label'))).to.equal('Alliance Day Pass');
      expect(textOf(part(el, 'price'))).to.equal('$25');
      await expect(el).to.be.accessible();
    });

    it('names the checkout host to the buyer', async () => {
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="pack"></alliance-pass-button>`);
      expect(textOf(part(el, 'checkout-host'))).to.equal('Secure checkout on pretix.eu');
    });

    it('opens in the same tab with target="_self"', async () => {
      const el = await renderWith(
        html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day" target="_self"></alliance-pass-button>`,
      );
      expect(buyLink(el).target).to.equal('_self');
      expect(textOf(buyLink(el))).not.to.contain('new tab');
    });

    it('replaces the call to action with label', async () => {
      const el = await renderWith(
        html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day" label="Try every space"></alliance-pass-button>`,
      );
      expect(textOf(buyLink(el).querySelector('.label'))).to.equal('Try every space');
      expect(textOf(part(el, 'price'))).to.equal('$25');
    });

    it('shows the price unless show-price="false" or hide-price says otherwise', async () => {
      const src = 'https://feeds.example/kc/alliance.json';
      const shown = [
        await renderWith(html`<alliance-pass-button feed=${src} pass="day"></alliance-pass-button>`),
        await renderWith(html`<alliance-pass-button feed=${src} pass="day" show-price></alliance-pass-button>`),
        await renderWith(html`<alliance-pass-button feed=${src} pass="day" show-price="true"></alliance-pass-button>`),
      ];
      const hidden = [
        await renderWith(html`<alliance-pass-button feed=${src} pass="day" show-price="false"></alliance-pass-button>`),
        await renderWith(html`<alliance-pass-button feed=${src} pass="day" show-price="off"></alliance-pass-button>`),
        await renderWith(html`<alliance-pass-button feed=${src} pass="day" hide-price></alliance-pass-button>`),
        await renderWith(html`<alliance-pass-button feed=${src} pass="day" variant="card" show-price="false"></alliance-pass-button>`),
      ];
      for (const el of shown) expect(part(el, 'price'), el.outerHTML).to.exist;
      for (const el of hidden) expect(part(el, 'price'), el.outerHTML).to.equal(null);
      expect(textOf(buyLink(hidden[0]))).to.equal('Alliance Day Pass (opens in a new tab)');
      await expect(hidden[0]).to.be.accessible();
    });

    it('sizes small, medium and large keep a usable target', async () => {
      for (const size of ['small', 'medium', 'large']) {
        const el = await renderWith(
          html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day" size=${size}></alliance-pass-button>`,
        );
        expect(buyLink(el).getBoundingClientRect().height, size).to.be.at.least(size === 'small' ? 36 : 44);
      }
    });
  });

  describe('attribution', () => {
    it('credits the space with client_reference_id on Stripe and adds utm-* attributes, keeping existing parameters', async () => {
      const el = await renderWith(
        html`<alliance-pass-button
          feed="https://feeds.example/kc/alliance.json"
          pass="day"
          space="crossroads"
          utm-source="crossroads-site"
          utm-campaign="winter"
        ></alliance-pass-button>`,
      );
      expect(Object.fromEntries(checkoutParams(el))).to.deep.equal({
        prefilled_email: 'guest@kc.example',
        client_reference_id: 'crossroads',
        utm_source: 'crossroads-site',
        utm_campaign: 'winter',
      });
    });

    it('uses ref on other checkout hosts', async () => {
      const el = await renderWith(
        html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="pack" space="rino" utm-medium="embed"></alliance-pass-button>`,
      );
      expect(Object.fromEntries(checkoutParams(el))).to.deep.equal({ lang: 'en', ref: 'rino', utm_medium: 'embed' });
    });

    it('follows utm-* attribute changes', async () => {
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="pack"></alliance-pass-button>`);
      expect(checkoutParams(el).has('utm_source')).to.equal(false);
      el.setAttribute('utm-source', 'newsletter');
      await el.updateComplete;
      expect(checkoutParams(el).get('utm_source')).to.equal('newsletter');
    });

    it("credits the member whose domain the page is on when space is not set", async () => {
      AlliancePassButtonElement.pageHostname = () => 'www.crossroads.example';
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="pack"></alliance-pass-button>`);
      expect(checkoutParams(el).get('ref')).to.equal('crossroads');
    });

    it('tells the owner about a space that is not in the feed, and still credits it', async () => {
      const el = await renderWith(
        html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="pack" space="crossroad"></alliance-pass-button>`,
      );
      expect(checkoutParams(el).get('ref')).to.equal('crossroad');
      expect(warnings.some((line) => line.includes('space="crossroad" is not a member space'))).to.equal(true);
    });
  });

  describe('checkout trust', () => {
    const untrusted = () => {
      const feed = passFeed();
      feed.passes.push(passOf({ id: 'shady', name: 'Shady pass', checkoutUrl: 'https://buy.stripe.com.evil.example/pay' }));
      return feed;
    };

    it('disables the button for an untrusted host and tells the owner which host, on the page and in the console', async () => {
      AlliancePassButtonElement.pageHostname = () => 'localhost';
      const el = await renderWith(
        html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="shady"></alliance-pass-button>`,
        untrusted(),
      );
      const link = buyLink(el);
      expect(link.hasAttribute('href')).to.equal(false);
      expect(link.getAttribute('aria-disabled')).to.equal('true');
      expect(link.getAttribute('role')).to.equal('link');
      expect(textOf(shadow(el).querySelector('.meta'))).to.contain('Checkout is not available from this page.');
      expect(part(el, 'checkout-host')).to.equal(null);
      expect(textOf(part(el, 'notice'))).to.contain('buy.stripe.com.evil.example');
      expect(warnings.some((line) => line.includes('on buy.stripe.com.evil.example, which is not a trusted checkout host'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps the owner notice off a live site (the console still has it)', async () => {
      AlliancePassButtonElement.pageHostname = () => 'crossroads.example';
      const feed = untrusted();
      feed.passes.at(-1).checkoutUrl = 'https://pay.other-evil.example/pay';
      const el = await renderWith(
        html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="shady"></alliance-pass-button>`,
        feed,
      );
      expect(part(el, 'notice')).to.equal(null);
      expect(warnings.some((line) => line.includes('pay.other-evil.example'))).to.equal(true);
    });

    it('a disabled button does not navigate or announce a checkout', async () => {
      const el = await renderWith(
        html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="shady"></alliance-pass-button>`,
        untrusted(),
      );
      const { announced, prevented } = clickCheckout(el);
      expect(prevented).to.equal(true);
      expect(announced).to.have.length(0);
    });

    it('enables a host the embedder lists in checkout-hosts', async () => {
      const feed = passFeed();
      feed.passes.push(passOf({ id: 'own', checkoutUrl: 'https://pay.crossroads.example/alliance?x=1' }));
      const src = 'https://feeds.example/kc/alliance.json';
      const refused = await renderWith(html`<alliance-pass-button feed=${src} pass="own"></alliance-pass-button>`, feed);
      expect(buyLink(refused).hasAttribute('href')).to.equal(false);
      const allowed = await renderWith(
        html`<alliance-pass-button feed=${src} pass="own" checkout-hosts="crossroads.example"></alliance-pass-button>`,
        feed,
      );
      expect(buyLink(allowed).href).to.equal('https://pay.crossroads.example/alliance?x=1');
      expect(textOf(part(allowed, 'checkout-host'))).to.equal('Secure checkout on pay.crossroads.example');
    });

    it("trusts the alliance's own site", async () => {
      const feed = passFeed();
      feed.passes.push(passOf({ id: 'own', checkoutUrl: 'https://shop.kccoworking.example/day' }));
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="own"></alliance-pass-button>`, feed);
      expect(buyLink(el).href).to.equal('https://shop.kccoworking.example/day');
    });
  });

  describe('the alliance-pass-checkout event', () => {
    it('lets the host app cancel the navigation and open its own checkout', async () => {
      const el = await renderWith(
        html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day" space="crossroads"></alliance-pass-button>`,
      );
      // The host app listens where host apps do: on the document.
      document.addEventListener('alliance-pass-checkout', (event) => event.preventDefault(), { once: true });
      const { announced, prevented } = clickCheckout(el);
      expect(prevented).to.equal(true);
      expect(announced).to.have.length(1);
      const [event] = announced;
      expect(event).to.be.instanceOf(AlliancePassCheckoutEvent);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(event.detail.passId).to.equal('day');
      expect(event.detail.pass.name).to.equal('Alliance Day Pass');
      expect(event.detail.price).to.deep.equal({ amount: '25', currency: 'USD' });
      expect(event.detail.spaceId).to.equal('crossroads');
      expect(event.detail.space?.name).to.equal('Crossroads Commons');
      expect(event.detail.url).to.equal(buyLink(el).href);
      expect(new URL(event.detail.url).searchParams.get('client_reference_id')).to.equal('crossroads');
    });

    it('leaves the click alone when nobody cancels', async () => {
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day"></alliance-pass-button>`);
      const { announced, prevented } = clickCheckout(el);
      expect(announced).to.have.length(1);
      expect(prevented).to.equal(false);
    });
  });

  describe('availability', () => {
    const feedWith = (extra: Record<string, unknown>) => {
      const feed = passFeed();
      feed.passes.push(passOf({ id: 'special', name: 'Founders annual', ...extra }));
      return feed;
    };
    const render = (feed: unknown) =>
      renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="special"></alliance-pass-button>`, feed);

    it('sold out: says so and is disabled', async () => {
      const el = await render(feedWith({ availability: 'sold-out' }));
      expect(buyLink(el).getAttribute('aria-disabled')).to.equal('true');
      expect(buyLink(el).hasAttribute('href')).to.equal(false);
      expect(textOf(buyLink(el).querySelector('.state'))).to.equal('Sold out');
      await expect(el).to.be.accessible();
    });

    it("not yet on sale: says from when, on the visitor's clock", async () => {
      const el = await render(feedWith({ saleStarts: '2027-01-11T09:00:00-06:00' }));
      expect(buyLink(el).getAttribute('aria-disabled')).to.equal('true');
      expect(textOf(buyLink(el).querySelector('.state'))).to.equal('On sale from Jan 11, 2027, 10:00 AM EST');
      await expect(el).to.be.accessible();
    });

    it('sale ended: says so and is disabled', async () => {
      const el = await render(feedWith({ saleEnds: '2026-11-30T16:00:00Z' }));
      expect(buyLink(el).hasAttribute('href')).to.equal(false);
      expect(textOf(buyLink(el).querySelector('.state'))).to.equal('Sales have ended');
      await expect(el).to.be.accessible();
    });

    it('goes on sale by itself when the sale opens while the page is open', async () => {
      const el = await render(feedWith({ saleStarts: '2026-11-30T16:00:00.2Z' }));
      expect(buyLink(el).hasAttribute('href')).to.equal(false);
      pinClock('2026-11-30T16:00:01Z');
      await until(() => buyLink(el).hasAttribute('href'), 2500, 'the sale to open');
      expect(buyLink(el).querySelector('.state')).to.equal(null);
    });

    it('on sale from the very minute sales start, until the minute they end', async () => {
      const el = await render(feedWith({ saleStarts: '2026-11-30T16:00:00Z', saleEnds: '2026-11-30T16:00:01Z' }));
      expect(buyLink(el).hasAttribute('href')).to.equal(true);
      expect(buyLink(el).querySelector('.state')).to.equal(null);
    });
  });

  describe('card and chooser', () => {
    it('renders a card with the description, what the pass grants and the button', async () => {
      const el = await renderWith(
        html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="pack" variant="card"></alliance-pass-button>`,
      );
      const card = part(el, 'card')!;
      expect(textOf(card.querySelector('.name'))).to.equal('Five-visit pack');
      expect(textOf(part(el, 'price'))).to.equal('$99.50');
      expect([...card.querySelectorAll('.grants li')].map(textOf)).to.deep.equal(['5 visits', 'Valid for 180 days', 'At 2 member spaces']);
      expect(textOf(buyLink(el))).to.equal('Buy now: Five-visit pack (opens in a new tab)');
      await expect(el).to.be.accessible();
    });

    it('stays accessible in the dark theme', async () => {
      const el = await renderWith(
        html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="pack" variant="card" theme="dark"></alliance-pass-button>`,
      );
      expect(getComputedStyle(part(el, 'card')!).backgroundColor).to.equal('rgb(22, 26, 34)');
      await expect(el).to.be.accessible();
    });

    it('uses the singular for one visit, one day and one space', async () => {
      const feed = passFeed();
      feed.passes = [passOf({ id: 'one', visits: 1, validityDays: 1, spaces: ['rino'] })];
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" variant="card"></alliance-pass-button>`, feed);
      expect([...shadow(el).querySelectorAll('.grants li')].map(textOf)).to.deep.equal(['1 visit', 'Valid for 1 day', 'At 1 member space']);
    });

    it('offers a keyboard-correct radio chooser when several passes are on sale', async () => {
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json"></alliance-pass-button>`);
      const chooser = part(el, 'chooser')!;
      expect(chooser.localName).to.equal('fieldset');
      expect(textOf(chooser.querySelector('legend'))).to.equal('Choose a pass');
      const radios = [...chooser.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((radio) => radio.value)).to.deep.equal(['day', 'pack']);
      expect(radios[0].checked).to.equal(true);
      expect(textOf(shadow(el).querySelector('.card-body .name'))).to.equal('Alliance Day Pass');
      await expect(el).to.be.accessible();

      radios[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radios[1].checked).to.equal(true);
      expect(shadow(el).activeElement === radios[1], 'focus moved with the selection').to.equal(true);
      expect(textOf(shadow(el).querySelector('.card-body .name'))).to.equal('Five-visit pack');
      expect(buyLink(el).href).to.equal('https://pretix.eu/kc/pack/?lang=en');
    });

    it('without anything on sale, still shows each pass and why it cannot be bought', async () => {
      const feed = passFeed();
      feed.passes = [passOf({ id: 'soon', name: 'Soon', saleStarts: '2027-01-11T09:00:00-06:00' })];
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json"></alliance-pass-button>`, feed);
      expect(part(el, 'card')).to.exist;
      expect(textOf(buyLink(el).querySelector('.state'))).to.match(/^On sale from Jan 11, 2027/);
    });

    it('says so when the feed has no passes', async () => {
      const feed = passFeed();
      feed.passes = [];
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json"></alliance-pass-button>`, feed);
      expect(textOf(shadow(el).querySelector('.status.empty'))).to.equal('No passes are on sale right now.');
      await expect(el).to.be.accessible();
    });

    it('tells visitor and owner when the pass id is unknown', async () => {
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="dya"></alliance-pass-button>`);
      expect(textOf(shadow(el).querySelector('.status.empty'))).to.equal('This pass is not available.');
      expect(warnings.some((line) => line.includes('no pass "dya"') && line.includes('"day", "pack"'))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('"What\'s included"', () => {
    const openDialog = async (el: AlliancePassButtonElement) => {
      const opener = part(el, 'details-button') as HTMLButtonElement;
      opener.focus();
      opener.click();
      await el.updateComplete;
      await until(() => !!shadow(el).querySelector('dialog')?.open, 1000, 'dialog to open');
      return { opener, dialog: shadow(el).querySelector('dialog')! };
    };

    it('is rendered only once opened', async () => {
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day"></alliance-pass-button>`);
      expect(shadow(el).querySelector('dialog')).to.equal(null);
      expect(part(el, 'details-button')!.getAttribute('aria-haspopup')).to.equal('dialog');
    });

    it('lists the spaces honouring the pass, their day-visit rules and whether each is open now on its own clock', async () => {
      const el = await renderWith(
        html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day" space="crossroads"></alliance-pass-button>`,
      );
      const { dialog } = await openDialog(el);
      const spaces = [...dialog.querySelectorAll('.space')];
      expect(spaces.map((space) => textOf(space.querySelector('.space-name bdi')))).to.deep.equal(['Crossroads Commons', 'RiNo Foundry']);

      const [crossroads, rino] = spaces;
      expect(textOf(crossroads.querySelector('.open-state'))).to.equal('Open now, until 5:00 PM CST');
      expect(crossroads.querySelector('.open-state')!.classList.contains('open')).to.equal(true);
      expect(textOf(crossroads.querySelector('.here'))).to.equal('You are here');
      const rules = Object.fromEntries(
        [...crossroads.querySelectorAll('.rules > div')].map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]),
      );
      expect(rules).to.deep.equal({
        'Day-visit hours': 'Mon–Fri: 9:00 AM–5:00 PM',
        Booking: 'Required · Book a visit (opens in a new tab)',
        Stay: 'Up to 3 days in a row',
        'Good to know': 'Check in at the front desk.',
        'With this pass': 'Weekdays only',
      });
      expect(crossroads.querySelector<HTMLAnchorElement>('.rules a')!.href).to.equal('https://crossroads.example/book');

      expect(textOf(rino.querySelector('.open-state'))).to.equal('Opens soon, at 10:00 AM MST');
      const rinoRules = [...rino.querySelectorAll('.rules dd')].map(textOf);
      expect(rinoRules).to.deep.equal(['Mon–Sun: 10:00 AM–4:00 PM', 'Not needed', 'One day at a time']);
      expect(textOf(dialog.querySelector('.open-summary'))).to.equal('1 of 2 is open for day visits right now.');
      expect([...dialog.querySelectorAll('.grants li')].map(textOf)).to.deep.equal(['1 visit', 'Valid for 30 days', 'At 2 member spaces']);
      await expect(el).to.be.accessible();
    });

    it('says when a space is closed and when it next opens, with the weekday', async () => {
      pinClock('2026-12-05T23:00:00Z'); // Saturday 17:00 in Kansas City, 16:00 in Denver
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day"></alliance-pass-button>`);
      const { dialog } = await openDialog(el);
      const states = [...dialog.querySelectorAll('.open-state')].map(textOf);
      expect(states).to.deep.equal(['Closed, opens Mon, 9:00 AM CST', 'Closed, opens Sun, 10:00 AM MST']);
      expect(textOf(dialog.querySelector('.open-summary'))).to.equal('None of them is open for day visits right now.');
    });

    it('is a labelled modal: focus moves in, Escape closes it, focus returns to the opener', async () => {
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day"></alliance-pass-button>`);
      const { opener, dialog } = await openDialog(el);
      expect(dialog.matches(':modal')).to.equal(true);
      const labelledBy = dialog.getAttribute('aria-labelledby')!;
      const heading = shadow(el).getElementById(labelledBy)!;
      expect(heading.localName).to.equal('h2');
      expect(dialog.contains(heading)).to.equal(true);
      expect(textOf(heading)).to.equal("What's included: Alliance Day Pass");
      expect(dialog.contains(shadow(el).activeElement), 'focus is inside the dialog').to.equal(true);

      await sendKeys({ press: 'Escape' });
      await until(() => !shadow(el).querySelector('dialog'), 1000, 'dialog to close');
      expect(shadow(el).activeElement === opener, 'focus is back on the opener').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('closes on a click on the backdrop, not on one inside', async () => {
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day"></alliance-pass-button>`);
      const { dialog } = await openDialog(el);
      const box = dialog.getBoundingClientRect();
      dialog.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: box.left + 5, clientY: box.bottom - 5 }));
      await el.updateComplete;
      expect(dialog.open, 'a click inside keeps it open').to.equal(true);
      dialog.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: box.left - 5, clientY: box.top + 5 }));
      await el.updateComplete;
      expect(shadow(el).querySelector('dialog')).to.equal(null);
    });

    it('closes with its close button, returning focus', async () => {
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="pack" variant="card"></alliance-pass-button>`);
      const { opener, dialog } = await openDialog(el);
      const close = dialog.querySelector<HTMLButtonElement>('button.close')!;
      expect(close.getAttribute('aria-label')).to.equal('Close');
      close.click();
      await until(() => !shadow(el).querySelector('dialog'), 1000, 'dialog to close');
      expect(shadow(el).activeElement === opener, 'focus is back on the opener').to.equal(true);
    });
  });

  describe('without a feed yet, or without one at all', () => {
    it("keeps the embedder's fallback link usable while loading", async () => {
      routes({ 'https://feeds.example/slow.json': () => new Promise<Response>(() => {}) });
      const el = await fixture<AlliancePassButtonElement>(
        html`<alliance-pass-button feed="https://feeds.example/slow.json" pass="day"
          ><a href="https://buy.stripe.com/test_day">Buy the day pass</a></alliance-pass-button
        >`,
      );
      const slot = shadow(el).querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.localName)).to.deep.equal(['a']);
      await expect(el).to.be.accessible();
    });

    it("keeps the embedder's fallback link usable when the feed fails", async () => {
      const retries = loaderDefaults.retries;
      loaderDefaults.retries = 0;
      after(() => (loaderDefaults.retries = retries));
      routes({});
      const el = await fixture<AlliancePassButtonElement>(
        html`<alliance-pass-button feed="https://feeds.example/missing.json" pass="day"
          ><a href="https://buy.stripe.com/test_day">Buy the day pass</a></alliance-pass-button
        >`,
      );
      await until(() => !!shadow(el).querySelector('.status.error'), 3000, 'error state');
      expect(shadow(el).querySelector('slot')!.assignedElements()).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
});
