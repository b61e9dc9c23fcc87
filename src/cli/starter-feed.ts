/**
 * The starter feed `init` writes, and the placeholders in it that `validate` warns about until they are
 * replaced. The placeholders are valid feed values on purpose, so every command works on a fresh feed; the
 * warnings keep them from being published by accident.
 */
import { FEED_SCHEMA_URL } from '../feed/schema-docs.js';
import { FEED_VERSION } from '../feed/limits.js';
import { formatOffsetDateTime } from './dates.js';
import { isRecord } from './values.js';

export interface StarterOptions {
  name?: string;
  url?: string;
  timezone: string;
  currency: string;
  now: number;
}

export const PLACEHOLDER_NAME = 'Your Alliance Name';
export const PLACEHOLDER_URL = 'https://your-alliance.example/';
export const EXAMPLE_IDS = { space: 'example-space', pass: 'example-pass', event: 'example-event' } as const;

/** Values that mean "not filled in yet", by JSON path. */
const PLACEHOLDERS: Record<string, string> = {
  'alliance.name': PLACEHOLDER_NAME,
  'alliance.url': PLACEHOLDER_URL,
  'alliance.id': 'your-alliance',
  'alliance.email': 'hello@your-alliance.example',
  'alliance.tagline': 'One line about what the alliance is for.',
};

export function starterFeed(options: StarterOptions): Record<string, unknown> {
  const home = options.url ?? PLACEHOLDER_URL;
  const site = (path: string) => new URL(path, home).href;
  const updated = formatOffsetDateTime(options.now, options.timezone);
  const nextMonth = formatOffsetDateTime(nextMonthAtSix(options.now), options.timezone);
  const nextMonthEnd = formatOffsetDateTime(nextMonthAtSix(options.now) + 2 * 3_600_000, options.timezone);
  return {
    $schema: FEED_SCHEMA_URL,
    version: FEED_VERSION,
    updated,
    alliance: {
      id: 'your-alliance',
      name: options.name ?? PLACEHOLDER_NAME,
      url: home,
      tagline: PLACEHOLDERS['alliance.tagline'],
      timezone: options.timezone,
      currency: options.currency,
      locale: 'en-US',
      email: PLACEHOLDERS['alliance.email'],
    },
    spaces: [
      {
        id: EXAMPLE_IDS.space,
        name: 'Example Space (replace or delete me)',
        kind: 'coworking',
        url: 'https://example-space.example/',
        domains: ['example-space.example'],
        address: { street: '1 Main Street', locality: 'Springfield', region: 'XX', postalCode: '00000', country: 'US' },
        amenities: ['wifi', 'coffee', 'meeting-rooms'],
        hours: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, opens: '09:00', closes: '17:00' })),
        dayUse: { accepted: true, price: { amount: '20.00' } },
        passes: [{ pass: EXAMPLE_IDS.pass }],
      },
    ],
    passes: [
      {
        id: EXAMPLE_IDS.pass,
        name: 'Example Day Pass (replace or delete me)',
        price: { amount: '20.00' },
        visits: 1,
        spaces: 'all',
        checkoutUrl: site('day-pass'),
      },
    ],
    events: [
      {
        id: EXAMPLE_IDS.event,
        title: 'Example Event (replace or delete me)',
        start: nextMonth,
        end: nextMonthEnd,
        space: EXAMPLE_IDS.space,
        free: true,
      },
    ],
  };
}

/** 18:00 UTC on the same day next month: a plausible evening, in any zone, for the example event. */
function nextMonthAtSix(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, Math.min(date.getUTCDate(), 28), 18);
}

export interface PlaceholderFinding {
  path: string;
  message: string;
  fix: string;
}

/** Starter values still in `raw`: each is valid, but publishing it would show made-up content on members' sites. */
export function findPlaceholders(raw: unknown): PlaceholderFinding[] {
  const findings: PlaceholderFinding[] = [];
  if (!isRecord(raw)) return findings;
  const alliance = isRecord(raw.alliance) ? raw.alliance : {};
  const unfilled = Object.entries(PLACEHOLDERS)
    .filter(([path, placeholder]) => alliance[path.split('.')[1]] === placeholder)
    .map(([path]) => path.split('.')[1]);
  if (unfilled.length) {
    findings.push({
      path: 'alliance',
      message: `still has the starter text in ${unfilled.map((key) => `"${key}"`).join(', ')}`,
      fix: 'Replace it with the alliance’s real details before publishing.',
    });
  }
  for (const [list, id] of [
    ['spaces', EXAMPLE_IDS.space],
    ['passes', EXAMPLE_IDS.pass],
    ['events', EXAMPLE_IDS.event],
  ] as const) {
    const items = Array.isArray(raw[list]) ? (raw[list] as unknown[]) : [];
    const index = items.findIndex((item) => isRecord(item) && item.id === id);
    if (index >= 0) {
      findings.push({
        path: `${list}[${index}]`,
        message: `is the starter example ("${id}")`,
        fix: `Replace it with a real one, or delete it${list === 'spaces' ? ' (import your member list with "alliance-kit import-spaces")' : list === 'events' ? ' (import your calendar with "alliance-kit import-events")' : ''}.`,
      });
    }
  }
  return findings;
}
