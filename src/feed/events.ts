import type { FeedErrorCode } from './errors.js';
import type { FeedIssue } from './parse.js';
import type { Feed } from './schema.js';

export interface FeedLoadDetail {
  /** The absolute feed URL (`''` for inline data). */
  url: string;
  feed: Feed;
  /** What validation left out or warned about. */
  issues: FeedIssue[];
  /** True when this is the stored last good copy rather than a fresh one. */
  stale: boolean;
}

/** A feed (fresh, or the last good copy) is ready to show. */
export class AllianceFeedLoadEvent extends CustomEvent<FeedLoadDetail> {
  static readonly eventName = 'alliance-feed-load';
  constructor(detail: FeedLoadDetail) {
    super(AllianceFeedLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface FeedErrorDetail {
  url: string;
  code: FeedErrorCode;
  /** A sentence a site owner can act on. */
  message: string;
  /** For a rejected feed: what validation found. */
  issues: readonly FeedIssue[];
  /** True when the element keeps showing the last good copy. */
  showingStoredCopy: boolean;
}

/** The feed could not be loaded or was rejected. */
export class AllianceFeedErrorEvent extends CustomEvent<FeedErrorDetail> {
  static readonly eventName = 'alliance-feed-error';
  constructor(detail: FeedErrorDetail) {
    super(AllianceFeedErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-feed-load': AllianceFeedLoadEvent;
    'alliance-feed-error': AllianceFeedErrorEvent;
  }
}
