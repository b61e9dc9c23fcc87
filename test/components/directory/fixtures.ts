/**
 * Small inline feeds for the directory tests (each assertion should be traceable to a line here), and the
 * helpers that mount a directory on one and read what a visitor sees.
 */
import { fixture } from '@open-wc/testing';
import '../../../src/define.js';
import type { AllianceDirectoryElement } from '../../../src/components/directory/alliance-directory.js';
import { feedUrlFor, json, routes, until } from '../../helpers/feed.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export const weekdays = (opens: string, closes: string) => WEEKDAYS.map((day) => ({ day, opens, closes }));
export const everyDay = (opens: string, closes: string) =>
  [...WEEKDAYS, 'sat', 'sun'].map((day) => ({ day, opens, closes }));

/**
 * Five members in two zones, late November 2026 (Kansas City on UTC−6, Denver on UTC−7):
 * - crossroads: KC coworking, 08:00–18:00 weekdays, day visitors $25 with booking, closed Christmas Day
 * - mile-high: Denver coworking, same weekday hours, 24/7-access amenity, in "Montréal Street" (accents)
 * - river-makers: KC makerspace, Saturday night 18:00–02:30, a free amenity tag, no day visitors
 * - night-owl: Denver coworking open around the clock, free day visits, no photo
 * - lapsed-loft: lapsed (never listed)
 */
export function directoryFeed(): any {
  return {
    version: 1,
    updated: '2026-11-27T12:00:00Z',
    alliance: {
      id: 'twin-cities',
      name: 'Twin Zones Alliance',
      url: 'https://alliance.example/',
      timezone: 'America/Chicago',
      currency: 'USD',
      locale: 'en-US',
    },
    spaces: [
      {
        id: 'crossroads',
        name: 'Crossroads Commons',
        kind: 'coworking',
        url: 'https://crossroads.example/',
        photo: 'https://images.alliance.example/crossroads.jpg',
        photoAlt: 'Long tables under brick arches',
        description: 'A light-filled warehouse with ninety desks.',
        address: { street: '1824 Grand Blvd', locality: 'Kansas City', region: 'MO', postalCode: '64108', country: 'US' },
        geo: { lat: 39.0902, lon: -94.5817 },
        neighbourhood: 'Crossroads',
        timezone: 'America/Chicago',
        phone: '+1 816-555-0142',
        amenities: ['wifi', 'coffee', 'meeting-rooms'],
        tags: ['first-fridays'],
        hours: weekdays('08:00', '18:00'),
        hoursExceptions: [{ date: '2026-12-25', note: 'Christmas Day' }],
        dayUse: {
          accepted: true,
          price: { amount: '25.00' },
          bookingRequired: true,
          bookingUrl: 'https://crossroads.example/book',
          hours: weekdays('09:00', '17:00'),
          maxConsecutiveDays: 3,
          notes: 'Check in at the front desk.',
        },
        passes: [{ pass: 'day-pack' }, { pass: 'explorer' }],
      },
      {
        id: 'mile-high',
        name: 'Mile High Hub',
        kind: 'coworking',
        url: 'https://milehigh.example/',
        photo: 'https://images.alliance.example/mile-high.jpg',
        address: { street: '2 Rue Montréal', locality: 'Denver', region: 'CO', postalCode: '80202', country: 'US' },
        geo: { lat: 39.7392, lon: -104.9903 },
        neighbourhood: 'Montréal Street',
        timezone: 'America/Denver',
        amenities: ['wifi', '24-7-access'],
        hours: weekdays('08:00', '18:00'),
        dayUse: { accepted: true, price: { amount: '30' } },
        passes: [{ pass: 'day-pack' }],
      },
      {
        id: 'river-makers',
        name: 'River Market Makers',
        kind: 'makerspace',
        url: 'https://rivermakers.example/',
        address: { street: '300 Delaware St', locality: 'Kansas City', region: 'MO', postalCode: '64105', country: 'US' },
        geo: { lat: 39.1097, lon: -94.5836 },
        neighbourhood: 'River Market',
        timezone: 'America/Chicago',
        amenities: ['wifi', 'laser-cutter'],
        hours: [{ day: 'sat', opens: '18:00', closes: '02:30' }],
        dayUse: { accepted: false },
        passes: [{ pass: 'day-pack', honoured: false }],
      },
      {
        id: 'night-owl',
        name: 'Night Owl Works',
        kind: 'coworking',
        url: 'https://nightowl.example/',
        address: { locality: 'Denver', region: 'CO', country: 'US' },
        neighbourhood: 'RiNo',
        timezone: 'America/Denver',
        amenities: ['wifi', 'coffee'],
        hours: everyDay('00:00', '24:00'),
        dayUse: { accepted: true, price: { amount: '0' } },
      },
      {
        id: 'lapsed-loft',
        name: 'Lapsed Loft',
        status: 'lapsed',
        kind: 'coworking',
        url: 'https://lapsedloft.example/',
        hours: weekdays('08:00', '18:00'),
      },
    ],
    passes: [
      { id: 'day-pack', name: 'Day Pass Pack', price: { amount: '100' }, spaces: 'all', checkoutUrl: 'https://pay.example/day' },
      {
        id: 'explorer',
        name: 'Explorer Month',
        price: { amount: '150' },
        spaces: ['crossroads'],
        checkoutUrl: 'https://pay.example/explorer',
      },
    ],
  };
}

