import { msg, str } from '../../shared/localize.js';
import { html, nothing, type ComplexAttributeConverter, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { activeSpaces, findPass, findSpace, passAvailability, passesOnSale, spacesHonouring } from '../../feed/query.js';
import type { Feed, Pass, Space } from '../../feed/schema.js';
import { AllianceElement } from '../../shared/alliance-element.js';
import { utmFromAttributes, UTM_KEYS } from '../../shared/attribution.js';
import { clock } from '../../shared/clock.js';
import { formatMoney } from '../../shared/format.js';
import { isHostWithin } from '../../shared/safe-url.js';
import { baseStyles } from '../../shared/styles.js';
import { isPreviewHost } from '../../shared/page-host.js';
import { passButtonStyles } from './alliance-pass-button.styles.js';
import { checkCheckoutUrl, checkoutHref, parseHostList } from './checkout.js';
import { renderCoverage } from './coverage.js';
import { AlliancePassCheckoutEvent } from './events.js';
import { availabilityText, passGrants } from './pass-facts.js';

/**
 * `show-price` is on unless it says otherwise: an absent attribute cannot switch a default-on boolean off,
 * so `show-price="false"` (or `off`, `no`, `0`) does, and so does the `hide-price` attribute.
 */
const showPriceConverter: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value === null || !/^\s*(false|off|no|0)\s*$/i.test(value),
};

const UTM_ATTRIBUTES = UTM_KEYS.map((key) => `utm-${key}`);

/** setTimeout's longest delay; later sale openings are picked up on the next render. */
const MAX_TIMER_MS = 2_147_483_647;

/** Owner messages already written to the console on this page: twenty buttons, one warning. */
const warnedOwner = new Set<string>();

interface Checkout {
  /** The attributed URL, when the buyer may be sent there. */
  href?: string;
  /** The host the buyer is sent to (shown to them), or the rejected host. */
  host: string;
}

/**
 * A buy button for an alliance pass that any member site can paste in: the pass and its price in the
 * visitor's language, a "What's included" view of every space that honours it (with each space's day-visit
 * rules and whether it is open right now), and a checkout link that credits the member site that sold it.
 *
 * The checkout is a real link, so it opens on the click itself (no pop-up blocker, middle-click works), and
 * only to a host the buyer can trust: the alliance's website, the feed's host, a well-known checkout provider
 * (see `WELL_KNOWN_CHECKOUT_HOSTS`), or one the embedder lists in `checkout-hosts`.
 *
 * @tagname alliance-pass-button
 * @summary Sells an alliance pass from a member site, with what it covers and attributed, trusted checkout.
 *
 * @fires {AlliancePassCheckoutEvent} alliance-pass-checkout - Before the checkout opens. Cancelable: call
 *   `preventDefault()` to stop the navigation and open your own checkout (detail: passId, pass, price, spaceId,
 *   space, url).
 *
 * @slot - Fallback shown until the feed is ready and when it cannot be loaded: write a plain link to the
 *   checkout here, and visitors without JavaScript can still buy.
 *
 * @attr utm-source - Added to the checkout URL as `utm_source` (likewise `utm-medium`, `utm-campaign`,
 *   `utm-term`, `utm-content`). Parameters already in the checkout URL are kept.
 *
 * @csspart button - The checkout link (styled as a button; `aria-disabled` when it cannot be used).
 * @csspart price - The price, in the button and in the card.
 * @csspart card - The card (and the chooser) around a pass.
 * @csspart dialog - The "What's included" dialog.
 * @csspart chooser - The group of pass options when several passes are on sale.
 * @csspart option - One pass option in the chooser.
 * @csspart details-button - The "What's included" button that opens the dialog.
 * @csspart checkout-host - "Secure checkout on …", naming where the buyer will pay.
 * @csspart notice - The site owner's notice (only on localhost previews).
 * @csspart status - The loading, error and empty states.
 *
 * @cssproperty --alliance-color-primary - Button background (default: the feed's brand colour, else blue).
 * @cssproperty --alliance-color-on-primary - Button text (default: chosen for contrast with the primary).
 * @cssproperty --alliance-color-link - Links and the "What's included" button.
 * @cssproperty --alliance-color-surface - Card and dialog background.
 * @cssproperty --alliance-color-surface-raised - The selected chooser option's background.
 * @cssproperty --alliance-color-text - Text.
 * @cssproperty --alliance-color-muted - Secondary text.
 * @cssproperty --alliance-color-border - Borders.
 * @cssproperty --alliance-color-success - "Open now" marker and the ticks before what a pass grants.
 * @cssproperty --alliance-color-warning - "Closes soon" / "Opens soon" marker and the site owner's notice.
 * @cssproperty --alliance-color-danger - "Closed" marker.
 * @cssproperty --alliance-focus-color - Focus ring.
 * @cssproperty --alliance-radius - Corner radius.
 * @cssproperty --alliance-spacing - Base spacing.
 * @cssproperty --alliance-font-family - Font (default: the page's).
 * @cssproperty --alliance-font-size - Base font size.
 * @cssproperty --alliance-pass-card-max-width - Widest the card grows (default 44rem).
 */
