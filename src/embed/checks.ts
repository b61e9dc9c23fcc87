/**
 * The embed-code builder's advice: likely mistakes in the choices made, in plain words, before the operator
 * pastes a snippet that would show an error (or nothing) on their site.
 */
import type { FeedLoadError } from '../feed/errors.js';
import type { FeedIssue } from '../feed/parse.js';
import { findPass, findSpace, passAvailability } from '../feed/query.js';
import type { Feed } from '../feed/schema.js';
import { clock } from '../shared/clock.js';
import { isPreviewHost } from '../shared/page-host.js';
import { safeUrl } from '../shared/safe-url.js';
import { checkOptionValue, embeddableElement, optionsOf } from './elements.js';
import type { EmbedChoice } from './snippets.js';

export interface Advice {
  level: 'error' | 'warning' | 'info';
  message: string;
  /** The attribute (or `feed`, `fallback`) the advice is about, so the builder can show it next to the field. */
  field?: string;
}

export interface FeedCheck {
  feed: Feed | null;
  error: FeedLoadError | null;
  issues: readonly FeedIssue[];
}

/** What is likely wrong with `choice`, given what loading its feed gave. */
export function adviseOnChoice(choice: EmbedChoice, loaded: FeedCheck): Advice[] {
  const advice: Advice[] = [...adviseOnFeedAddress(choice.feed), ...adviseOnFeedLoad(loaded)];
  const element = embeddableElement(choice.element);
  if (!element) return advice;

  for (const option of optionsOf(element)) {
    const raw = choice.attributes[option.attribute];
    if (raw === undefined) continue;
    const checked = checkOptionValue(option, raw);
    if ('problem' in checked) advice.push({ level: 'error', field: option.attribute, message: `${option.label}: it ${checked.problem}.` });
  }

  const feed = loaded.feed;
  for (const option of element.options) {
    const id = choice.attributes[option.attribute]?.trim();
    if (!feed || !id || option.kind.type !== 'feed-id') continue;
    if (option.kind.of === 'space') advice.push(...adviseOnSpace(feed, id, option.attribute, element.key === 'badge'));
    else advice.push(...adviseOnPass(feed, id, option.attribute));
  }
  if (element.key === 'badge' && !choice.attributes['space']?.trim()) {
    advice.push({ level: 'error', field: 'space', message: 'The badge needs your space: choose it, or the badge only shows a set-up note.' });
  }
  if (element.key === 'events' && feed && !feed.events.some((event) => Date.parse(event.end ?? event.start) >= clock.now())) {
    advice.push({ level: 'info', message: 'The feed has no upcoming events right now: the element will say so until it does.' });
  }
  if (!safeUrl(choice.fallback.href)) {
    advice.push({ level: 'warning', field: 'fallback', message: 'The fallback link needs an https:// address; without it visitors without JavaScript get plain text.' });
  }
  return advice;
}

function adviseOnFeedAddress(address: string): Advice[] {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return [{ level: 'error', field: 'feed', message: 'The feed address is not a full web address (https://…/feed.json).' }];
  }
  if (isPreviewHost(url.hostname)) {
    return [{ level: 'warning', field: 'feed', message: 'This feed is on your own computer: replace it with your alliance’s published feed address before you paste the code on a site.' }];
  }
  if (url.protocol === 'http:') {
    return [{ level: 'error', field: 'feed', message: 'The feed address starts with http://. Sites served over https cannot load it, and the kit refuses it: publish the feed over https.' }];
  }
  return [];
}

function adviseOnFeedLoad({ feed, error, issues }: FeedCheck): Advice[] {
  const advice: Advice[] = [];
  if (error) {
    const message =
      error.code === 'network'
        ? 'The feed could not be fetched. If the address opens in a browser tab, its server is probably not sending the CORS header “Access-Control-Allow-Origin: *”, which other sites need to read it (see docs/publishing.md).'
        : error.code === 'invalid'
          ? `The feed was rejected: ${error.message}`
          : error.message;
    advice.push({ level: feed ? 'warning' : 'error', field: 'feed', message: feed ? `${message} Showing the last copy that loaded.` : message });
  }
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  if (feed && issues.length > 0) {
    advice.push({
      level: 'info',
      field: 'feed',
      message:
        errors > 0
          ? `The feed loaded, but ${errors === 1 ? 'one item was' : `${errors} items were`} left out because of mistakes in it (listed below).`
          : `The feed loaded with ${issues.length === 1 ? 'one warning' : `${issues.length} warnings`} (listed below).`,
    });
  }
  return advice;
}

function adviseOnSpace(feed: Feed, id: string, field: string, isBadge: boolean): Advice[] {
  const space = findSpace(feed, id);
  if (!space) return [{ level: 'error', field, message: `There is no space with the id “${id}” in the feed. Pick one from the list.` }];
  if (space.status !== 'active') {
    return [{ level: 'warning', field, message: `“${space.name}” is not an active member in the feed${isBadge ? ': the badge will not claim membership' : ''}.` }];
  }
  if (isBadge && !space.domains?.length) {
    return [
      {
        level: 'warning',
        field,
        message: `“${space.name}” has no domains in the feed, so the badge cannot verify membership on any site. Ask the alliance to add your site’s domain to the feed.`,
      },
    ];
  }
  return [];
}

function adviseOnPass(feed: Feed, id: string, field: string): Advice[] {
  const pass = findPass(feed, id);
  if (!pass) return [{ level: 'error', field, message: `There is no pass with the id “${id}” in the feed. Pick one from the list.` }];
  const availability = passAvailability(pass, clock.now());
  if (availability.state === 'on-sale') return [];
  const why = { 'sold-out': 'is sold out', 'not-yet': 'is not on sale yet', ended: 'is no longer on sale' }[availability.state];
  return [{ level: 'info', field, message: `“${pass.name}” ${why}: the button will say so instead of selling it.` }];
}
