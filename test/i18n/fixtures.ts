/**
 * One small alliance for the language tests: two spaces in Toronto, a pass, an event, and helpers that read
 * what a visitor sees inside the shadow roots.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { json, routes, until } from '../helpers/feed.js';

export const FEED_URL = 'https://feeds.example/i18n/alliance.json';

/** Monday 2026-11-30, 10:00 in Toronto. */
export const MONDAY_MORNING = '2026-11-30T15:00:00Z';

const weekdays = (opens: string, closes: string) => ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, opens, closes }));

export function i18nFeed(alliance: Record<string, unknown> = {}): any {
  return {
    version: 1,
    updated: '2026-11-27T12:00:00Z',
    alliance: {
      id: 'lakeshore',
      name: 'Lakeshore Alliance',
      url: 'https://lakeshore.example/',
      timezone: 'America/Toronto',
      currency: 'CAD',
      values: ['Open doors'],
      ...alliance,
    },
    spaces: [
      {
        id: 'harbour',
        name: 'Harbour Desk',
        kind: 'coworking',
        url: 'https://harbour.example/',
        domains: ['harbour.example'],
        timezone: 'America/Toronto',
        neighbourhood: 'Harbourfront',
        memberSince: 2019,
        amenities: ['wifi', 'coffee'],
        hours: weekdays('08:00', '18:00'),
        dayUse: { accepted: true, price: { amount: '25' }, maxConsecutiveDays: 3 },
      },
      {
        id: 'junction',
        name: 'Junction Works',
        kind: 'makerspace',
        url: 'https://junction.example/',
        timezone: 'America/Toronto',
        hours: weekdays('09:00', '17:00'),
        dayUse: { accepted: false },
      },
    ],
    passes: [
      {
        id: 'day',
        name: 'Lakeshore Day Pass',
        price: { amount: '1250.5' },
        visits: 1,
        validityDays: 30,
        checkoutUrl: 'https://buy.stripe.com/test_day',
      },
    ],
    events: [
      {
        id: 'mixer',
        title: 'Winter Mixer',
        start: '2026-12-03T23:00:00Z',
        end: '2026-12-04T01:00:00Z',
        timezone: 'America/Toronto',
        space: 'harbour',
        price: { amount: '10' },
        registrationUrl: 'https://lakeshore.example/mixer',
      },
    ],
  };
}

/** Serves `feed` at FEED_URL and mounts `template`; resolves once every kit element in it shows the feed. */
export async function mount<T extends HTMLElement>(template: TemplateResult, feed: unknown = i18nFeed()): Promise<T> {
  routes({ [FEED_URL]: json(feed) });
  const element = await fixture<T>(template);
  const kit = [element, ...element.querySelectorAll('*')].filter((node) => node.tagName.startsWith('ALLIANCE-') && node.tagName !== 'ALLIANCE-FEED');
  await until(() => kit.every((node) => !!node.shadowRoot?.querySelector('.speaks') && !node.shadowRoot.querySelector('[part~="status"].loading, .skeleton')), 4000, 'the feed');
  return element;
}

/** What a visitor reads in `element`'s shadow root (whitespace collapsed). */
export function words(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The `lang` of the words the element shows. */
export function spokenLang(element: Element): string | null {
  return element.shadowRoot?.querySelector('.speaks')?.getAttribute('lang') ?? null;
}

/** Waits until `element` shows `text`. */
export async function untilShows(element: Element, text: string, timeout = 3000): Promise<void> {
  await until(() => words(element).includes(text), timeout, `"${text}" in <${element.localName}> (it shows: ${words(element).slice(0, 300)})`);
}
