/**
 * alliance-kit: the element classes, the feed schema and loader. Importing this module registers nothing;
 * import `alliance-kit/define` for that.
 */
export { AllianceFeedElement } from './components/feed/alliance-feed.js';
export { AllianceDirectoryElement } from './components/directory/alliance-directory.js';
export { AllianceSpaceSelectEvent, type SpaceSelectDetail } from './components/directory/directory-events.js';
export { AllianceBadgeElement, type BadgeVariant, type BadgeSize } from './components/badge/alliance-badge.js';
export { AllianceBadgeVerifyEvent, type BadgeVerifyDetail, type BadgeVerificationStatus, type BadgeVerificationReason } from './components/badge/events.js';
export { AlliancePassButtonElement } from './components/pass-button/alliance-pass-button.js';
export { AlliancePassCheckoutEvent, type PassCheckoutDetail } from './components/pass-button/events.js';
export { WELL_KNOWN_CHECKOUT_HOSTS, checkCheckoutUrl, type CheckoutVerdict, type CheckoutTrustContext } from './components/pass-button/checkout.js';
export { AllianceEventsElement, EVENTS_PAGE_SIZE } from './components/events/alliance-events.js';
export { AllianceEventSelectEvent, type AllianceEventSelectDetail } from './components/events/alliance-event-select.js';
export { writeCalendar, icsEventFromFeed, feedToIcs, type IcsCalendar, type IcsEvent, type IcsWhen } from './shared/ics.js';
export { AllianceElement } from './shared/alliance-element.js';
export { defineElement } from './shared/define-element.js';
export { safeUrl, safeHref, isHostWithin } from './shared/safe-url.js';
export { preloadLocale, SUPPORTED_LOCALES } from './shared/localize.js';

export { parseFeed, parseFeedAsync, describeIssue, type FeedIssue, type ParseResult } from './feed/parse.js';
export {
  FeedSource,
  getFeedSource,
  clearFeedSources,
  resolveFeedUrl,
  loaderDefaults,
  type FeedState,
  type FeedStatus,
  type LoaderOptions,
} from './feed/loader.js';
export { FeedLoadError, type FeedErrorCode } from './feed/errors.js';
export { setFeedFetch, type FetchLike } from './feed/fetch.js';
export { feedContext } from './feed/context.js';
export { FeedController, type FeedOrigin } from './feed/controller.js';
export {
  AllianceFeedLoadEvent,
  AllianceFeedErrorEvent,
  type FeedLoadDetail,
  type FeedErrorDetail,
} from './feed/events.js';
export type {
  Feed,
  Alliance,
  Space,
  Pass,
  AllianceEvent,
  Money,
  DayUse,
  WeeklyInterval,
  HoursException,
  Address,
  SpaceKind,
  EventStatus,
  Amenity,
  Weekday,
} from './feed/schema.js';
export { SPACE_KINDS, AMENITIES, WEEKDAYS, EVENT_STATUSES } from './feed/schema.js';
export { FEED_VERSION, LIMITS } from './feed/limits.js';
export { KIT_VERSION } from './version.js';
export { clock } from './shared/clock.js';
