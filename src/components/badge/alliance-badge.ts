import { msg, plural, str } from '../../shared/localize.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { activeSpaces, honours, passesOnSale, spacesHonouring } from '../../feed/query.js';
import type { Alliance, Feed, Pass, Space } from '../../feed/schema.js';
import { AllianceElement } from '../../shared/alliance-element.js';
import { utmFromAttributes, withAttribution, type Attribution } from '../../shared/attribution.js';
import { clock } from '../../shared/clock.js';
import { formatList, numberFormat } from '../../shared/format.js';
import { safeHref } from '../../shared/safe-url.js';
import { renderLoading } from '../../shared/states.js';
import { badgeStyles } from './alliance-badge.styles.js';
import { AllianceBadgeVerifyEvent } from './events.js';
import { explainVerification, verifyMembership, type Verification } from './verify.js';

export type BadgeVariant = 'full' | 'compact' | 'icon';
export type BadgeSize = 'small' | 'medium' | 'large';

const VARIANTS: readonly BadgeVariant[] = ['full', 'compact', 'icon'];

/**
 * "Proud member of …": a trust seal a member space puts in its footer or on its About page. It claims
 * membership only when the alliance feed lists the space as active and the page is on one of the space's
 * own domains; a copied badge, a lapsed member or an unknown id shows a neutral sentence instead, and the
 * console says why. On `localhost` and `127.0.0.1` it shows a clearly labelled preview.
 *
 * @tagname alliance-badge
 * @summary A verified "member of the alliance" badge.
 *
 * @fires {AllianceBadgeVerifyEvent} alliance-badge-verify - The badge checked its claim (again whenever the answer changes): `{ status, reason, hostname, spaceId, domains }`.
 *
 * @slot - Fallback shown until the feed has loaded (and while it cannot be loaded), e.g. a plain link to the alliance.
 *
 * @csspart badge - The badge's box (in every state once the feed is loaded).
 * @csspart link - The link to the alliance website (and the pass link in the details).
 * @csspart pass-link - The "Try all N spaces with the …" pass link in the details (also has part `link`).
 * @csspart logo - The alliance logo, or its initials when there is no logo or it fails to load.
 * @csspart label - The "Proud member of … / Member since …" text, or the neutral sentence when unverified.
 * @csspart toggle - The button that opens and closes the details.
 * @csspart details - The details: verification, the alliance's values, member count, a pass offer.
 * @csspart tag - The "Preview" tag shown on localhost.
 * @csspart note - The preview explanation, and the set-up note when the `space` attribute is missing.
 * @csspart status - The shared loading and error states.
 *
 * @cssproperty --alliance-color-primary - Accent stripe and initials background (default: the feed's brand colour).
 * @cssproperty --alliance-color-on-primary - Initials colour on the primary colour (default: black or white by contrast).
 * @cssproperty --alliance-badge-background - The badge background (default: --alliance-color-surface).
 * @cssproperty --alliance-badge-logo-size - Logo size (default: 3em full, 1.75em compact, 3.5em icon).
 * @cssproperty --alliance-color-surface - Surface colour.
 * @cssproperty --alliance-color-text - Text colour.
 * @cssproperty --alliance-color-muted - Secondary text colour.
 * @cssproperty --alliance-color-border - Border colour.
 * @cssproperty --alliance-color-link - Link colour in the details.
 * @cssproperty --alliance-color-success - The "verified" check mark.
 * @cssproperty --alliance-color-warning - The "Preview" tag.
 * @cssproperty --alliance-focus-color - Focus ring.
 * @cssproperty --alliance-radius - Corner radius.
 * @cssproperty --alliance-font-family - Font.
 */
export class AllianceBadgeElement extends AllianceElement {
  static override styles = [AllianceElement.styles, badgeStyles];

  /**
   * The host name the badge verifies against. A static seam rather than an attribute, so markup copied to
   * another site can never claim that site is a member's; tests replace it.
   */
  static pageHostname(): string {
    return globalThis.location?.hostname ?? '';
  }

  /** The member space's id in the feed (required). */
  @property() space?: string;