export class AlliancePassButtonElement extends AllianceElement {
  static override styles = [baseStyles, passButtonStyles];

  /** The host name of the page (a seam for tests and previews): decides the owner notice and the selling member. */
  static pageHostname(): string {
    return location.hostname;
  }

  /** The pass to sell, by its feed id. Without it, the passes on sale are offered in a card or chooser. */
  @property() pass?: string;

  /**
   * The member space selling the pass (its feed id), credited in the checkout URL. Without it, the member
   * whose `domains` in the feed include this page's host is credited.
   */
  @property() space?: string;

  /**
   * `button` (the default with `pass`): the button alone; without `pass` it needs a feed with a single pass on
   * sale, else the chooser is shown. `card`: description, what the pass grants, and the button.
   */
  @property({ reflect: true }) variant?: 'button' | 'card';

  /** Button size. */
  @property({ reflect: true }) size: 'small' | 'medium' | 'large' = 'medium';

  /** Replaces the call to action (by default the pass name on the button, "Buy now" in the card). */
  @property() label?: string;

  /** Shows the price (default). Switch off with `show-price="false"` or the `hide-price` attribute. */
  @property({ attribute: 'show-price', converter: showPriceConverter }) showPrice = true;

  /** Hides the price; the same as `show-price="false"`. */
  @property({ attribute: 'hide-price', type: Boolean }) hidePrice = false;

  /** Where the checkout opens: `_blank` (default, a new tab) or `_self` (this tab). */
  @property() target: '_blank' | '_self' = '_blank';

  /** More checkout hosts to trust, space-separated (`pay.example.org shop.example.com`); subdomains included. */
  @property({ attribute: 'checkout-hosts' }) checkoutHosts?: string;

  /** The pass picked in the chooser. */
  @state() private chosenPassId?: string;

  /** The pass whose "What's included" dialog is open; the dialog exists only while this is set. */
  @state() private coveragePass?: Pass;

