/**
 * Small inline feeds and helpers for the <alliance-events> tests: every event is written out in the test
 * that checks it, so an assertion can be read next to its data.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define.js';
import type { AllianceEventsElement } from '../../../src/components/events/alliance-events.js';
import { json, routes, until } from '../../helpers/feed.js';

/**
 * A feed address of the test file's own: test files run side by side in tabs that share localStorage, where
 * the loader keeps the last good copy of each feed by address.
 */
export function feedUrlFor(file: string): string {
  return `https://prairieandpeaks.example/${file}/feed.json`;
}

export type EventInput = Record<string, unknown> & { id: string; title: string; start: string };

export function feedWith(events: EventInput[], alliance: Record<string, unknown> = {}) {
  return {
    version: 1,
    updated: '2026-11-01T12:00:00Z',
    alliance: {
      id: 'prairie-peaks',
      name: 'Prairie & Peaks',
      url: 'https://prairieandpeaks.example/',
      timezone: 'America/Chicago',
      currency: 'USD',
      eventsUrl: 'https://prairieandpeaks.example/events',
      ...alliance,
    },
    spaces: [
      {
        id: 'crossroads',
        name: 'Crossroads Commons',
        url: 'https://crossroadscommons.example/',
        address: { street: '1 Main St', locality: 'Kansas City', region: 'MO', country: 'US' },
      },
      { id: 'rino', name: 'RiNo Foundry', url: 'https://rinofoundry.example/', timezone: 'America/Denver' },
      { id: 'lohi', name: 'LoHi Loft', timezone: 'America/Denver' },
      { id: 'venice', name: 'Venice Beach Desks', url: 'https://venicedesks.example/', timezone: 'America/Los_Angeles' },
      { id: 'westport', name: 'Westport Night Shift' },
      { id: 'five-points', name: 'Five Points Makers', timezone: 'America/Denver' },
    ],
    events,
  };
}

/** Mounts `template` with `feed` served at `url` and waits until the list (or an error) is shown. */
export async function mount(template: TemplateResult, feed: unknown, url: string): Promise<AllianceEventsElement> {
  routes({ [url]: json(feed) });
  const el = await fixture<AllianceEventsElement>(template);
  await until(() => !!el.shadowRoot?.querySelector('.events, .status.error'), 3000, 'events to render');
  await el.updateComplete;
  return el;
}

/** Text as read aloud, whitespace (including the narrow no-break space Intl puts before AM/PM) collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function all(el: Element, selector: string): Element[] {
  return [...el.shadowRoot!.querySelectorAll(selector)];
}

export function one(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export const titles = (el: Element) => all(el, '.event .title-text').map(text);
export const dayHeadings = (el: Element) => all(el, '[part~="day-heading"]').map(text);

/** The rendered event whose title is `title`. */
export function eventNamed(el: Element, title: string): HTMLElement {
  const item = all(el, '.event').find((candidate) => text(candidate.querySelector('.title-text')) === title);
  if (!item) throw new Error(`No event titled "${title}" (have: ${titles(el).join(' | ')})`);
  return item as HTMLElement;
}

/** Day heading → titles under it, in order. */
export function byDay(el: Element): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const day of all(el, '[part~="day"]')) {
    result[text(day.querySelector('[part~="day-heading"]'))] = [...day.querySelectorAll('.title-text')].map(text);
  }
  return result;
}