  /** `full` (logo, name, member since), `compact` (one line) or `icon` (the logo alone, still named for screen readers). */
  @property({ reflect: true }) variant: BadgeVariant = 'full';

  /** `small`, `medium` or `large`. */
  @property({ reflect: true }) size: BadgeSize = 'medium';

  /** Open the alliance links in a new tab. */
  @property({ type: Boolean, attribute: 'new-tab' }) newTab = false;

  /** `off` leaves outbound links exactly as the feed has them (no `ref`, no `utm_*`). */
  @property() attribution: 'on' | 'off' = 'on';

  /** The same as `attribution="off"`. */
  @property({ type: Boolean, attribute: 'no-attribution' }) noAttribution = false;

  /** `utm_source` added to outbound links. */
  @property({ attribute: 'utm-source', reflect: true }) utmSource?: string;
  /** `utm_medium` added to outbound links. */
  @property({ attribute: 'utm-medium', reflect: true }) utmMedium?: string;
  /** `utm_campaign` added to outbound links. */
  @property({ attribute: 'utm-campaign', reflect: true }) utmCampaign?: string;
  /** `utm_term` added to outbound links. */
  @property({ attribute: 'utm-term', reflect: true }) utmTerm?: string;
  /** `utm_content` added to outbound links. */
  @property({ attribute: 'utm-content', reflect: true }) utmContent?: string;

  @state() private detailsOpen = false;
  @state() private failedLogo: string | null = null;

  @query('.toggle') private toggleButton?: HTMLButtonElement | null;

  private verification: Verification | null = null;
  private announced = '';
  // Custom states let the stylesheet widen the host when the row grows prose (details, the preview note).
  private readonly internals = this.attachInternals();

  /** The latest verification result, or `null` while the feed is loading or unavailable. */
  get verificationResult(): Verification | null {
    return this.verification;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const hostname = (this.constructor as typeof AllianceBadgeElement).pageHostname();
    this.verification = verifyMembership(this.feedState.feed, this.space?.trim() || null, hostname);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.showState('expanded', this.detailsOpen && this.verification?.status !== 'unverified');
    this.showState('preview', this.verification?.status === 'preview' && !!this.feedState.feed);
    this.announceVerification();
  }