  /** Exposes the layout as `:state(button)`, so a lone button sizes to its content (see the styles). */
  private readonly internals = this.attachInternals();
  private coverageOpener: HTMLElement | null = null;
  private coverageTimer?: ReturnType<typeof setInterval>;
  private saleTimer?: ReturnType<typeof setTimeout>;
  /** Problems the site owner should fix, collected by the last render. */
  private ownerProblems: string[] = [];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...UTM_ATTRIBUTES];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (UTM_ATTRIBUTES.includes(name)) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.coverageTimer);
    clearTimeout(this.saleTimer);
    this.coverageTimer = this.saleTimer = undefined;
  }

  protected override render(): unknown {
    this.ownerProblems = [];
    this.internals.states.delete('button');
    return this.renderWithFeed((feed) => [this.renderReady(feed), this.renderOwnerNotice()]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const problem of this.ownerProblems) {
      if (warnedOwner.has(problem)) continue;
      warnedOwner.add(problem);
      console.warn(`[alliance-kit] <alliance-pass-button>: ${problem}`);
    }
    this.scheduleSaleRefresh();
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  private renderReady(feed: Feed): unknown {
    const now = clock.now();
    this.checkSpace(feed);
    if (this.pass) {
      const pass = findPass(feed, this.pass);
      if (!pass) {
        const known = feed.passes.map((entry) => `"${entry.id}"`).join(', ') || msg('none');
        this.reportOwnerProblem(msg(str`There is no pass "${this.pass}" in the alliance feed. Passes in the feed: ${known}.`));
        return this.renderEmpty(msg('This pass is not available.'));
      }
      return this.variant === 'card' ? this.renderCard(feed, pass, now) : this.renderButton(feed, pass, now);
    }
    const onSale = passesOnSale(feed, now);
    // With nothing on sale, every pass is still shown with why it cannot be bought (and when it can).
    const options = onSale.length > 0 ? onSale : feed.passes;
    if (options.length === 0) return this.renderEmpty(msg('No passes are on sale right now.'));
    if (options.length === 1) {
      return this.variant === 'button' ? this.renderButton(feed, options[0], now) : this.renderCard(feed, options[0], now);
    }
    return this.renderChooser(feed, options, now);
  }

  private renderButton(feed: Feed, pass: Pass, now: number): TemplateResult {
    this.internals.states.add('button');
    return html`${this.renderCheckoutLink(feed, pass, now, false)}${this.renderMeta(feed, pass, now)}${this.renderCoverageDialog(feed)}`;
  }

  private renderCard(feed: Feed, pass: Pass, now: number): TemplateResult {
    return html`<div class="card" part="card">${this.renderCardBody(feed, pass, now)}</div>${this.renderCoverageDialog(feed)}`;
  }

  private renderChooser(feed: Feed, options: Pass[], now: number): TemplateResult {
    const chosen = options.find((pass) => pass.id === this.chosenPassId) ?? options[0];
    return html`<div class="card chooser" part="card">
        <fieldset part="chooser">
          <legend>${msg('Choose a pass')}</legend>
          <div class="options">
            ${options.map((pass) => {
              const state = availabilityText(passAvailability(pass, now), this.locale, clock.viewerTimeZone());
              const grants = passGrants(pass, spacesHonouring(feed, pass).length, this.locale);
              return html`<label class="option" part="option">
                <input type="radio" name="pass" .value=${pass.id} .checked=${pass === chosen} @change=${this.handlePassChosen} />
                <span class="option-text">
                  <span class="option-name"><bdi>${pass.name}</bdi></span>
                  ${this.showsPrice ? html`<span class="option-price">${formatMoney(pass.price, this.locale)}</span>` : nothing}
                  <span class="option-detail">${state ?? grants.slice(0, 2).join(' · ')}</span>
                </span>
              </label>`;
            })}
          </div>
        </fieldset>
        ${this.renderCardBody(feed, chosen, now)}
      </div>
      ${this.renderCoverageDialog(feed)}`;
  }

  private renderCardBody(feed: Feed, pass: Pass, now: number): TemplateResult {
    const grants = passGrants(pass, spacesHonouring(feed, pass).length, this.locale);
    return html`<div class="card-body">
      <div class="card-facts">
        <p class="name"><bdi>${pass.name}</bdi></p>
        ${this.showsPrice ? html`<p class="card-price" part="price">${formatMoney(pass.price, this.locale)}</p>` : nothing}
        ${pass.description ? html`<p class="description text">${pass.description}</p>` : nothing}
        <ul class="grants" role="list">
          ${grants.map((grant) => html`<li>${grant}</li>`)}
        </ul>
      </div>
      <div class="card-actions">${this.renderCheckoutLink(feed, pass, now, true)}</div>
      ${this.renderMeta(feed, pass, now)}
    </div>`;
  }

  /**
   * The checkout link. In the card the pass name and price are already shown above it, so it carries the
   * call to action alone (with the pass name for screen readers, whose link lists lose the card around it).
   */
  private renderCheckoutLink(feed: Feed, pass: Pass, now: number, inCard: boolean): TemplateResult {
    const availability = passAvailability(pass, now);
    const checkout = this.checkoutFor(feed, pass);
    const href = availability.state === 'on-sale' ? checkout.href : undefined;
    const newTab = this.target !== '_self';
    const unavailable = availabilityText(availability, this.locale, clock.viewerTimeZone());
    const callToAction = this.label?.trim() || (inCard ? msg('Buy now') : undefined);
    // No whitespace between the pieces: the link's accessible name is their text run together.
    const label = callToAction
      ? html`<span class="label">${callToAction}${inCard ? html`<span class="visually-hidden">: <bdi>${pass.name}</bdi></span>` : nothing}</span>`
      : html`<span class="label"><bdi>${pass.name}</bdi></span>`;
    const price =
      this.showsPrice && !inCard
        ? html`<span class="visually-hidden">, </span><span class="price" part="price">${formatMoney(pass.price, this.locale)}</span>`
        : nothing;
    const why = unavailable ? html`<span class="visually-hidden">. </span><span class="state">${unavailable}</span>` : nothing;
    const newTabNote = href && newTab ? html`<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>` : nothing;
    return html`<a
      class="button buy"
      part="button"
      href=${href ?? nothing}
      target=${href ? (newTab ? '_blank' : '_self') : nothing}
      rel=${href ? 'noopener noreferrer' : nothing}
      role=${href ? nothing : 'link'}
      aria-disabled=${href ? nothing : 'true'}
      @click=${(event: MouseEvent) => this.handleCheckoutClick(event, feed, pass, href)}
      ><span class="line">${label}${price}</span>${why}${newTabNote}</a
    >`;
  }

  /** Where the buyer will pay (or why they cannot), and the way into "What's included". */
  private renderMeta(feed: Feed, pass: Pass, now: number): TemplateResult {
    const checkout = this.checkoutFor(feed, pass);
    const onSale = passAvailability(pass, now).state === 'on-sale';
    let where: unknown = nothing;
    if (checkout.href && onSale) {
      where = html`<span class="checkout-host" part="checkout-host"
        ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4.5 7V5a3.5 3.5 0 1 1 7 0v2H13v8H3V7h1.5Zm1.5 0h4V5a2 2 0 1 0-4 0v2Z" /></svg
        >${msg(html`Secure checkout on <bdi>${checkout.host}</bdi>`)}</span
      >`;
    } else if (onSale) {
      where = html`<span class="unavailable">${msg('Checkout is not available from this page.')}</span>`;
    }
    return html`<p class="meta">
      ${where}
      <button type="button" class="link-button" part="details-button" aria-haspopup="dialog" @click=${(event: Event) => this.openCoverage(event, pass)}>
        ${msg("What's included")}<span class="visually-hidden">: <bdi>${pass.name}</bdi></span>
      </button>
    </p>`;
  }

  private renderCoverageDialog(feed: Feed): TemplateResult | typeof nothing {
    const pass = this.coveragePass;
    if (!pass) return nothing;
    return html`<dialog part="dialog" aria-labelledby="coverage-title" @cancel=${this.closeCoverage}
      @close=${this.closeCoverage}
      @click=${this.handleDialogClick}
    >
      <div class="dialog-head">
        <h2 id="coverage-title">${msg(html`What's included: <bdi>${pass.name}</bdi>`)}</h2>
        <button type="button" class="button secondary close" autofocus aria-label=${msg('Close')} @click=${this.closeCoverage}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="dialog-body">
        ${renderCoverage({ feed, pass, locale: this.locale, now: clock.now(), referringSpaceId: this.referringSpaceId(feed) })}
      </div>
    </dialog>`;
  }

  private renderEmpty(message: string): TemplateResult {
    return html`<div class="status empty" part="status" role="status">${message}</div>`;
  }

  /** What the site owner must fix, on the page itself while they preview it on their own machine. */
  private renderOwnerNotice(): TemplateResult | typeof nothing {
    if (this.ownerProblems.length === 0 || !isPreviewHost(this.pageHostname)) return nothing;
    return html`<div class="notice" part="notice" role="note">
      <strong>${msg('For the site owner')}</strong> ${msg('(shown only in local previews):')}
      ${this.ownerProblems.map((problem) => html`<p>${problem}</p>`)}
    </div>`;
  }

  private get pageHostname(): string {
    return (this.constructor as typeof AlliancePassButtonElement).pageHostname();
  }

  private get showsPrice(): boolean {
    return this.showPrice && !this.hidePrice;
  }

  /** The trusted, attributed checkout URL of `pass`, or the host it was refused for (reported to the owner). */
  private checkoutFor(feed: Feed, pass: Pass): Checkout {
    const allowList = parseHostList(this.checkoutHosts);
    if (allowList.invalid.length > 0) {
      this.reportOwnerProblem(msg(str`checkout-hosts has entries that are not host names: ${allowList.invalid.join(' ')}.`));
    }
    const verdict = checkCheckoutUrl(pass.checkoutUrl, {
      allianceUrl: feed.alliance.url,
      feedUrl: this.feedState.url,
      extraHosts: allowList.hosts,
    });
    if (verdict.trusted) {
      return { host: verdict.url.hostname, href: checkoutHref(verdict.url, this.referringSpaceId(feed), utmFromAttributes(this)) };
    }
    this.reportOwnerProblem(
      verdict.reason === 'untrusted-host'
        ? msg(
            str`The checkout for "${pass.id}" is on ${verdict.host}, which is not a trusted checkout host, so the button is disabled. Use a checkout on the alliance website or a well-known provider (Stripe, Tito, pretix, Eventbrite, Square, PayPal, Lemon Squeezy, Gumroad), or add checkout-hosts="${verdict.host}" to this element if you trust ${verdict.host}.`,
          )
        : msg(str`The checkout for "${pass.id}" (${verdict.host}) is not a plain https:// address, so the button is disabled.`),
    );
    return { host: verdict.host };
  }

  private checkSpace(feed: Feed): void {
    const id = this.space?.trim();
    if (id && !findSpace(feed, id)) {
      this.reportOwnerProblem(msg(str`space="${id}" is not a member space in the alliance feed; sales are still credited to "${id}". Check the spelling.`));
    }
  }

  private referringSpaceId(feed: Feed): string | undefined {
    return this.space?.trim() || memberSiteAt(feed, this.pageHostname)?.id;
  }

  private reportOwnerProblem(problem: string): void {
    if (!this.ownerProblems.includes(problem)) this.ownerProblems.push(problem);
  }

  /** Re-renders when the next sale opens or closes, so a page left open never sells a pass too early or late. */
  private scheduleSaleRefresh(): void {
    clearTimeout(this.saleTimer);
    this.saleTimer = undefined;
    const feed = this.feedState.feed;
    if (!feed || !this.isConnected) return;
    const now = clock.now();
    const changes = feed.passes
      .flatMap((pass) => [pass.saleStarts, pass.saleEnds])
      .map((instant) => (instant ? Date.parse(instant) - now : NaN))
      .filter((delay) => delay > 0 && delay <= MAX_TIMER_MS);
    if (changes.length > 0) this.saleTimer = setTimeout(() => this.requestUpdate(), Math.min(...changes) + 250);
  }

  private handleCheckoutClick(event: MouseEvent, feed: Feed, pass: Pass, href: string | undefined): void {
    if (!href) {
      event.preventDefault();
      return;
    }
    const spaceId = this.referringSpaceId(feed) ?? null;
    const checkout = new AlliancePassCheckoutEvent({
      passId: pass.id,
      pass,
      price: pass.price,
      spaceId,
      space: findSpace(feed, spaceId) ?? null,
      url: href,
    });
    if (!this.dispatchEvent(checkout)) event.preventDefault();
  }

  private handlePassChosen(event: Event): void {
    this.chosenPassId = (event.target as HTMLInputElement).value;
  }

  private openCoverage(event: Event, pass: Pass): void {
    this.coverageOpener = event.currentTarget as HTMLElement;
    this.coveragePass = pass;
    // "Open now" goes stale while the dialog stays open: refresh it every minute.
    clearInterval(this.coverageTimer);
    this.coverageTimer = setInterval(() => this.requestUpdate(), 60_000);
  }

  /**
   * A click on the backdrop lands on the dialog itself: close, like Escape. So does a text selection dragged
   * out of the content, hence the check that the pointer really is outside the dialog's box.
   */
  private handleDialogClick(event: MouseEvent): void {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) this.closeCoverage();
  }

  /**
   * Runs on whichever comes first of our own close, the dialog's `cancel` (Escape) and its `close`: the
   * `close` event is queued as a task, which a throttled page may run late, and focus must not wait for it.
   */
  private closeCoverage(): void {
    if (!this.coveragePass) return;
    // While the modal is open everything outside it is inert: close it before focus can go back.
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    clearInterval(this.coverageTimer);
    this.coverageTimer = undefined;
    this.coveragePass = undefined;
    const opener = this.coverageOpener;
    this.coverageOpener = null;
    if (opener?.isConnected) opener.focus();
  }
}

/** The active member whose own site this page is on, by the `domains` the feed lists for it. */
function memberSiteAt(feed: Feed, hostname: string): Space | undefined {
  return activeSpaces(feed).find((space) => space.domains?.some((domain) => isHostWithin(hostname, domain)));
}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-pass-button': AlliancePassButtonElement;
  }
}
