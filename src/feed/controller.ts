import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedContext } from './context.js';
import { FeedLoadError } from './errors.js';
import { AllianceFeedErrorEvent, AllianceFeedLoadEvent } from './events.js';
import { FeedSource, getFeedSource, LOADING_STATE, type FeedState } from './loader.js';

export type FeedHost = ReactiveControllerHost & HTMLElement & { feed?: string | null };

/** Where an element's feed came from, in the order the kit looks for one. */
export type FeedOrigin = 'attribute' | 'context' | 'meta' | 'none';

/**
 * Gives an element the state of its feed and re-renders it on every change.
 *
 * Lookup order: the element's own `feed` attribute, then an enclosing `<alliance-feed>` (via @lit/context),
 * then the page default `<meta name="alliance-feed" content="URL">`. Whichever is found is shared page-wide
 * with every other element using the same URL, so the feed is requested once.
 */
export class FeedController implements ReactiveController {
  private source: FeedSource | null = null;
  private unsubscribe: (() => void) | null = null;
  private provided: FeedSource | undefined;
  private connected = false;
  origin: FeedOrigin = 'none';
  state: FeedState = LOADING_STATE;

  constructor(private readonly host: FeedHost) {
    // The consumer must connect before this controller, so a provider that is already there answers before
    // the fallbacks are tried (and never starts a needless request for the page default).
    new ContextConsumer(host, {
      context: feedContext,
      subscribe: true,
      callback: (source) => {
        this.provided = source;
        this.resolve();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.resolve();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.attach(null, 'none');
  }

  /** Looks for the feed again: call when the host's `feed` attribute changes. */
  resolve(): void {
    if (!this.connected) return;
    const own = this.host.feed?.trim();
    if (own) this.attach(sourceFor(own), 'attribute');
    else if (this.provided) this.attach(this.provided, 'context');
    else {
      const pageDefault = document.querySelector<HTMLMetaElement>('meta[name="alliance-feed"]')?.content.trim();
      if (pageDefault) this.attach(sourceFor(pageDefault), 'meta');
      else this.attach(FeedSource.failed(noFeedError()), 'none');
    }
  }

  /** Tries the network again (the "Try again" button of the error state). */
  retry(): void {
    void this.source?.load();
  }

  private attach(source: FeedSource | null, origin: FeedOrigin): void {
    if (source === this.source) return;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.source = source;
    this.origin = origin;
    if (!source) return;
    this.unsubscribe = source.subscribe((state) => this.update(state));
    this.update(source.state, true);
  }

  private update(state: FeedState, initial = false): void {
    const previous = initial ? null : this.state;
    this.state = state;
    // Elements fed by <alliance-feed> stay quiet: the provider announces the load once for all of them.
    if (this.origin === 'attribute' || this.origin === 'meta') announceFeedState(this.host, state, previous);
    this.host.requestUpdate();
  }
}

function sourceFor(url: string): FeedSource {
  try {
    return getFeedSource(url);
  } catch (error) {
    return FeedSource.failed(error instanceof FeedLoadError ? error : noFeedError(), url);
  }
}

function noFeedError(): FeedLoadError {
  return new FeedLoadError(
    'no-feed',
    'No alliance feed is set. Add feed="https://…/feed.json" to the element, wrap it in <alliance-feed src="…">, ' +
      'or add <meta name="alliance-feed" content="…"> to the page.',
  );
}

/**
 * Fires `alliance-feed-load` when a new feed is ready and `alliance-feed-error` when a new failure happens.
 * `previous === null` announces the current state as new (a late subscriber to an already loaded source).
 */
export function announceFeedState(target: EventTarget, state: FeedState, previous: FeedState | null): void {
  if (state.feed && state.feed !== previous?.feed) {
    target.dispatchEvent(
      new AllianceFeedLoadEvent({ url: state.url, feed: state.feed, issues: state.issues, stale: state.stale }),
    );
  }
  if (state.error && state.error !== previous?.error) {
    target.dispatchEvent(
      new AllianceFeedErrorEvent({
        url: state.url,
        code: state.error.code,
        message: state.error.message,
        issues: state.error.issues,
        showingStoredCopy: state.feed !== null,
      }),
    );
  }
}