  private showState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Browsers without custom states keep the narrower host width; nothing else depends on it.
    }
  }

  protected override render() {
    if (this.verification?.reason === 'missing-space') return this.renderMissingSpace();
    return this.renderWithFeed(
      (feed) => (this.verification ? this.renderVerdict(feed, this.verification) : nothing),
      () => renderLoading(msg('Checking alliance membership…')),
    );
  }

  private renderVerdict(feed: Feed, verification: Verification): TemplateResult {
    if (verification.status === 'unverified') {
      return html`<div class="badge unverified" part="badge">
        <p class="state" part="label">${infoIcon()}<span>${msg('Alliance member status could not be verified for this site.')}</span></p>
      </div>`;
    }
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'full';
    const preview = verification.status === 'preview';
    return html`<div class="badge ${variant}" part="badge" @keydown=${this.closeDetailsOnEscape}>
      <div class="row">
        ${this.renderSeal(feed.alliance, verification, variant)} ${variant === 'full' ? nothing : this.renderToggle(variant)}
      </div>
      ${variant === 'full' ? this.renderToggle(variant) : nothing}
      ${preview
        ? html`<p class="note" part="note">
            <span class="tag" part="tag">${msg('Preview')}</span> ${this.previewNote(verification)}
          </p>`
        : nothing}
      ${this.renderDetails(feed, verification)}
    </div>`;
  }

  private renderSeal(alliance: Alliance, verification: Verification, variant: BadgeVariant): TemplateResult {
    const since = this.memberSince(verification.space);
    const opensNewTab = this.newTab ? msg('(opens in a new tab)') : '';
    // The icon has no visible words, so the link carries the whole claim as its name.
    const iconName =
      variant === 'icon'
        ? [msg(str`Proud member of ${alliance.name}`), since, opensNewTab].filter(Boolean).join(', ')
        : undefined;
    return html`<a
      class="seal"
      part="link"
      href=${this.outboundHref(alliance.url, verification) ?? nothing}
      target=${this.newTab ? '_blank' : nothing}
      rel="noopener noreferrer"
      aria-label=${iconName ?? nothing}
    >
      ${this.renderLogo(alliance)}
      ${variant === 'icon'
        ? nothing
        : html`<span class="label" part="label">
            <span class="kicker">${msg('Proud member of')}</span>
            <bdi class="name">${alliance.name}</bdi>
            ${since ? html`<span class="since">${since}</span>` : nothing}
            ${opensNewTab ? html`<span class="visually-hidden">${opensNewTab}</span>` : nothing}
          </span>`}
    </a>`;
  }

  private renderLogo(alliance: Alliance): TemplateResult {
    const src = safeHref(alliance.logo);
    return html`<span class="logo" part="logo">
      ${src && src !== this.failedLogo
        ? html`<img src=${src} alt="" referrerpolicy="no-referrer" loading="lazy" @error=${() => (this.failedLogo = src)} />`
        : // Drawn from an attribute, not written as text: the initials are a picture of the logo, and as text
          // they would be words on the link that its name (the whole claim) does not contain.
          html`<span class="monogram" aria-hidden="true" data-initials=${initials(alliance.name)}></span>`}
    </span>`;
  }

  private renderToggle(variant: BadgeVariant): TemplateResult {
    const label = msg('About the alliance');
    return html`<button
      type="button"
      class="toggle"
      part="toggle"
      aria-expanded=${this.detailsOpen ? 'true' : 'false'}
      aria-controls="details"
      @click=${this.toggleDetails}
    >
      ${infoIcon()}
      ${variant === 'full'
        ? html`<span>${label}</span>${chevronIcon()}`
        : html`<span class="visually-hidden">${label}</span>`}
    </button>`;
  }

  private renderDetails(feed: Feed, verification: Verification): TemplateResult {
    const { alliance } = feed;
    const values = alliance.values ?? [];
    return html`<div id="details" class="details" part="details" ?hidden=${!this.detailsOpen}>
      ${this.renderVerificationLine(verification)}
      ${alliance.tagline ? html`<p class="text">${alliance.tagline}</p>` : nothing}
      ${values.length
        ? html`<p class="heading">${msg('What we stand for')}</p>
            <ul>
              ${values.map((value) => html`<li class="text">${value}</li>`)}
            </ul>`
        : nothing}
      <p>${this.memberCount(activeSpaces(feed).length)}</p>
      ${this.renderPassOffer(feed, verification)}
    </div>`;
  }

  private renderVerificationLine(verification: Verification): TemplateResult {
    const name = verification.space?.name ?? '';
    if (verification.status === 'preview') {
      return html`<p class="state preview">
        ${infoIcon()}<span>${msg(html`Preview: <bdi>${name}</bdi> is an active member; the website check applies once this page is published.`)}</span>
      </p>`;
    }
    return html`<p class="state verified">
      ${checkIcon()}<span>${msg(html`Verified: <bdi>${name}</bdi> is an active member, and <bdi>${verification.hostname}</bdi> is its website.`)}</span>
    </p>`;
  }

  private renderPassOffer(feed: Feed, verification: Verification): TemplateResult | typeof nothing {
    const pass = passToOffer(feed, verification.space);
    const href = pass && this.outboundHref(pass.checkoutUrl, verification);
    if (!pass || !href) return nothing;
    const count = spacesHonouring(feed, pass).length;
    if (count === 0) return nothing;
    const name = pass.name;
    const text =
      count === 1
        ? msg(html`Try our member space with the <bdi>${name}</bdi>`)
        : msg(html`Try all ${this.formatCount(count)} spaces with the <bdi>${name}</bdi>`);
    return html`<p>
      <a part="link pass-link" href=${href} target=${this.newTab ? '_blank' : nothing} rel="noopener noreferrer"
        ><span class="text">${text}</span>${this.newTab
          ? html`<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>`
          : nothing}</a
      >
    </p>`;
  }

  private renderMissingSpace(): TemplateResult {
    return html`<p class="owner-note" part="note">${msg('Alliance badge: set the space attribute (see the browser console).')}</p>`;
  }

  private previewNote(verification: Verification): string {
    const domains = verification.domains;
    if (!domains.length) {
      return msg('For the site owner: the feed lists no website for this space yet, so visitors will not see it verified.');
    }
    const list = formatList([...domains], this.locale);
    return msg(str`For the site owner: visitors will see this badge verified on ${list}.`);
  }

  private memberSince(space: Space | undefined): string {
    if (!space?.memberSince) return '';
    const year = numberFormat(this.locale, { useGrouping: false }).format(space.memberSince);
    return msg(str`Member since ${year}`);
  }

  private memberCount(count: number): string {
    const shown = this.formatCount(count);
    return plural(count, msg(str`${shown} member space`), msg(str`${shown} member spaces`));
  }

  private formatCount(count: number): string {
    return numberFormat(this.locale).format(count);
  }

  /** `url` with `ref=<space>` and the embedder's utm values, unless attribution is switched off. */
  private outboundHref(url: string, verification: Verification): string | undefined {
    const off = this.attribution === 'off' || this.noAttribution;
    const attribution: Attribution = off ? {} : { ref: verification.spaceId ?? undefined, utm: utmFromAttributes(this) };
    return withAttribution(url, attribution)?.href;
  }

  private toggleDetails(): void {
    this.detailsOpen = !this.detailsOpen;
  }

  private async closeDetailsOnEscape(event: KeyboardEvent): Promise<void> {
    if (event.key !== 'Escape' || !this.detailsOpen) return;
    event.stopPropagation();
    this.detailsOpen = false;
    await this.updateComplete;
    this.toggleButton?.focus();
  }

  /** Tells the page (event) and the site owner (console) the verdict, once per change of verdict. */
  private announceVerification(): void {
    const verification = this.verification;
    if (!verification) return;
    const { status, reason, hostname, spaceId, domains } = verification;
    const key = JSON.stringify([status, reason, hostname, spaceId, domains]);
    if (key === this.announced) return;
    this.announced = key;
    const explanation = `[alliance-kit] ${explainVerification(verification, this.feedState.feed?.alliance.name ?? '')}`;
    if (reason === 'missing-space') console.error(explanation);
    else if (status === 'unverified') console.warn(explanation);
    else if (status === 'preview') console.info(explanation);
    this.dispatchEvent(new AllianceBadgeVerifyEvent({ status, reason, hostname, spaceId, domains: [...domains] }));
  }
}

