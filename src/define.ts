/**
 * Registers every kit element. This module is the only one with side effects: import it (or load
 * dist/alliance-kit.js) to use the tags; import `alliance-kit` itself for the classes alone.
 */
// First: it loads src/shared/load-guard.ts, which must run before Lit and zod do.
import { defineElement } from './shared/define-element.js';
import { AllianceFeedElement } from './components/feed/alliance-feed.js';
import { AllianceBadgeElement } from './components/badge/alliance-badge.js';
import { AlliancePassButtonElement } from './components/pass-button/alliance-pass-button.js';
import { AllianceEventsElement } from './components/events/alliance-events.js';
import { AllianceDirectoryElement } from './components/directory/alliance-directory.js';

// <alliance-feed> first: the elements inside it find their provider as soon as they upgrade.
defineElement('alliance-feed', AllianceFeedElement);
defineElement('alliance-badge', AllianceBadgeElement);
defineElement('alliance-pass-button', AlliancePassButtonElement);
defineElement('alliance-events', AllianceEventsElement);
defineElement('alliance-directory', AllianceDirectoryElement);
