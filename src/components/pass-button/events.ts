import type { Money, Pass, Space } from '../../feed/schema.js';

export interface PassCheckoutDetail {
  /** The id of the pass being bought. */
  passId: string;
  pass: Pass;
  /** The price shown to the buyer (exact decimal string and currency). */
  price: Money;
  /** The member space the sale is attributed to (the element's `space` attribute), or `null`. */
  spaceId: string | null;
  /** That space from the feed, when it is in it. */
  space: Space | null;
  /** The checkout URL the buyer is about to open, attribution included. */
  url: string;
}

/**
 * A buyer activated a pass's checkout link. Cancel it (`preventDefault()`) to keep the browser from
 * navigating and open your own checkout instead.
 */
export class AlliancePassCheckoutEvent extends CustomEvent<PassCheckoutDetail> {
  static readonly eventName = 'alliance-pass-checkout';
  constructor(detail: PassCheckoutDetail) {
    super(AlliancePassCheckoutEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-pass-checkout': AlliancePassCheckoutEvent;
  }
}
