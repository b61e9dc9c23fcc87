import type { Space } from '../../feed/schema.js';

export interface SpaceSelectDetail {
  /** The space's feed id. */
  spaceId: string;
  space: Space;
  /** Where the link would go (the space's website), already checked by safeUrl. */
  url: string;
}

/**
 * A visitor opened a space from the directory. Cancelable: call `preventDefault()` to stop the browser from
 * following the link and show the space your own way (a router, a dialog).
 */
export class AllianceSpaceSelectEvent extends CustomEvent<SpaceSelectDetail> {
  static readonly eventName = 'alliance-space-select';
  constructor(detail: SpaceSelectDetail) {
    super(AllianceSpaceSelectEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-space-select': AllianceSpaceSelectEvent;
  }
}
