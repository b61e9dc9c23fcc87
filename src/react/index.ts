/**
 * React components for every kit element (`import { AllianceDirectory } from 'alliance-kit/react'`), made
 * with @lit/react: props are set as element properties (objects and arrays included, not just strings),
 * and `on…` props listen to the elements' events with their typed event objects.
 *
 * Importing this module registers the elements. With Next.js (or any server rendering), use these from a
 * client component (`'use client'`): the server renders the bare tags, the browser upgrades them.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define.js';
import { AllianceFeedElement } from '../components/feed/alliance-feed.js';
import { AllianceBadgeElement } from '../components/badge/alliance-badge.js';
import { AllianceDirectoryElement } from '../components/directory/alliance-directory.js';
import { AlliancePassButtonElement } from '../components/pass-button/alliance-pass-button.js';
import { AllianceEventsElement } from '../components/events/alliance-events.js';
import type { AllianceBadgeVerifyEvent } from '../components/badge/events.js';
import type { AllianceSpaceSelectEvent } from '../components/directory/directory-events.js';
import type { AlliancePassCheckoutEvent } from '../components/pass-button/events.js';
import type { AllianceEventSelectEvent } from '../components/events/alliance-event-select.js';
import type { AllianceFeedErrorEvent, AllianceFeedLoadEvent } from '../feed/events.js';

const feedEvents = {
  onAllianceFeedLoad: 'alliance-feed-load' as EventName<AllianceFeedLoadEvent>,
  onAllianceFeedError: 'alliance-feed-error' as EventName<AllianceFeedErrorEvent>,
};

/** `<alliance-feed>`: provides one feed (`src`, or `data` you already have) to the elements inside it. */
export const AllianceFeed = createComponent({
  react: React,
  tagName: 'alliance-feed',
  elementClass: AllianceFeedElement,
  events: feedEvents,
  displayName: 'AllianceFeed',
});

/** `<alliance-badge>`: the verified "member of the alliance" badge. */
export const AllianceBadge = createComponent({
  react: React,
  tagName: 'alliance-badge',
  elementClass: AllianceBadgeElement,
  events: { ...feedEvents, onAllianceBadgeVerify: 'alliance-badge-verify' as EventName<AllianceBadgeVerifyEvent> },
  displayName: 'AllianceBadge',
});

/** `<alliance-directory>`: the searchable directory of member spaces. */
export const AllianceDirectory = createComponent({
  react: React,
  tagName: 'alliance-directory',
  elementClass: AllianceDirectoryElement,
  events: { ...feedEvents, onAllianceSpaceSelect: 'alliance-space-select' as EventName<AllianceSpaceSelectEvent> },
  displayName: 'AllianceDirectory',
});

/** `<alliance-pass-button>`: sells an alliance pass, with attributed, trusted checkout. */
export const AlliancePassButton = createComponent({
  react: React,
  tagName: 'alliance-pass-button',
  elementClass: AlliancePassButtonElement,
  events: { ...feedEvents, onAlliancePassCheckout: 'alliance-pass-checkout' as EventName<AlliancePassCheckoutEvent> },
  displayName: 'AlliancePassButton',
});

/** `<alliance-events>`: the alliance's upcoming events with add-to-calendar links. */
export const AllianceEvents = createComponent({
  react: React,
  tagName: 'alliance-events',
  elementClass: AllianceEventsElement,
  events: { ...feedEvents, onAllianceEventSelect: 'alliance-event-select' as EventName<AllianceEventSelectEvent> },
  displayName: 'AllianceEvents',
});

export type { AllianceKitIntrinsicElements } from './jsx.js';
