import { html, LitElement, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController } from '../feed/controller.js';
import type { FeedState } from '../feed/loader.js';
import type { Feed } from '../feed/schema.js';
import { KIT_VERSION } from '../version.js';
import { accentOn, isHexColor, readableTextOn } from './color.js';
import { resolveLocale } from './locale.js';
import { renderError, renderLoading, renderStale } from './states.js';
import { baseStyles } from './styles.js';

/** Surfaces the brand colour is checked against (the default light and dark themes). */
const LIGHT_SURFACE = '#ffffff';
const DARK_SURFACE = '#161a22';

/**
 * The base of every kit element: its feed (attribute, enclosing `<alliance-feed>`, or page default), its
 * locale, the brand colours from the feed, and the shared loading / error / stale renderings.
 *
 * @fires {AllianceFeedLoadEvent} alliance-feed-load - The element's own feed (its `feed` attribute or the page default) is ready; elements inside `<alliance-feed>` leave this to the provider.
 * @fires {AllianceFeedErrorEvent} alliance-feed-error - The element's own feed could not be loaded or was rejected.
 *
 * @slot - Fallback content (e.g. a plain link) shown until the feed is ready, and when it fails.
 *
 * @cssproperty --alliance-color-primary - Brand colour (default: the feed's, else #2456d6).
 * @cssproperty --alliance-color-on-primary - Text on the brand colour (default: black or white by contrast).
 * @cssproperty --alliance-color-link - Link colour (default: the brand colour when readable, else blue).
 * @cssproperty --alliance-color-surface - Background.
 * @cssproperty --alliance-color-surface-raised - Background of raised parts (cards, fields).
 * @cssproperty --alliance-color-text - Text colour.
 * @cssproperty --alliance-color-muted - Secondary text colour.
 * @cssproperty --alliance-color-border - Borders.
 * @cssproperty --alliance-color-success - "Open", "verified" and other good news.
 * @cssproperty --alliance-color-warning - "Closes soon", "postponed".
 * @cssproperty --alliance-color-danger - Errors, "cancelled", "sold out".
 * @cssproperty --alliance-focus-color - Focus ring.
 * @cssproperty --alliance-radius - Corner radius.
 * @cssproperty --alliance-spacing - Base spacing.
 * @cssproperty --alliance-font-family - Font (default: inherited from the page).
 * @cssproperty --alliance-font-size - Base font size.
 * @csspart status - The loading and error messages.
 * @csspart retry - The "Try again" button of the error message.
 * @csspart stale - The "Updated 3 days ago" note over a stored copy.
 */
export abstract class AllianceElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  /** The kit version that defined this element (used to warn about two kit versions on one page). */
  static readonly kitVersion = KIT_VERSION;

  protected readonly feedController = new FeedController(this);

  /** The alliance feed URL. Overrides an enclosing `<alliance-feed>` and the page's `<meta name="alliance-feed">`. */
  @property() feed?: string;

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  private brandedFeed: Feed | null = null;

  /** The current feed state (loading / ready / error, stale or fresh). */
  protected get feedState(): FeedState {
    return this.feedController.state;
  }

  /** The language this element speaks; see {@link resolveLocale} for the order. */
  protected get locale(): string {
    return resolveLocale(this, this.feedState.feed?.alliance.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed')) this.feedController.resolve();
    const feed = this.feedState.feed;
    if (feed !== this.brandedFeed) {
      this.brandedFeed = feed;
      this.applyBrand(feed);
    }
  }

  /**
   * Renders `ready(feed)` when there is a feed, with the stale notice above it when it is an old copy, and
   * the shared loading and error states otherwise. Until the feed is ready, the embedder's light-DOM
   * fallback (say, a plain link for visitors without JavaScript) stays visible in the default slot; the
   * loading indicator only shows when there is none.
   */
  protected renderWithFeed(ready: (feed: Feed) => unknown, loading: () => TemplateResult = () => renderLoading()): unknown {
    const state = this.feedState;
    if (state.feed) return [renderStale(state, this.locale), ready(state.feed)];
    if (state.status === 'error') return [renderError(state, () => this.feedController.retry()), html`<slot></slot>`];
    return html`<slot>${loading()}</slot>`;
  }

  /** Brand colours as private custom properties, only ever `#rrggbb`, with text colours chosen by contrast. */
  private applyBrand(feed: Feed | null): void {
    const primary = feed?.alliance.colors?.primary;
    const names = ['--_feed-primary', '--_feed-on-primary', '--_feed-link-light', '--_feed-link-dark'];
    if (!isHexColor(primary)) {
      for (const name of names) this.style.removeProperty(name);
      return;
    }
    this.style.setProperty('--_feed-primary', primary);
    this.style.setProperty('--_feed-on-primary', readableTextOn(primary));
    this.style.setProperty('--_feed-link-light', accentOn(primary, LIGHT_SURFACE, '#1d4ed8'));
    this.style.setProperty('--_feed-link-dark', accentOn(primary, DARK_SURFACE, '#9cc0ff'));
  }
}
