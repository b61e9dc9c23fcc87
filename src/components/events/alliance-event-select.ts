import type { AllianceEvent } from '../../feed/schema.js';

export interface AllianceEventSelectDetail {
  /** The event's id in the feed. */
  id: string;
  event: AllianceEvent;
  /** Where the link goes (registration page, or the alliance's events page). */
  url: string;
}

/**
 * A visitor opened an event. Cancel it (`preventDefault()`) to stop the navigation and show the event your
 * own way, in a dialog or a single-page app route.
 */
export class AllianceEventSelectEvent extends CustomEvent<AllianceEventSelectDetail> {
  static readonly eventName = 'alliance-event-select';
  constructor(detail: AllianceEventSelectDetail) {
    super(AllianceEventSelectEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-event-select': AllianceEventSelectEvent;
  }
}