/** The pass to suggest: one this space honours if any is on sale, else any pass on sale. */
function passToOffer(feed: Feed, space: Space | undefined): Pass | undefined {
  const onSale = passesOnSale(feed, clock.now());
  return onSale.find((pass) => space && honours(space, pass)) ?? onSale[0];
}

/** "Prairie & Peaks Coworking Alliance" → "PP": the stand-in when there is no logo, or it fails to load. */
function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words
    .slice(0, 2)
    .map((word) => Array.from(word.replace(/^[^\p{L}]+/u, ''))[0] ?? '')
    .join('')
    .toLocaleUpperCase();
}

const infoIcon = () =>
  html`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
    <circle cx="10" cy="10" r="8.25" fill="none" stroke="currentColor" stroke-width="1.5" />
    <path d="M10 9v5" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" />
    <circle cx="10" cy="6.25" r="1.1" fill="currentColor" />
  </svg>`;

const checkIcon = () =>
  html`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
    <circle cx="10" cy="10" r="8.25" fill="none" stroke="currentColor" stroke-width="1.5" />
    <path d="M6 10.5l2.75 2.75L14.25 7.5" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" />
  </svg>`;

const chevronIcon = () =>
  html`<svg class="chevron" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
    <path d="M5.5 8l4.5 4.5L14.5 8" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" />
  </svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'alliance-badge': AllianceBadgeElement;
  }
}