/** Mounts `<alliance-directory>` with `markup` attributes on `feed`, and waits until it has rendered it. */
export async function mountDirectory(feed: unknown = directoryFeed(), attributes = ''): Promise<AllianceDirectoryElement> {
  // A fresh address per mount: other test files share this browser's localStorage (the loader's stored copies).
  const url = feedUrlFor('directory');
  routes({ [url]: json(feed) });
  const el = await fixture<AllianceDirectoryElement>(`<alliance-directory feed="${url}" ${attributes}></alliance-directory>`);
  await until(() => !!el.shadowRoot!.querySelector('ul.cards[part="list"], .empty, .no-results'), 4000, 'directory to render');
  return el;
}

export const shadow = (el: Element) => el.shadowRoot!;
export const cards = (el: Element) => [...shadow(el).querySelectorAll<HTMLLIElement>('li.card')];
export const cardIds = (el: Element) => cards(el).map((card) => card.dataset.spaceId!);
export const card = (el: Element, id: string) => shadow(el).querySelector<HTMLLIElement>(`li.card[data-space-id="${id}"]`)!;
/** Text as read, with runs of white space collapsed. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const liveRegion = (el: Element) => shadow(el).querySelector<HTMLElement>('p.visually-hidden[role="status"]')!;

/** Types into the search box the way a visitor does (an `input` event per change). */
export async function search(el: AllianceDirectoryElement, query: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Ticks or unticks the checkbox whose label reads `label`. */
export async function setCheck(el: AllianceDirectoryElement, label: string, value: boolean): Promise<void> {
  const box = [...shadow(el).querySelectorAll<HTMLLabelElement>('label.check')].find((item) => text(item) === label);
  if (!box) throw new Error(`no checkbox labelled ${label}`);
  const input = box.querySelector('input')!;
  if (input.checked !== value) input.click();
  await el.updateComplete;
}

/** Chooses `value` in the select with the given id. */
export async function choose(el: AllianceDirectoryElement, id: string, value: string): Promise<void> {
  const select = shadow(el).querySelector<HTMLSelectElement>(`select#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** A feed of `count` plain member spaces (quick to parse), named "Space 00001"…. */
export function manySpacesFeed(count: number): any {
  const feed = directoryFeed();
  feed.spaces = Array.from({ length: count }, (_, index) => {
    const n = String(index + 1).padStart(5, '0');
    return {
      id: `space-${n}`,
      name: `Space ${n}`,
      kind: index % 3 === 0 ? 'makerspace' : 'coworking',
      url: `https://space-${n}.example/`,
      neighbourhood: index % 2 ? 'Eastside' : 'Westside',
      timezone: index % 2 ? 'America/Chicago' : 'America/Denver',
      amenities: index % 4 === 0 ? ['wifi', 'coffee'] : ['wifi'],
      hours: weekdays('08:00', '18:00'),
      dayUse: { accepted: index % 5 !== 0 },
    };
  });
  return feed;
}
