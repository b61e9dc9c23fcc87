import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { feedContext } from '../../feed/context.js';
import { announceFeedState } from '../../feed/controller.js';
import { FeedLoadError } from '../../feed/errors.js';
import { FeedSource, getFeedSource, LOADING_STATE, type FeedState } from '../../feed/loader.js';
import { KIT_VERSION } from '../../version.js';

/**
 * Loads one alliance feed and provides it to every kit element inside it, so a page with many elements
 * configures the feed once and requests it once.
 *
 * @tagname alliance-feed
 * @summary Provides one alliance feed to the kit elements inside it.
 *
 * @fires {AllianceFeedLoadEvent} alliance-feed-load - A feed (fresh, or the stored last good copy) is ready.
 * @fires {AllianceFeedErrorEvent} alliance-feed-error - The feed could not be loaded or was rejected.
 *
 * @slot - Kit elements (and any other content); they read the feed from here unless they set their own.
 */
export class AllianceFeedElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The kit version that defined this element. */
  static readonly kitVersion = KIT_VERSION;

  private readonly provider = new ContextProvider(this, { context: feedContext });
  private unsubscribe: (() => void) | null = null;
  private current: FeedState = LOADING_STATE;

  /** The feed URL (https, or a path on this site). */
  @property() src?: string;

  /** Feed JSON the page already has, instead of `src` (framework apps, previews). Untrusted: it is validated. */
  @property({ attribute: false }) data?: unknown;

  /** The state of the provided feed: loading / ready / error, the feed, its issues, stale or fresh. */
  get state(): FeedState {
    return this.current;
  }

  /** Loads the feed again (after an error, or to pick up a newer copy). */
  reload(): Promise<void> {
    return this.provider.value?.load() ?? Promise.resolve();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.provider.value) this.subscribeTo(this.provider.value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('data')) {
      const source = this.createSource();
      this.provider.setValue(source);
      this.subscribeTo(source);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private createSource(): FeedSource {
    if (this.data !== undefined) return FeedSource.fromData(this.data);
    const src = this.src?.trim();
    if (!src) return FeedSource.failed(new FeedLoadError('no-feed', 'Set src="https://…/feed.json" on <alliance-feed>.'));
    try {
      return getFeedSource(src);
    } catch (error) {
      return FeedSource.failed(error instanceof FeedLoadError ? error : new FeedLoadError('no-feed', String(error)), src);
    }
  }

  private subscribeTo(source: FeedSource): void {
    this.unsubscribe?.();
    this.current = source.state;
    announceFeedState(this, source.state, null);
    this.unsubscribe = source.subscribe((state) => {
      const previous = this.current;
      this.current = state;
      announceFeedState(this, state, previous);
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-feed': AllianceFeedElement;
  }
}
