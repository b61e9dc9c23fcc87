import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define.js';
import { AlliancePassButtonElement } from '../../../src/components/pass-button/alliance-pass-button.js';
import { json, routes, until } from '../../helpers/feed.js';

export const FEED_URL = 'https://feeds.example/kc/alliance.json';

const weekdays = (opens: string, closes: string) =>
  ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, opens, closes }));

/** Monday 2026-11-30, 10:00 in Kansas City (CST), 09:00 in Denver (MST), 11:00 in Toronto (EST). */
export const MONDAY_MORNING = '2026-11-30T16:00:00Z';

/** A small alliance: two spaces honour every pass, one opted out of the day pass, one lapsed. */
export function passFeed(): any {
  return {
    version: 1,
    updated: '2026-11-01T12:00:00Z',
    alliance: {
      id: 'kc',
      name: 'KC Coworking Alliance',
      url: 'https://www.kccoworking.example/',
      timezone: 'America/Chicago',
      currency: 'USD',
    },
    spaces: [
      {
        id: 'crossroads',
        name: 'Crossroads Commons',
        domains: ['crossroads.example'],
        url: 'https://crossroads.example/',
        neighbourhood: 'Crossroads Arts District',
        hours: weekdays('08:00', '18:00'),
        dayUse: {
          accepted: true,
          hours: weekdays('09:00', '17:00'),
          bookingRequired: true,
          bookingUrl: 'https://crossroads.example/book',
          maxConsecutiveDays: 3,
          notes: 'Check in at the front desk.',
        },
        passes: [{ pass: 'day', notes: 'Weekdays only' }],
      },
      {
        id: 'rino',
        name: 'RiNo Foundry',
        timezone: 'America/Denver',
        hours: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => ({ day, opens: '10:00', closes: '16:00' })),
        dayUse: { accepted: true, bookingRequired: false, maxConsecutiveDays: 1 },
      },
      { id: 'quiet-house', name: 'Quiet House', hours: weekdays('09:00', '17:00'), passes: [{ pass: 'day', honoured: false }] },
      { id: 'old-loft', name: 'Old Loft', status: 'lapsed' },
    ],
    passes: [
      {
        id: 'day',
        name: 'Alliance Day Pass',
        description: 'One day at any member space.',
        price: { amount: '25' },
        visits: 1,
        validityDays: 30,
        spaces: 'all',
        checkoutUrl: 'https://buy.stripe.com/test_day?prefilled_email=guest%40kc.example',
        termsUrl: 'https://www.kccoworking.example/terms',
      },
      {
        id: 'pack',
        name: 'Five-visit pack',
        price: { amount: '99.50' },
        visits: 5,
        validityDays: 180,
        spaces: ['crossroads', 'rino'],
        checkoutUrl: 'https://pretix.eu/kc/pack/?lang=en',
      },
    ],
  };
}

export const passOf = (extra: Record<string, unknown>) => ({
  name: 'Test pass',
  price: { amount: '10' },
  spaces: 'all',
  checkoutUrl: 'https://buy.stripe.com/test',
  ...extra,
});

/**
 * Renders `markup` with `feed` served at {@link FEED_URL} and returns the pass button in it (the markup may wrap
 * it), once it has left "loading".
 */
export async function renderWith(markup: TemplateResult, feed: unknown = passFeed()) {
  routes({ [FEED_URL]: json(feed) });
  const root = await fixture<HTMLElement>(markup);
  const el = root instanceof AlliancePassButtonElement ? root : root.querySelector('alliance-pass-button')!;
  await until(() => !!el.shadowRoot?.querySelector('.buy, .status.empty, .status.error'), 3000, 'pass button to render');
  await el.updateComplete;
  return el;
}

export const shadow = (el: Element) => el.shadowRoot!;
export const buyLink = (el: Element) => shadow(el).querySelector<HTMLAnchorElement>('a.buy')!;
export const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const checkoutParams = (el: Element) => new URL(buyLink(el).href).searchParams;
