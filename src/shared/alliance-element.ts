import { html, LitElement, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController } from '../feed/controller.js';
import type { FeedState } from '../feed/loader.js';
import type { Feed } from '../feed/schema.js';
import { KIT_VERSION } from '../version.js';
import { accentOn, isHexColor, readableTextOn } from './color.js';
import { resolveLocale } from './locale.js';
import { onCatalogArrival, speaking, spokenLocale, wordsPending } from './localize.js';
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
  /** The locale of the update in progress (one lookup per update, not one per formatted date). */
  private updateLocale: string | null = null;
  /** The locale of the last update, to tell whether a `lang` change elsewhere on the page concerns us. */
  private renderedLocale: string | null = null;
  private stopListening: (() => void) | null = null;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The current feed state (loading / ready / error, stale or fresh). */
  protected get feedState(): FeedState {
    return this.feedController.state;
  }

  /**
   * The language this element speaks: its `lang`, its ancestors', the page's, the feed's default, else English
   * (see {@link resolveLocale}), as far as the kit has words for it (see {@link spokenLocale}). Every date,
   * number and price is formatted in it.
   */
  protected get locale(): string {
    return this.updateLocale ?? spokenLocale(this.requestedLocale());
  }

  private requestedLocale(): string {
    return resolveLocale(this, this.feedState.feed?.alliance.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const check = () => this.checkLanguage();
    const stopArrival = onCatalogArrival(check);
    const stopWatching = watchLanguage(check);
    this.stopListening = () => {
      stopArrival();
      stopWatching();
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = null;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /**
   * When several kit elements render for the first time or get their feed in the same task (a page with a
   * badge, events and a directory; a stored copy read at load), each does it in a task of its own, so
   * together they never make one long task that holds up the host page. The first one renders at once, so a
   * single element, and every update that brings no new feed (typing, clicking), still shows in that frame.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const feed = this.feedState.feed;
    const heavy = !this.hasUpdated || (feed !== null && feed !== this.brandedFeed);
    if (heavy && !claimRenderTurn()) return nextTask().then(() => this.scheduleUpdate());
    return super.scheduleUpdate();
  }

  /** Each update (willUpdate, render, updated) speaks this element's language; see src/shared/localize.ts. */
  protected override performUpdate(): void {
    const locale = this.locale;
    this.updateLocale = this.renderedLocale = locale;
    try {
      speaking(locale, () => super.performUpdate());
    } finally {
      this.updateLocale = null;
    }
  }

  /** Runs `work` (a timer's announcement, say) in this element's language, as an update would. */
  protected inOwnLanguage<T>(work: () => T): T {
    return speaking(this.locale, work);
  }

  /** Re-renders when the language it would speak now is not the one it rendered in. */
  private checkLanguage(): void {
    if (this.hasUpdated && this.locale !== this.renderedLocale) this.requestUpdate();
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
    // Content waits for its words (a catalog is a small local file, usually there before the feed), so a
    // French visitor never sees the directory flash up in English first.
    const wordsComing = wordsPending(this.requestedLocale());
    let content: unknown;
    if (state.feed && !wordsComing) content = [renderStale(state, this.locale), ready(state.feed)];
    else if (state.status === 'error') content = [renderError(state, () => this.feedController.retry()), html`<slot></slot>`];
    else content = html`<slot>${loading()}</slot>`;
    // Marks the language of the words, which can differ from the page's (English on a page in a language the
    // kit does not speak yet, or the feed's language on a page that declares none).
    return html`<div class="speaks" lang=${this.locale}>${content}</div>`;
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

/** Whether a kit element has had its first render or a new feed's render in the current task. */
let turnTakenThisTask = false;

/** True for the first element that asks in a task; later ones wait for a task of their own. */
function claimRenderTurn(): boolean {
  if (turnTakenThisTask) return false;
  turnTakenThisTask = true;
  void nextTask().then(() => {
    turnTakenThisTask = false;
  });
  return true;
}

/** Resolves in a new task (a message, which background tabs do not throttle as they do timers). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Kit elements on the page, told when a `lang` attribute changes anywhere in the document. */
const languageWatchers = new Set<() => void>();
let languageObserver: MutationObserver | null = null;

/**
 * One observer for every kit element: a `lang` set on `<html>` or on a section of the page at run time (a
 * language switcher) re-renders the elements that now speak another language, and only those.
 */
function watchLanguage(check: () => void): () => void {
  languageWatchers.add(check);
  if (!languageObserver && typeof MutationObserver !== 'undefined' && globalThis.document?.documentElement) {
    languageObserver = new MutationObserver(() => {
      for (const watcher of [...languageWatchers]) watcher();
    });
    languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    languageWatchers.delete(check);
    if (languageWatchers.size === 0) {
      languageObserver?.disconnect();
      languageObserver = null;
    }
  };
}
