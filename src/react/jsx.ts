/**
 * JSX types for the kit's tags used directly in React 19 (`<alliance-directory layout="list" />`), without
 * the wrapper components. Bring them in once, anywhere in a TypeScript project:
 *
 *   import type {} from 'alliance-kit/react/jsx';
 *
 * React 19 sets a prop as a property when the element has one by that name and as an attribute otherwise,
 * and treats `on<event-name>` props as event listeners (`onalliance-space-select`). Write attributes in
 * their HTML spelling (`current-space`), which works before and after the element is defined; for typed
 * camelCase props and `onAllianceSpaceSelect`-style callbacks, use the components from `alliance-kit/react`.
 */
import type * as React from 'react';
import type { AllianceBadgeElement, BadgeSize, BadgeVariant } from '../components/badge/alliance-badge.js';
import type { AllianceBadgeVerifyEvent } from '../components/badge/events.js';
import type { AllianceDirectoryElement } from '../components/directory/alliance-directory.js';
import type { AllianceSpaceSelectEvent } from '../components/directory/directory-events.js';
import type { AllianceEventsElement } from '../components/events/alliance-events.js';
import type { AllianceEventSelectEvent } from '../components/events/alliance-event-select.js';
import type { AllianceFeedElement } from '../components/feed/alliance-feed.js';
import type { AlliancePassButtonElement } from '../components/pass-button/alliance-pass-button.js';
import type { AlliancePassCheckoutEvent } from '../components/pass-button/events.js';
import type { AllianceFeedErrorEvent, AllianceFeedLoadEvent } from '../feed/events.js';

type Flag = boolean | '' | undefined;
type Listener<E extends Event> = (event: E) => void;

type KitElementProps<E extends HTMLElement> = Omit<React.DetailedHTMLProps<React.HTMLAttributes<E>, E>, 'children'> & {
  children?: React.ReactNode;
  /** The feed URL (else the enclosing `<alliance-feed>`, else `<meta name="alliance-feed">`). */
  feed?: string;
  theme?: 'light' | 'dark' | 'auto';
  'onalliance-feed-load'?: Listener<AllianceFeedLoadEvent>;
  'onalliance-feed-error'?: Listener<AllianceFeedErrorEvent>;
};

export interface AllianceKitIntrinsicElements {
  'alliance-feed': Omit<KitElementProps<AllianceFeedElement>, 'feed' | 'theme'> & {
    src?: string;
    /** Feed JSON you already have (set as a property). */
    data?: unknown;
  };
  'alliance-badge': KitElementProps<AllianceBadgeElement> & {
    space?: string;
    variant?: BadgeVariant;
    size?: BadgeSize;
    'new-tab'?: Flag;
    'no-attribution'?: Flag;
    'utm-source'?: string;
    'utm-medium'?: string;
    'utm-campaign'?: string;
    'utm-term'?: string;
    'utm-content'?: string;
    'onalliance-badge-verify'?: Listener<AllianceBadgeVerifyEvent>;
  };
  'alliance-directory': KitElementProps<AllianceDirectoryElement> & {
    'current-space'?: string;
    'exclude-current'?: Flag;
    layout?: 'grid' | 'list' | 'compact';
    limit?: number | string;
    'page-size'?: number | string;
    kinds?: string;
    amenities?: string;
    'show-filters'?: 'true' | 'false';
    'sync-url'?: string;
    'heading-level'?: number | string;
    'structured-data'?: Flag;
    maps?: 'google' | 'apple' | 'openstreetmap';
    'onalliance-space-select'?: Listener<AllianceSpaceSelectEvent>;
  };
  'alliance-pass-button': KitElementProps<AlliancePassButtonElement> & {
    pass?: string;
    space?: string;
    variant?: 'button' | 'card';
    size?: 'small' | 'medium' | 'large';
    label?: string;
    'show-price'?: 'true' | 'false';
    'hide-price'?: Flag;
    target?: '_blank' | '_self';
    'checkout-hosts'?: string;
    'onalliance-pass-checkout'?: Listener<AlliancePassCheckoutEvent>;
  };
  'alliance-events': KitElementProps<AllianceEventsElement> & {
    space?: string;
    tags?: string;
    limit?: number | string;
    days?: number | string;
    layout?: 'list' | 'compact' | 'cards';
    'show-past'?: Flag;
    'time-zone'?: 'event' | 'viewer';
    'calendar-url'?: string;
    'structured-data'?: Flag;
    'heading-level'?: number | string;
    'onalliance-event-select'?: Listener<AllianceEventSelectEvent>;
  };
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends AllianceKitIntrinsicElements {}
  }
}
