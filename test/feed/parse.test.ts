import { expect } from '@open-wc/testing';
import { LIMITS } from '../../src/feed/limits.js';
import { parseFeed, type FeedIssue, type ParseResult } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/schema.js';

/* The feed is untrusted JSON: tests build and break it as plain, untyped data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A feed that exercises most fields and parses with zero issues. A fresh copy on every call. */
function validFeed(): Json {
  return {
    $schema: 'https://alliance-kit.example.org/schema/v1.json',
    version: 1,
    updated: '2026-11-01T10:00:00Z',
    alliance: {
      id: 'kc-coworking',
      name: 'KC Coworking Alliance',
      url: 'https://kccoworking.example.org',
      logo: 'https://kccoworking.example.org/logo.svg',
      tagline: 'Work local',
      description: 'Independent coworking spaces around Kansas City.',
      values: ['Community', 'Openness'],
      membership: { criteria: 'Be independent', kinds: ['coworking', 'makerspace'], applyUrl: 'https://kccoworking.example.org/apply' },
      region: 'Kansas City',
      locale: 'en-US',
      timezone: 'America/Chicago',
      currency: 'USD',
      colors: { primary: '#1A2B3C', accent: '#ffcc00' },
      email: 'hello@kccoworking.example.org',
    },
    spaces: [
      {
        id: 'lakeside-hub',
        name: 'Lakeside Hub',
        url: 'https://lakeside.example.com/',
        domains: ['Lakeside.example.com'],
        kind: 'coworking',
        memberSince: 2019,
        description: 'By the lake.',
        address: { street: '1 Main St', locality: 'Kansas City', region: 'MO', postalCode: '64105', country: 'US' },
        geo: { lat: 39.1, lon: -94.58 },
        timezone: 'America/Chicago',
        phone: '+1 816 555 0100',
        email: 'hi@lakeside.example.com',
        amenities: ['wifi', 'coffee'],
        tags: ['quiet'],
        hours: [{ day: 'mon', opens: '08:00', closes: '18:00' }],
        hoursExceptions: [{ date: '2026-12-25', note: 'Closed' }],
        dayUse: { accepted: true, price: { amount: '25.00' }, bookingUrl: 'https://lakeside.example.com/book' },
        passes: [{ pass: 'day-pass' }],
      },
      { id: 'maker-barn', name: 'Maker Barn', kind: 'makerspace', timezone: 'America/Denver' },
    ],
    passes: [
      {
        id: 'day-pass',
        name: 'Day Pass',
        price: { amountMinor: 1500 },
        checkoutUrl: 'https://buy.stripe.com/test_123',
        spaces: 'all',
        saleStarts: '2026-01-01T00:00:00Z',
        saleEnds: '2026-12-31T23:59:59Z',
      },
      { id: 'ten-pack', name: 'Ten Pack', price: { amount: '120.00' }, visits: 10, checkoutUrl: 'https://buy.stripe.com/test_456' },
    ],
    events: [
      { id: 'icd-2026', title: 'International Coworking Day', start: '2026-08-09', allDay: true, space: 'lakeside-hub' },
      {
        id: 'meetup',
        title: 'Members meetup',
        start: '2026-09-01T18:00:00-05:00',
        end: '2026-09-01T20:00:00-05:00',
        onlineUrl: 'https://meet.example.com/x',
        price: { amount: '5', currency: 'EUR' },
      },
    ],
  };
}

function parseWith(mutate: (feed: Json) => void): ParseResult {
  const feed = validFeed();
  mutate(feed);
  return parseFeed(feed);
}

/** The feed of an accepted result (fails the test when the feed was rejected). */
function accepted(result: ParseResult): Feed {
  expect(result.error, `feed was rejected: ${result.error}; issues: ${JSON.stringify(result.issues)}`).to.equal(undefined);
  expect(result.feed).to.be.an('object');
  return result.feed!;
}

type ExpectedIssue = [path: string, message: string, severity?: FeedIssue['severity']];

/** Asserts the issues exactly (path, message, severity; severity defaults to "error"), in order. */
function expectIssues(result: ParseResult, expected: ExpectedIssue[]) {
  expect(result.issues.map(({ path, message, severity }) => ({ path, message, severity }))).to.deep.equal(
    expected.map(([path, message, severity = 'error']) => ({ path, message, severity })),
  );
}

/** Asserts the feed was rejected with `error` and exactly these issues. */
function expectRejected(result: ParseResult, error: string, issues: ExpectedIssue[]) {
  expect(result.feed).to.equal(null);
  expect(result.error).to.equal(error);
  expectIssues(result, issues);
}

const REJECTED = 'The feed is missing required top-level information; see the issues for what to fix.';
const NO_VERSION = 'The feed has no valid "version" (expected 1).';
const ID_RULE = 'must be letters, digits, "-", "_" or "." (e.g. "lakeside-hub")';
const COLOUR_RULE = 'must be a colour written as #rrggbb';
const ZONE_RULE = 'is not an IANA time zone name (e.g. "America/Chicago")';
const CURRENCY_RULE = 'is not an ISO 4217 currency code (e.g. "USD")';
const PRICE_SHAPE = 'is not a price; write it like { "amount": "12.50" } or { "amountMinor": 1250 }';
const AMOUNT_RULE = 'is not a price; write it like "12.50"';
const DATE_TIME_RULE = 'is not a date and time with an offset';
const ALL_DAY_RULE = 'is not a date written as YYYY-MM-DD (all-day event)';
const NOT_HTTPS = 'must be a full https:// address';
const NOT_ALLOWED_HTTPS = 'is not an allowed https address (no user names, passwords, IP addresses or ports)';

const FEED_NEEDS_IT = 'the feed cannot be shown without it';
const leftOut = (field: string) => `"${field}" was left out`;

function setAt(root: Json, path: (string | number)[], value: unknown) {
  let target = root;
  for (const key of path.slice(0, -1)) target = target[key];
  target[path[path.length - 1]] = value;
}

function getAt(root: Json, path: (string | number)[]): unknown {
  return path.reduce((value, key) => (value == null ? undefined : value[key]), root);
}

// --------------------------------------------------------------------------------------------------------

describe('parseFeed', () => {
  describe('a valid feed', () => {
    it('parses with zero issues', () => {
      const result = parseFeed(validFeed());
      expect(result.issues).to.deep.equal([]);
      expect(result.error).to.equal(undefined);
      const feed = accepted(result);
      expect(feed.spaces.map((space) => space.id)).to.deep.equal(['lakeside-hub', 'maker-barn']);
      expect(feed.passes.map((pass) => pass.id)).to.deep.equal(['day-pass', 'ten-pack']);
      expect(feed.events.map((event) => event.id)).to.deep.equal(['icd-2026', 'meetup']);
    });

    it('normalizes URLs, colours and domains, and fills in defaults', () => {
      const feed = accepted(parseFeed(validFeed()));
      expect(feed.version).to.equal(1);
      expect(feed.updated).to.equal('2026-11-01T10:00:00Z');
      expect(feed.alliance.url).to.equal('https://kccoworking.example.org/');
      expect(feed.alliance.colors).to.deep.equal({ primary: '#1a2b3c', accent: '#ffcc00' });
      expect(feed.spaces[0].domains).to.deep.equal(['lakeside.example.com']);
      expect(feed.spaces[0].status).to.equal('active');
      expect(feed.spaces[0].dayUse?.price).to.deep.equal({ amount: '25.00', currency: 'USD' });
      expect(feed.passes[0].price).to.deep.equal({ amount: '15.00', currency: 'USD' });
      expect(feed.passes[1].spaces).to.equal('all');
      expect(feed.passes[1].availability).to.equal('on-sale');
      expect(feed.events[0]).to.include({ allDay: true, status: 'scheduled', timezone: 'America/Chicago' });
      expect(feed.events[1]).to.include({ allDay: false, status: 'scheduled', timezone: 'America/Chicago' });
      expect(feed.events[1].price).to.deep.equal({ amount: '5', currency: 'EUR' });
    });

    it('leaves out absent item lists as empty lists', () => {
      const result = parseWith((feed) => {
        delete feed.spaces;
        delete feed.passes;
        delete feed.events;
      });
      expectIssues(result, []);
      const feed = accepted(result);
      expect([feed.spaces, feed.passes, feed.events]).to.deep.equal([[], [], []]);
    });

    it('does not change its input', () => {
      const input = validFeed();
      parseFeed(input);
      expect(input).to.deep.equal(validFeed());
    });
  });

  // ------------------------------------------------------------------------------------------------------

  describe('the top level', () => {
    const roots: [string, unknown, string][] = [
      ['null', null, 'null'],
      ['a list', [], 'a list'],
      ['a list holding a feed', [validFeed()], 'a list'],
      ['a string', 'feed', 'text'],
      ['a number', 42, 'a number'],
      ['a boolean', true, 'true'],
      ['undefined', undefined, 'missing'],
    ];
    for (const [label, input, described] of roots) {
      it(`rejects a root that is ${label}`, () => {
        expectRejected(parseFeed(input), `The feed must be a JSON object ({ … }), but it is ${described}.`, []);
      });
    }

    it('rejects a feed without a version', () => {
      expectRejected(
        parseWith((feed) => delete feed.version),
        NO_VERSION,
        [['version', 'must be 1']],
      );
    });

    for (const version of ['1', 0, 1.5, -1, null, true]) {
      it(`rejects version ${JSON.stringify(version)}`, () => {
        const result = parseWith((feed) => (feed.version = version));
        expectRejected(result, NO_VERSION, [['version', 'must be 1']]);
        expect(result.issues[0].value).to.equal(String(version));
      });
    }

    for (const version of [2, 17]) {
      it(`rejects newer major version ${version} with a clear error`, () => {
        expectRejected(
          parseWith((feed) => (feed.version = version)),
          `This feed uses format version ${version}, but this copy of alliance-kit reads version 1. Update alliance-kit to show it.`,
          [],
        );
      });
    }

    it('rejects a feed without an alliance', () => {
      expectRejected(
        parseWith((feed) => delete feed.alliance),
        REJECTED,
        [['alliance', 'must be an object describing the alliance; this alliance was left out']],
      );
    });

    it('rejects a feed whose alliance is not an object', () => {
      expectRejected(
        parseWith((feed) => (feed.alliance = ['KC Coworking Alliance'])),
        REJECTED,
        [['alliance', 'must be an object describing the alliance; this alliance was left out']],
      );
    });

    const requiredAlliance: [string, string, unknown, string][] = [
      ['a missing id', 'id', undefined, 'is required'],
      ['a bad id', 'id', 'kc coworking', ID_RULE],
      ['an empty name', 'name', '', 'must not be empty'],
      ['a blank name', 'name', '   ', 'must not be empty'],
      ['a name that is a number', 'name', 7, 'must be text, not a number'],
      ['an http url', 'url', 'http://kccoworking.example.org', 'must start with https:// (plain http is not allowed)'],
      ['a javascript: url', 'url', 'javascript:alert(1)', NOT_HTTPS],
      ['an https url to an IP address', 'url', 'https://93.184.216.34/', NOT_ALLOWED_HTTPS],
      ['an unknown time zone', 'timezone', 'MEZ', ZONE_RULE],
      ['a missing currency', 'currency', undefined, 'is required'],
      ['an unknown currency', 'currency', 'XYZ', CURRENCY_RULE],
    ];
    for (const [label, field, value, message] of requiredAlliance) {
      it(`rejects a feed whose alliance has ${label}`, () => {
        expectRejected(
          parseWith((feed) => (value === undefined ? delete feed.alliance[field] : (feed.alliance[field] = value))),
          REJECTED,
          [[`alliance.${field}`, `${message}; ${FEED_NEEDS_IT}`]],
        );
      });
    }

    it('rejects a feed with a name over the cap, with the cap in the message', () => {
      expectRejected(
        parseWith((feed) => (feed.alliance.name = 'x'.repeat(LIMITS.name + 1))),
        REJECTED,
        [['alliance.name', `is longer than ${LIMITS.name} characters; ${FEED_NEEDS_IT}`]],
      );
    });

    it('reports every problem of a rejected feed, not just the first', () => {
      expectRejected(
        parseWith((feed) => {
          delete feed.updated;
          feed.alliance.currency = 'usd';
        }),
        REJECTED,
        [
          ['alliance.currency', `${CURRENCY_RULE}; ${FEED_NEEDS_IT}`],
          ['updated', 'is required'],
        ],
      );
    });

    it('keeps the feed when an optional alliance field is bad, leaving that field out', () => {
      const result = parseWith((feed) => (feed.alliance.logo = 'javascript:alert(1)'));
      expectIssues(result, [['alliance.logo', `${NOT_HTTPS}; ${leftOut('logo')}`]]);
      expect(result.issues[0].value).to.equal('javascript:alert(1)');
      const feed = accepted(result);
      expect(feed.alliance).to.not.have.property('logo');
      expect(feed.alliance.name).to.equal('KC Coworking Alliance');
    });

    it('leaves out each bad optional alliance field and reports each', () => {
      const result = parseWith((feed) => {
        feed.alliance.email = 'not-an-email';
        feed.alliance.locale = 'not a locale!';
        feed.alliance.calendarUrl = 'webcal://kccoworking.example.org/cal.ics';
      });
      expectIssues(result, [
        ['alliance.locale', `is not a language tag (e.g. "en-US" or "fr-CA"); ${leftOut('locale')}`],
        ['alliance.email', `is not an email address; ${leftOut('email')}`],
        ['alliance.calendarUrl', `${NOT_HTTPS}; ${leftOut('calendarUrl')}`],
      ]);
      const alliance = accepted(result).alliance;
      expect(alliance).to.not.have.any.keys('email', 'locale', 'calendarUrl');
    });

    it('canonicalizes the locale', () => {
      const feed = accepted(parseWith((feed) => (feed.alliance.locale = 'EN-us')));
      expect(feed.alliance.locale).to.equal('en-US');
    });

    it('rejects a feed without "updated", or with an impossible one', () => {
      expectRejected(
        parseWith((feed) => delete feed.updated),
        REJECTED,
        [['updated', 'is required']],
      );
      expectRejected(
        parseWith((feed) => (feed.updated = '2026-02-30T10:00:00Z')),
        REJECTED,
        [['updated', 'is not a date and time with an offset (e.g. "2026-08-09T09:00:00-05:00")']],
      );
    });

    for (const list of ['spaces', 'passes', 'events']) {
      it(`rejects a feed whose "${list}" is not a list`, () => {
        expectRejected(
          parseWith((feed) => (feed[list] = { 0: 'x' })),
          REJECTED,
          [[list, 'must be a list ([ … ]), not an object']],
        );
      });
    }

    it('ignores unknown fields anywhere (forward compatible) and leaves them out of the result', () => {
      const result = parseWith((feed) => {
        feed.futureTopLevel = { nested: true };
        feed.alliance.futureField = 'x';
        feed.alliance.colors.futureColour = '#000000';
        feed.alliance.membership.futureField = 1;
        feed.spaces[0].futureField = [1, 2, 3];
        feed.spaces[0].address.futureField = 'x';
        feed.spaces[0].dayUse.futureField = 'x';
        feed.spaces[0].hours[0].futureField = 'x';
        feed.spaces[0].passes[0].futureField = 'x';
        feed.passes[0].futureField = 'x';
        feed.passes[0].price.futureField = 'x';
        feed.events[1].futureField = 'x';
      });
      expectIssues(result, []);
      const feed = accepted(result);
      expect(JSON.stringify(feed)).to.not.include('future');
      expect(feed).to.have.all.keys('version', 'updated', 'alliance', 'spaces', 'passes', 'events');
    });

    it('keeps at most LIMITS.issues issues, then one summary of how many more there were', () => {
      const result = parseWith((feed) => {
        feed.spaces = Array.from({ length: LIMITS.issues + 100 }, (_, index) => ({ id: `s${index}` }));
        feed.events = [];
      });
      accepted(result);
      expect(result.issues).to.have.length(LIMITS.issues + 1);
      expect(result.issues[0]).to.deep.equal({ path: 'spaces[0].name', message: 'is required; this space was left out', severity: 'error' });
      expect(result.issues[LIMITS.issues]).to.deep.equal({ path: '', message: 'and 100 more issues', severity: 'warning' });
    });
  });

  // ------------------------------------------------------------------------------------------------------

  describe('items', () => {
    const notObjects: [string, string, unknown][] = [
      ['spaces', 'space', null],
      ['passes', 'pass', 'ten-pack'],
      ['events', 'event', ['meetup']],
    ];
    for (const [list, label, value] of notObjects) {
      it(`leaves out a ${label} that is not an object`, () => {
        const result = parseWith((feed) => (feed[list][1] = value));
        expectIssues(result, [[`${list}[1]`, `must be an object describing the ${label}; this ${label} was left out`]]);
        expect((accepted(result) as Json)[list]).to.have.length(1);
      });
    }

    it('leaves out an item missing a required field, and keeps the rest', () => {
      const result = parseWith((feed) => delete feed.spaces[1].name);
      expectIssues(result, [['spaces[1].name', 'is required; this space was left out']]);
      expect(accepted(result).spaces.map((space) => space.id)).to.deep.equal(['lakeside-hub']);
    });

    it('leaves out a pass without a checkout URL, or with a credentialed one', () => {
      let result = parseWith((feed) => delete feed.passes[1].checkoutUrl);
      expectIssues(result, [['passes[1].checkoutUrl', 'is required; this pass was left out']]);
      expect(accepted(result).passes.map((pass) => pass.id)).to.deep.equal(['day-pass']);

      result = parseWith((feed) => (feed.passes[1].checkoutUrl = 'https://buy.stripe.com@evil.example'));
      expectIssues(result, [['passes[1].checkoutUrl', `${NOT_ALLOWED_HTTPS}; this pass was left out`]]);
      expect(accepted(result).passes.map((pass) => pass.id)).to.deep.equal(['day-pass']);
    });

    it('leaves out an event without a title', () => {
      const result = parseWith((feed) => (feed.events[1].title = ''));
      expectIssues(result, [['events[1].title', 'must not be empty; this event was left out']]);
      expect(accepted(result).events.map((event) => event.id)).to.deep.equal(['icd-2026']);
    });

    it('leaves out a bad optional field and keeps the item', () => {
      const result = parseWith((feed) => (feed.spaces[1].url = 'http://maker-barn.example.com'));
      expectIssues(result, [['spaces[1].url', `must start with https:// (plain http is not allowed); ${leftOut('url')}`]]);
      const space = accepted(result).spaces[1];
      expect(space.id).to.equal('maker-barn');
      expect(space).to.not.have.property('url');
    });

    it('leaves out the whole item, reporting every issue, when a required field fails too', () => {
      const result = parseWith((feed) => {
        delete feed.spaces[1].name;
        feed.spaces[1].url = 'http://maker-barn.example.com';
      });
      expectIssues(result, [
        ['spaces[1].name', 'is required; this space was left out'],
        ['spaces[1].url', 'must start with https:// (plain http is not allowed); this space was left out'],
      ]);
      expect(accepted(result).spaces).to.have.length(1);
    });

    it('normalizes an item URL to its href', () => {
      const feed = accepted(parseWith((feed) => (feed.spaces[1].url = 'HTTPS://Maker-Barn.Example.com')));
      expect(feed.spaces[1].url).to.equal('https://maker-barn.example.com/');
    });

    const optionalFieldRules: [string, (feed: Json) => void, string, string][] = [
      ['a latitude over 90', (f) => (f.spaces[0].geo.lat = 91), 'spaces[0].geo.lat', `must be at most 90; ${leftOut('geo')}`],
      ['a lower-case country', (f) => (f.spaces[0].address.country = 'us'), 'spaces[0].address.country', `must be a two-letter country code (e.g. "US"); ${leftOut('address')}`],
      ['a phone number in words', (f) => (f.spaces[0].phone = 'call us'), 'spaces[0].phone', `is not a phone number; ${leftOut('phone')}`],
      ['an amenity that is not a slug', (f) => (f.spaces[0].amenities = ['Meeting Rooms']), 'spaces[0].amenities[0]', `must be a lower-case slug like "meeting-rooms"; ${leftOut('amenities')}`],
      ['a domain written as a URL', (f) => (f.spaces[0].domains = ['https://lakeside.example.com']), 'spaces[0].domains[0]', `is not a host name (write "example.com", without https:// or a path); ${leftOut('domains')}`],
      ['an unknown weekday', (f) => (f.spaces[0].hours[0].day = 'monday'), 'spaces[0].hours[0].day', `must be one of: "mon", "tue", "wed", "thu", "fri", "sat", "sun"; ${leftOut('hours')}`],
      ['an hour past 24', (f) => (f.spaces[0].hours[0].opens = '25:00'), 'spaces[0].hours[0].opens', `is not a time written as HH:MM (24-hour clock); ${leftOut('hours')}`],
      ['a member-since year before 1990', (f) => (f.spaces[0].memberSince = 1989), 'spaces[0].memberSince', `must be at least 1990; ${leftOut('memberSince')}`],
      ['day use without "accepted"', (f) => delete f.spaces[0].dayUse.accepted, 'spaces[0].dayUse.accepted', `is required; ${leftOut('dayUse')}`],
      ['a bad day-use booking URL', (f) => (f.spaces[0].dayUse.bookingUrl = '//evil.example/book'), 'spaces[0].dayUse.bookingUrl', `${NOT_HTTPS}; ${leftOut('dayUse')}`],
      ['a bad space email', (f) => (f.spaces[0].email = 'hi at lakeside'), 'spaces[0].email', `is not an email address; ${leftOut('email')}`],
      ['zero visits', (f) => (f.passes[1].visits = 0), 'passes[1].visits', `must be at least 1; ${leftOut('visits')}`],
      ['an empty tag', (f) => (f.events[1].tags = ['']), 'events[1].tags[0]', `must not be empty; ${leftOut('tags')}`],
      ['a bad event image URL', (f) => (f.events[1].image = 'data:image/svg+xml,<svg onload=alert(1)>'), 'events[1].image', `${NOT_HTTPS}; ${leftOut('image')}`],
      ['an event space that is not an id', (f) => (f.events[0].space = 'Lakeside Hub'), 'events[0].space', `${ID_RULE}; ${leftOut('space')}`],
    ];
    for (const [label, mutate, path, message] of optionalFieldRules) {
      it(`leaves out ${label}`, () => {
        const result = parseWith(mutate);
        expectIssues(result, [[path, message]]);
        const feed = accepted(result);
        const [list, index, field] = /^(\w+)\[(\d+)\]\.(\w+)/.exec(path)!.slice(1);
        expect((feed as Json)[list][+index], `${list}[${index}] kept`).to.be.an('object');
        expect((feed as Json)[list][+index]).to.not.have.property(field);
      });
    }

    it('trims text fields', () => {
      const feed = accepted(parseWith((feed) => (feed.spaces[1].name = '  Maker Barn \n')));
      expect(feed.spaces[1].name).to.equal('Maker Barn');
    });

    it('leaves out hours that open at 24:00', () => {
      const result = parseWith((feed) => (feed.spaces[0].hours[0] = { day: 'mon', opens: '24:00', closes: '06:00' }));
      expectIssues(result, [['spaces[0].hours[0].opens', `cannot open at 24:00; write 00:00; ${leftOut('hours')}`]]);
      expect(accepted(result).spaces[0]).to.not.have.property('hours');
    });

    it('leaves out hours that open and close at the same time', () => {
      const result = parseWith((feed) => (feed.spaces[0].hoursExceptions[0].intervals = [{ opens: '09:00', closes: '09:00' }]));
      expectIssues(result, [
        ['spaces[0].hoursExceptions[0].intervals[0].closes', `opens and closes at the same time; for all day write 00:00 to 24:00; ${leftOut('hoursExceptions')}`],
      ]);
      expect(accepted(result).spaces[0]).to.not.have.property('hoursExceptions');
    });

    it('keeps hours that run past midnight and all-day hours', () => {
      const result = parseWith((feed) => {
        feed.spaces[0].hours = [
          { day: 'fri', opens: '18:00', closes: '02:00' },
          { day: 'sat', opens: '00:00', closes: '24:00' },
        ];
      });
      expectIssues(result, []);
      expect(accepted(result).spaces[0].hours).to.have.length(2);
    });

    it('accepts a closing time of 24:00', () => {
      const result = parseWith((feed) => (feed.spaces[0].hours[0].closes = '24:00'));
      expectIssues(result, []);
      expect(accepted(result).spaces[0].hours?.[0].closes).to.equal('24:00');
    });

    describe('string caps', () => {
      const caps: [string, number, string[], 'item' | 'field' | 'feed', string][] = [
        ['id', LIMITS.id, ['spaces', '1', 'id'], 'item', 'spaces[1].id'],
        ['name', LIMITS.name, ['spaces', '1', 'name'], 'item', 'spaces[1].name'],
        ['event title (name)', LIMITS.name, ['events', '1', 'title'], 'item', 'events[1].title'],
        ['shortText (space description)', LIMITS.shortText, ['spaces', '1', 'description'], 'field', 'spaces[1].description'],
        ['shortText (pass description)', LIMITS.shortText, ['passes', '1', 'description'], 'field', 'passes[1].description'],
        ['longText (event description)', LIMITS.longText, ['events', '1', 'description'], 'field', 'events[1].description'],
        ['longText (alliance description)', LIMITS.longText, ['alliance', 'description'], 'field', 'alliance.description'],
        ['shortText (alliance tagline)', LIMITS.shortText, ['alliance', 'tagline'], 'field', 'alliance.tagline'],
        ['name (alliance region)', LIMITS.name, ['alliance', 'region'], 'field', 'alliance.region'],
        ['alliance id', LIMITS.id, ['alliance', 'id'], 'feed', 'alliance.id'],
      ];
      for (const [label, cap, path, effect, issuePath] of caps) {
        it(`${label}: ${cap} characters are kept, ${cap + 1} are not`, () => {
          const atCap = parseWith((feed) => setAt(feed, path, 'a'.repeat(cap)));
          expectIssues(atCap, []);
          expect(getAt(accepted(atCap), path)).to.equal('a'.repeat(cap));

          const over = parseWith((feed) => setAt(feed, path, 'a'.repeat(cap + 1)));
          const tooLong = `is longer than ${cap} characters`;
          if (effect === 'feed') {
            expectRejected(over, REJECTED, [[issuePath, `${tooLong}; ${FEED_NEEDS_IT}`]]);
            return;
          }
          const label = { spaces: 'space', passes: 'pass', events: 'event' }[path[0]];
          expectIssues(over, [[issuePath, `${tooLong}; ${effect === 'item' ? `this ${label} was left out` : leftOut(path[path.length - 1])}`]]);
          const feed = accepted(over);
          if (effect === 'item') expect((feed as Json)[path[0]]).to.have.length(1);
          else expect(getAt(feed, path)).to.equal(undefined);
        });
      }

      it(`tag: ${LIMITS.tag} characters are kept, ${LIMITS.tag + 1} leave the tags out`, () => {
        expect(accepted(parseWith((feed) => (feed.spaces[1].tags = ['t'.repeat(LIMITS.tag)]))).spaces[1].tags).to.deep.equal([
          't'.repeat(LIMITS.tag),
        ]);
        const result = parseWith((feed) => (feed.spaces[1].tags = ['ok', 't'.repeat(LIMITS.tag + 1)]));
        expectIssues(result, [['spaces[1].tags[1]', `is longer than ${LIMITS.tag} characters; ${leftOut('tags')}`]]);
        expect(accepted(result).spaces[1]).to.not.have.property('tags');
      });

      it('postal code: 20 characters are kept, 21 leave the address out', () => {
        expect(accepted(parseWith((feed) => (feed.spaces[0].address.postalCode = '1'.repeat(20)))).spaces[0].address?.postalCode).to.equal('1'.repeat(20));
        const result = parseWith((feed) => (feed.spaces[0].address.postalCode = '1'.repeat(21)));
        expectIssues(result, [['spaces[0].address.postalCode', `is longer than 20 characters; ${leftOut('address')}`]]);
        expect(accepted(result).spaces[0]).to.not.have.property('address');
      });

      it('measures text after trimming', () => {
        const feed = accepted(parseWith((feed) => (feed.spaces[1].name = `   ${'a'.repeat(LIMITS.name)}   `)));
        expect(feed.spaces[1].name).to.equal('a'.repeat(LIMITS.name));
      });

      it('keeps the issue preview of a long value short', () => {
        const result = parseWith((feed) => (feed.spaces[1].description = 'd'.repeat(LIMITS.shortText + 1)));
        expect(result.issues[0].value).to.equal(`${'d'.repeat(77)}…`);
      });
    });

    describe('array caps', () => {
      const nested: [string, number, (string | number)[], (index: number) => unknown, string, string, string[]?][] = [
        ['space tags', LIMITS.tags, ['spaces', 1, 'tags'], (i) => `tag-${i}`, 'spaces[1].tags', 'tags'],
        ['event tags', LIMITS.tags, ['events', 1, 'tags'], (i) => `tag-${i}`, 'events[1].tags', 'tags'],
        ['alliance values', LIMITS.values, ['alliance', 'values'], (i) => `Value ${i}`, 'alliance.values', 'values'],
        ['domains', LIMITS.domains, ['spaces', 1, 'domains'], (i) => `d${i}.example.com`, 'spaces[1].domains', 'domains'],
        ['amenities', LIMITS.amenities, ['spaces', 1, 'amenities'], (i) => `amenity-${i}`, 'spaces[1].amenities', 'amenities'],
        ['opening hours', LIMITS.intervals, ['spaces', 1, 'hours'], () => ({ day: 'tue', opens: '08:00', closes: '12:00' }), 'spaces[1].hours', 'hours'],
        ['hours exceptions', LIMITS.exceptions, ['spaces', 1, 'hoursExceptions'], () => ({ date: '2026-12-24' }), 'spaces[1].hoursExceptions', 'hoursExceptions'],
        ['pass links', LIMITS.passLinks, ['spaces', 1, 'passes'], () => ({ pass: 'ten-pack' }), 'spaces[1].passes', 'passes'],
        ['membership kinds', LIMITS.kinds, ['alliance', 'membership', 'kinds'], () => 'coworking', 'alliance.membership.kinds', 'membership', ['alliance', 'membership']],
      ];
      for (const [label, cap, path, item, issuePath, field, leftOutPath] of nested) {
        it(`${label}: ${cap} entries are kept, ${cap + 1} leave "${field}" out`, () => {
          const atCap = parseWith((feed) => setAt(feed, path, Array.from({ length: cap }, (_, i) => item(i))));
          expectIssues(atCap, []);
          expect(getAt(accepted(atCap), path)).to.have.length(cap);

          const over = parseWith((feed) => setAt(feed, path, Array.from({ length: cap + 1 }, (_, i) => item(i))));
          expectIssues(over, [[issuePath, `has more than ${cap} entries; ${leftOut(field)}`]]);
          expect(getAt(accepted(over), leftOutPath ?? path)).to.equal(undefined);
        });
      }

      it('day-use hours: 28 entries are kept, 29 leave "dayUse" out', () => {
        const hours = (n: number) => Array.from({ length: n }, () => ({ day: 'sat', opens: '10:00', closes: '14:00' }));
        expect(accepted(parseWith((feed) => (feed.spaces[0].dayUse.hours = hours(LIMITS.intervals)))).spaces[0].dayUse?.hours).to.have.length(LIMITS.intervals);
        const result = parseWith((feed) => (feed.spaces[0].dayUse.hours = hours(LIMITS.intervals + 1)));
        expectIssues(result, [['spaces[0].dayUse.hours', `has more than ${LIMITS.intervals} entries; ${leftOut('dayUse')}`]]);
        expect(accepted(result).spaces[0]).to.not.have.property('dayUse');
      });

      it('intervals of one hours exception: 4 are kept, 5 leave "hoursExceptions" out', () => {
        const intervals = (n: number) => Array.from({ length: n }, () => ({ opens: '08:00', closes: '09:00' }));
        const atCap = parseWith((feed) => (feed.spaces[0].hoursExceptions[0].intervals = intervals(4)));
        expect(accepted(atCap).spaces[0].hoursExceptions?.[0].intervals).to.have.length(4);
        const result = parseWith((feed) => (feed.spaces[0].hoursExceptions[0].intervals = intervals(5)));
        expectIssues(result, [['spaces[0].hoursExceptions[0].intervals', `has more than 4 entries; ${leftOut('hoursExceptions')}`]]);
        expect(accepted(result).spaces[0]).to.not.have.property('hoursExceptions');
      });

      const topLevel: [string, number, (feed: Json, index: number) => unknown][] = [
        ['spaces', LIMITS.spaces, (_, i) => ({ id: `s${i}`, name: `Space ${i}` })],
        ['passes', LIMITS.passes, (feed, i) => ({ ...feed.passes[1], id: `p${i}` })],
        ['events', LIMITS.events, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2026-10-01', allDay: true })],
      ];
      for (const [list, cap, item] of topLevel) {
        it(`${list}: over ${cap} entries, the first ${cap} are kept and the rest reported`, () => {
          const result = parseWith((feed) => {
            feed[list] = Array.from({ length: cap + 2 }, (_, i) => item(feed, i));
            if (list === 'spaces') feed.events = []; // the events name a space that is gone now
            if (list === 'passes') delete feed.spaces[0].passes; // the space links a pass that is gone now
          });
          expectIssues(result, [[list, `has ${cap + 2} entries; only the first ${cap} are used`]]);
          const kept = (accepted(result) as Json)[list] as { id: string }[];
          expect(kept).to.have.length(cap);
          expect(kept[0].id).to.match(/^[spe]0$/);
          expect(kept[cap - 1].id).to.equal(`${list[0]}${cap - 1}`);
        });
      }
    });

    describe('ids', () => {
      for (const id of ['-bad', '.hidden', 'has space', 'a/b', 'ünïcode', 'semi;colon', '']) {
        it(`leaves out a space with id ${JSON.stringify(id)}`, () => {
          const result = parseWith((feed) => (feed.spaces[1].id = id));
          expectIssues(result, [['spaces[1].id', `${ID_RULE}; this space was left out`]]);
          expect(accepted(result).spaces.map((space) => space.id)).to.deep.equal(['lakeside-hub']);
        });
      }

      it('leaves out a space whose id is not text', () => {
        const result = parseWith((feed) => (feed.spaces[1].id = 42));
        expectIssues(result, [['spaces[1].id', 'must be text, not a number; this space was left out']]);
      });

      it('accepts ids with letters, digits, dots, dashes and underscores', () => {
        const feed = accepted(parseWith((feed) => (feed.spaces[1].id = 'Maker_Barn.2-b')));
        expect(feed.spaces[1].id).to.equal('Maker_Barn.2-b');
      });
    });

    describe('duplicate ids', () => {
      const cases: [string, (feed: Json) => void, string, string, string][] = [
        ['spaces', (f) => f.spaces.push({ id: 'maker-barn', name: 'Second Barn' }), 'spaces[2].id', 'maker-barn', 'name'],
        ['passes', (f) => f.passes.push({ ...f.passes[1], name: 'Second Pack' }), 'passes[2].id', 'ten-pack', 'name'],
        ['events', (f) => f.events.push({ ...f.events[1], title: 'Second meetup' }), 'events[2].id', 'meetup', 'title'],
      ];
      for (const [list, mutate, path, id, nameField] of cases) {
        it(`${list}: keeps the first and reports the later one with its path`, () => {
          const result = parseWith(mutate);
          expectIssues(result, [[path, `repeats the id "${id}"; only the first one is used`]]);
          const items = (accepted(result) as Json)[list] as Json[];
          expect(items.filter((item) => item.id === id)).to.have.length(1);
          expect(items.find((item) => item.id === id)[nameField]).to.not.match(/^Second/);
        });
      }

      it('reports each of several later copies at its own path', () => {
        const result = parseWith((feed) => feed.spaces.push({ id: 'maker-barn', name: 'B2' }, { id: 'maker-barn', name: 'B3' }));
        expectIssues(result, [
          ['spaces[2].id', 'repeats the id "maker-barn"; only the first one is used'],
          ['spaces[3].id', 'repeats the id "maker-barn"; only the first one is used'],
        ]);
      });

      it('reports the dropped copy, not the kept one, when an earlier copy was invalid', () => {
        const result = parseWith((feed) => {
          feed.spaces[1] = { id: 'maker-barn' };
          feed.spaces.push({ id: 'maker-barn', name: 'Kept' }, { id: 'maker-barn', name: 'Dropped' });
        });
        expectIssues(result, [
          ['spaces[1].name', 'is required; this space was left out'],
          ['spaces[3].id', 'repeats the id "maker-barn"; only the first one is used'],
        ]);
        expect(accepted(result).spaces.find((space) => space.id === 'maker-barn')?.name).to.equal('Kept');
      });
    });

    describe('colours', () => {
      for (const colour of ['red;background:url(x)', '#fff}body{', 'var(--x)', '#abc', 'red', '#12345g', '#1234567', ' #123456', 'url(https://evil.example/x.png)']) {
        it(`leaves out colours with ${JSON.stringify(colour)}`, () => {
          const result = parseWith((feed) => (feed.alliance.colors.accent = colour));
          expectIssues(result, [['alliance.colors.accent', `${COLOUR_RULE}; ${leftOut('colors')}`]]);
          expect(result.issues[0].value).to.equal(colour);
          expect(accepted(result).alliance).to.not.have.property('colors');
        });
      }

      it('lower-cases a valid colour', () => {
        const feed = accepted(parseWith((feed) => (feed.alliance.colors.accent = '#ABCDEF')));
        expect(feed.alliance.colors?.accent).to.equal('#abcdef');
      });
    });

    describe('time zones', () => {
      for (const zone of ['MEZ', 'Etc/Unknown', 'UTC\u0000', 'America/Chicago ', '../etc/passwd', '', 'Mars/Olympus_Mons', 'EST', 'BST', 'GMT', 'US/Eastern', 'Europe/Berlin/Extra/Deep', 'utc']) {
        it(`leaves out time zone ${JSON.stringify(zone)} and falls back to the alliance's`, () => {
          const result = parseWith((feed) => (feed.spaces[1].timezone = zone));
          expectIssues(result, [['spaces[1].timezone', `${ZONE_RULE}; ${leftOut('timezone')}`]]);
          expect(accepted(result).spaces[1].timezone).to.equal('America/Chicago');
        });
      }

      for (const zone of ['UTC', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires', 'Europe/Berlin']) {
        it(`accepts time zone ${zone}`, () => {
          const result = parseWith((feed) => (feed.events[1].timezone = zone));
          expectIssues(result, []);
          expect(accepted(result).events[1].timezone).to.equal(zone);
        });
      }

      it('gives events their own zone, else their space\'s, else the alliance\'s', () => {
        const feed = accepted(
          parseWith((feed) => {
            feed.events[0].timezone = 'Europe/Berlin';
            feed.events[1].space = 'maker-barn';
            feed.events.push({ id: 'plain', title: 'Plain', start: '2026-10-01T10:00:00Z' });
          }),
        );
        expect(feed.events.map((event) => event.timezone)).to.deep.equal(['Europe/Berlin', 'America/Denver', 'America/Chicago']);
      });
    });

    describe('currencies', () => {
      for (const currency of ['XYZ', 'usd', 'US', 'EURO', '$']) {
        it(`rejects the feed when the alliance currency is ${JSON.stringify(currency)}`, () => {
          expectRejected(
            parseWith((feed) => (feed.alliance.currency = currency)),
            REJECTED,
            [['alliance.currency', `${CURRENCY_RULE}; ${FEED_NEEDS_IT}`]],
          );
        });
      }

      it('leaves out a pass whose price has an unknown currency', () => {
        const result = parseWith((feed) => (feed.passes[1].price.currency = 'usd'));
        expectIssues(result, [['passes[1].price.currency', `${CURRENCY_RULE}; this pass was left out`]]);
        expect(accepted(result).passes.map((pass) => pass.id)).to.deep.equal(['day-pass']);
      });

      it('leaves out an event price with an unknown currency, keeping the event', () => {
        const result = parseWith((feed) => (feed.events[1].price.currency = 'XYZ'));
        expectIssues(result, [['events[1].price.currency', `${CURRENCY_RULE}; ${leftOut('price')}`]]);
        const event = accepted(result).events[1];
        expect(event.id).to.equal('meetup');
        expect(event.price).to.equal(undefined);
      });
    });

    describe('money', () => {
      const badPrices: [string, unknown, string, string][] = [
        ['an amount with a decimal comma', { amount: '12,50' }, 'passes[1].price.amount', AMOUNT_RULE],
        ['a negative amount', { amount: '-1.00' }, 'passes[1].price.amount', AMOUNT_RULE],
        ['an amount with a currency sign', { amount: '$12' }, 'passes[1].price.amount', AMOUNT_RULE],
        ['an amount with 5 decimals', { amount: '1.23456' }, 'passes[1].price.amount', AMOUNT_RULE],
        ['an amount with 12 digits', { amount: '123456789012' }, 'passes[1].price.amount', AMOUNT_RULE],
        ['an exponent amount', { amount: '1e3' }, 'passes[1].price.amount', AMOUNT_RULE],
        ['a negative amountMinor', { amountMinor: -1 }, 'passes[1].price.amountMinor', 'must be at least 0'],
        ['a bare number', 12.5, 'passes[1].price', PRICE_SHAPE],
        ['an empty object', {}, 'passes[1].price', PRICE_SHAPE],
      ];
      for (const [label, price, path, message] of badPrices) {
        it(`leaves out a pass priced with ${label}`, () => {
          const result = parseWith((feed) => (feed.passes[1].price = price));
          expectIssues(result, [[path, `${message}; this pass was left out`]]);
          expect(accepted(result).passes.map((pass) => pass.id)).to.deep.equal(['day-pass']);
        });
      }

      it('leaves out a pass priced with both amount and amountMinor', () => {
        const result = parseWith((feed) => (feed.passes[1].price = { amount: '12.50', amountMinor: 1250 }));
        expectIssues(result, [['passes[1].price', 'a price takes "amount" or "amountMinor", not both; this pass was left out']]);
        expect(accepted(result).passes.map((pass) => pass.id)).to.deep.equal(['day-pass']);
      });

      const shapeProblems: [unknown, string][] = [
        [{ amount: 12.5 }, 'is not a price; write the amount as text, like "12.50"'],
        [{ amountMinor: 12.5 }, 'is not a price; "amountMinor" is a whole number of cents, like 1250'],
        [{ amountMinor: '1250' }, 'is not a price; "amountMinor" is a whole number of cents, like 1250'],
      ];
      for (const [price, message] of shapeProblems) {
        it(`explains a price ${JSON.stringify(price)} as a price-shape problem, not as "both"`, () => {
          const result = parseWith((feed) => (feed.passes[1].price = price));
          expectIssues(result, [['passes[1].price', `${message}; this pass was left out`]]);
        });
      }

      it('leaves out a pass priced with a float or a string amountMinor, whatever the message', () => {
        for (const price of [{ amount: 12.5 }, { amountMinor: 12.5 }, { amountMinor: '1250' }]) {
          const result = parseWith((feed) => (feed.passes[1].price = price));
          expect(result.issues.map((issue) => [issue.path, issue.severity])).to.deep.equal([['passes[1].price', 'error']]);
          expect(result.issues[0].message).to.match(/; this pass was left out$/);
          expect(accepted(result).passes.map((pass) => pass.id)).to.deep.equal(['day-pass']);
        }
      });

      it('leaves out day use with a bad price, keeping the space', () => {
        const result = parseWith((feed) => (feed.spaces[0].dayUse.price = { amount: '12,50' }));
        expectIssues(result, [['spaces[0].dayUse.price.amount', `${AMOUNT_RULE}; ${leftOut('dayUse')}`]]);
        expect(accepted(result).spaces[0]).to.not.have.property('dayUse');
      });

      const minor: [number, string | undefined, string][] = [
        [1250, undefined, '12.50'],
        [5, 'USD', '0.05'],
        [0, 'USD', '0.00'],
        [1250, 'JPY', '1250'],
        [1250, 'KWD', '1.250'],
        [5, 'KWD', '0.005'],
        [99_999_999_999, 'USD', '999999999.99'],
      ];
      for (const [amountMinor, currency, amount] of minor) {
        it(`converts amountMinor ${amountMinor} ${currency ?? '(alliance currency USD)'} to "${amount}"`, () => {
          const result = parseWith((feed) => (feed.passes[1].price = currency ? { amountMinor, currency } : { amountMinor }));
          expectIssues(result, []);
          expect(accepted(result).passes[1].price).to.deep.equal({ amount, currency: currency ?? 'USD' });
        });
      }

      it('refuses amountMinor over 99,999,999,999', () => {
        const result = parseWith((feed) => (feed.passes[1].price = { amountMinor: 100_000_000_000 }));
        expectIssues(result, [['passes[1].price.amountMinor', 'must be at most 99999999999; this pass was left out']]);
      });

      it('warns when an amount has more decimals than its currency uses, and keeps it', () => {
        const result = parseWith((feed) => {
          feed.passes[1].price = { amount: '1200.5', currency: 'JPY' };
          feed.events[1].price = { amount: '5.125' };
          feed.spaces[0].dayUse.price = { amount: '1.2345', currency: 'KWD' };
        });
        expectIssues(result, [
          ['spaces[0].dayUse.price.amount', 'has more decimals than KWD uses (3); it is shown rounded', 'warning'],
          ['passes[1].price.amount', 'has more decimals than JPY uses (0); it is shown rounded', 'warning'],
          ['events[1].price.amount', 'has more decimals than USD uses (2); it is shown rounded', 'warning'],
        ]);
        const feed = accepted(result);
        expect(feed.passes[1].price).to.deep.equal({ amount: '1200.5', currency: 'JPY' });
        expect(feed.events[1].price).to.deep.equal({ amount: '5.125', currency: 'USD' });
      });

      it('does not warn about decimals a currency uses', () => {
        const result = parseWith((feed) => {
          feed.passes[1].price = { amount: '1200', currency: 'JPY' };
          feed.spaces[0].dayUse.price = { amount: '1.234', currency: 'KWD' };
        });
        expectIssues(result, []);
      });

      it('keeps an amount as written, with the alliance currency by default', () => {
        let feed = accepted(parseWith((feed) => (feed.passes[1].price = { amount: '7.5' })));
        expect(feed.passes[1].price).to.deep.equal({ amount: '7.5', currency: 'USD' });
        feed = accepted(parseWith((feed) => (feed.alliance.currency = 'EUR')));
        expect(feed.passes[1].price).to.deep.equal({ amount: '120.00', currency: 'EUR' });
        expect(feed.passes[0].price).to.deep.equal({ amount: '15.00', currency: 'EUR' });
      });
    });

    describe('dates', () => {
      const badStarts: [string, string][] = [
        ['an impossible date', '2026-02-30T10:00:00Z'],
        ['a 29 February outside a leap year', '2027-02-29T10:00:00Z'],
        ['a missing offset', '2026-09-01T18:00:00'],
        ['a space instead of T', '2026-09-01 18:00:00Z'],
        ['hour 24', '2026-09-01T24:00:00Z'],
        ['a date only', '2026-09-01'],
        ['an offset without a colon', '2026-09-01T18:00:00-0500'],
      ];
      for (const [label, start] of badStarts) {
        it(`leaves out a timed event starting at ${label}`, () => {
          const result = parseWith((feed) => (feed.events[1].start = start));
          expectIssues(result, [['events[1].start', `${DATE_TIME_RULE}; this event was left out`]]);
          expect(accepted(result).events.map((event) => event.id)).to.deep.equal(['icd-2026']);
        });
      }

      it('accepts a leap day, fractional seconds and times without seconds', () => {
        const result = parseWith((feed) => {
          feed.events[0].start = '2028-02-29';
          feed.events[1].start = '2026-09-01T18:00-05:00';
          feed.events[1].end = '2026-09-02T01:00:00.123456+00:00';
        });
        expectIssues(result, []);
        expect(accepted(result).events).to.have.length(2);
      });

      it('leaves out an end before the start, keeping the event', () => {
        const result = parseWith((feed) => (feed.events[1].end = '2026-09-01T17:00:00-05:00'));
        expectIssues(result, [['events[1].end', `is before start; ${leftOut('end')}`]]);
        const event = accepted(result).events[1];
        expect(event.id).to.equal('meetup');
        expect(event).to.not.have.property('end');
      });

      it('compares start and end as instants, offsets included', () => {
        // 18:30 at -04:00 is 22:30Z, before the 23:00Z start, though the wall clock is later.
        const result = parseWith((feed) => (feed.events[1].end = '2026-09-01T18:30:00-04:00'));
        expectIssues(result, [['events[1].end', `is before start; ${leftOut('end')}`]]);
        const same = parseWith((feed) => (feed.events[1].end = '2026-09-01T19:00:00-04:00'));
        expectIssues(same, []);
      });

      it('takes an all-day event with plain dates, end inclusive', () => {
        const result = parseWith((feed) => (feed.events[0].end = '2026-08-09'));
        expectIssues(result, []);
        expect(accepted(result).events[0]).to.include({ start: '2026-08-09', end: '2026-08-09', allDay: true });
      });

      it('leaves out an all-day event given a date and time', () => {
        const result = parseWith((feed) => (feed.events[0].start = '2026-08-09T00:00:00Z'));
        expectIssues(result, [
          ['events[0].start', `${ALL_DAY_RULE}; this event was left out`],
        ]);
        expect(accepted(result).events.map((event) => event.id)).to.deep.equal(['meetup']);
      });

      it('leaves out an all-day end before its start', () => {
        const result = parseWith((feed) => (feed.events[0].end = '2026-08-08'));
        expectIssues(result, [['events[0].end', `is before start; ${leftOut('end')}`]]);
      });

      it('leaves out an all-day end that is not a date', () => {
        const result = parseWith((feed) => (feed.events[0].end = '2026-08-10T12:00:00Z'));
        expectIssues(result, [['events[0].end', `${ALL_DAY_RULE}; ${leftOut('end')}`]]);
      });

      it('leaves out hours exceptions on an impossible date', () => {
        const result = parseWith((feed) => (feed.spaces[0].hoursExceptions[0].date = '2026-02-30'));
        expectIssues(result, [['spaces[0].hoursExceptions[0].date', `is not a date written as YYYY-MM-DD; ${leftOut('hoursExceptions')}`]]);
        expect(accepted(result).spaces[0]).to.not.have.property('hoursExceptions');
      });
    });

    describe('vocabularies', () => {
      const KINDS = '"coworking", "shared-office", "makerspace", "studio", "incubator", "kitchen", "library", "other"';

      it('reads an unknown space kind as "other" with a warning, and a missing one as "coworking"', () => {
        const result = parseWith((feed) => {
          feed.spaces[1].kind = 'spaceship';
          delete feed.spaces[0].kind;
        });
        expectIssues(result, [['spaces[1].kind', `is not one of ${KINDS}; it is read as "other"`, 'warning']]);
        expect(result.issues[0].value).to.equal('spaceship');
        expect(accepted(result).spaces.map((space) => space.kind)).to.deep.equal(['coworking', 'other']);
      });

      it('reads a kind that is not text as "other" with a warning', () => {
        const result = parseWith((feed) => (feed.spaces[1].kind = 42));
        expectIssues(result, [['spaces[1].kind', `is not one of ${KINDS}; it is read as "other"`, 'warning']]);
        expect(accepted(result).spaces[1].kind).to.equal('other');
      });

      it('reads an unknown membership kind as "other"', () => {
        const feed = accepted(parseWith((feed) => (feed.alliance.membership.kinds = ['coworking', 'spaceship'])));
        expect(feed.alliance.membership?.kinds).to.deep.equal(['coworking', 'other']);
      });

      it('reads unknown statuses conservatively, with a warning each', () => {
        const result = parseWith((feed) => {
          feed.spaces[1].status = 'closed';
          feed.passes[1].availability = 'maybe';
        });
        expectIssues(result, [
          ['spaces[1].status', 'is not one of "active", "lapsed"; it is read as "lapsed"', 'warning'],
          ['passes[1].availability', 'is not one of "on-sale", "sold-out"; it is read as "sold-out"', 'warning'],
        ]);
        const feed = accepted(result);
        expect(feed.spaces[1].status).to.equal('lapsed');
        expect(feed.passes[1].availability).to.equal('sold-out');
      });

      it('leaves out an event whose status it cannot read, so it never shows a cancelled event as on', () => {
        const result = parseWith((feed) => (feed.events[1].status = 'on-hold'));
        expectIssues(result, [
          ['events[1].status', 'must be one of "scheduled", "cancelled", "postponed", "moved-online"; this event was left out'],
        ]);
        expect(accepted(result).events.map((event) => event.id)).to.deep.equal(['icd-2026']);
      });

      it('reads the other spellings of event statuses', () => {
        const spellings: [string, string][] = [
          ['canceled', 'cancelled'],
          ['CANCELLED', 'cancelled'],
          ['rescheduled', 'postponed'],
          ['online', 'moved-online'],
          ['confirmed', 'scheduled'],
        ];
        for (const [written, read] of spellings) {
          const feed = accepted(parseWith((feed) => (feed.events[1].status = written)));
          expect(feed.events[1].status, written).to.equal(read);
        }
      });

      it('keeps known statuses', () => {
        const feed = accepted(
          parseWith((feed) => {
            feed.spaces[1].status = 'lapsed';
            feed.passes[1].availability = 'sold-out';
            feed.events[1].status = 'moved-online';
          }),
        );
        expect([feed.spaces[1].status, feed.passes[1].availability, feed.events[1].status]).to.deep.equal(['lapsed', 'sold-out', 'moved-online']);
      });
    });

    describe('passes', () => {
      it('leaves out a pass whose sale ends before it starts (a bad sale window never widens the sale)', () => {
        const result = parseWith((feed) => (feed.passes[0].saleEnds = '2025-12-31T23:59:59Z'));
        expectIssues(result, [
          ['passes[0].saleEnds', 'must be after saleStarts; this pass was left out'],
          ['spaces[0].passes[0].pass', 'names a pass that is not in the feed', 'warning'],
        ]);
        expect(accepted(result).passes.map((pass) => pass.id)).to.not.include('day-pass');
      });

      it('keeps a list of space ids', () => {
        const feed = accepted(parseWith((feed) => (feed.passes[1].spaces = ['lakeside-hub', 'maker-barn'])));
        expect(feed.passes[1].spaces).to.deep.equal(['lakeside-hub', 'maker-barn']);
      });

      it('does not widen a pass to all spaces when its space list is invalid', () => {
        const result = parseWith((feed) => (feed.passes[1].spaces = ['lakeside-hub', 'Bad Id!']));
        expect(result.issues.map((issue) => issue.path)).to.deep.equal(['passes[1].spaces[1]']);
        expect(result.feed?.passes.find((pass) => pass.id === 'ten-pack')?.spaces).to.not.equal('all');
      });
    });

    describe('references', () => {
      it('keeps an event naming an unknown space, with a warning', () => {
        const result = parseWith((feed) => (feed.events[1].space = 'nowhere'));
        expectIssues(result, [['events[1].space', 'names a space that is not in the feed', 'warning']]);
        expect(result.issues[0].value).to.equal('nowhere');
        const event = accepted(result).events[1];
        expect(event.space).to.equal('nowhere');
        expect(event.timezone).to.equal('America/Chicago');
      });

      it('warns about an event naming a space that was left out', () => {
        const result = parseWith((feed) => delete feed.spaces[0].name);
        expectIssues(result, [
          ['spaces[0].name', 'is required; this space was left out'],
          ['events[0].space', 'names a space that is not in the feed', 'warning'],
        ]);
        expect(accepted(result).events).to.have.length(2);
      });

      it('keeps a space linking an unknown pass, with a warning', () => {
        const result = parseWith((feed) => (feed.spaces[0].passes = [{ pass: 'day-pass' }, { pass: 'gold' }]));
        expectIssues(result, [['spaces[0].passes[1].pass', 'names a pass that is not in the feed', 'warning']]);
        expect(accepted(result).spaces[0].passes).to.deep.equal([{ pass: 'day-pass' }, { pass: 'gold' }]);
      });

      it('reports an unknown pass link at the space\'s path in the feed', () => {
        const result = parseWith((feed) => {
          delete feed.spaces[0].name;
          feed.spaces[1].passes = [{ pass: 'gold' }];
          feed.events = [];
        });
        expectIssues(result, [
          ['spaces[0].name', 'is required; this space was left out'],
          ['spaces[1].passes[0].pass', 'names a pass that is not in the feed', 'warning'],
        ]);
      });
    });
  });

  // ------------------------------------------------------------------------------------------------------

  describe('hostile keys', () => {
    const HOSTILE = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

    /** Every object and array in `value`, with its path. */
    function* walk(value: unknown, path = 'feed'): Generator<[string, object]> {
      if (typeof value !== 'object' || value === null) return;
      yield [path, value];
      for (const [key, child] of Object.entries(value)) yield* walk(child, `${path}.${key}`);
    }

    it('never copies __proto__, constructor or toString keys to the output, and leaves Object.prototype alone', () => {
      const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
      // Every object in the feed gets the hostile keys, as own properties (JSON.parse never calls the
      // __proto__ setter). No string in the valid feed contains "{", so this only touches object literals.
      const hostile = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"toString":"x","valueOf":1,"hasOwnProperty":"x","__defineGetter__":1,';
      const input = JSON.parse(JSON.stringify(validFeed()).replaceAll('{', `{${hostile}`));
      expect(Object.hasOwn(input.spaces[0].dayUse.price, '__proto__'), 'test setup: own __proto__ key').to.equal(true);

      const result = parseFeed(input);
      expectIssues(result, []);
      const feed = accepted(result);
      expect(feed).to.deep.equal(accepted(parseFeed(validFeed())));

      let objects = 0;
      for (const [path, object] of walk(feed)) {
        objects++;
        for (const key of HOSTILE) expect(Object.hasOwn(object, key), `${path} has own "${key}"`).to.equal(false);
        const proto = Object.getPrototypeOf(object);
        // Objects sit on a frozen copy of Object.prototype's methods, out of reach of a page that polluted it.
        const feedObject = Object.getPrototypeOf(proto) === null && Object.isFrozen(proto) && proto.toString === Object.prototype.toString;
        expect(feedObject || proto === Array.prototype, `${path} has a foreign prototype`).to.equal(true);
      }
      expect(objects).to.be.greaterThan(20);
      expect(typeof feed.alliance.toString).to.equal('function');
      expect(String(feed.spaces[0])).to.equal('[object Object]');
      expect(({} as Json).polluted).to.equal(undefined);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeKeys);
    });

    it('treats hostile keys in place of required values as missing', () => {
      const input = JSON.parse('{"version": 1, "updated": "2026-11-01T10:00:00Z", "__proto__": {"alliance": {"id": "x"}}}');
      expectRejected(parseFeed(input), REJECTED, [['alliance', 'must be an object describing the alliance; this alliance was left out']]);
      expect(({} as Json).alliance).to.equal(undefined);
    });

    it('does not read inherited properties as feed fields', () => {
      const inherited = Object.create(validFeed());
      expectRejected(parseFeed(inherited), NO_VERSION, [['version', 'must be 1']]);
    });
  });

  describe('never throws', () => {
    it('on values JSON cannot hold', () => {
      const odd: unknown[] = [
        { version: 1n },
        { version: Symbol('v') },
        { version: () => 1 },
        { version: 1, updated: new Date(), alliance: new Map() },
        Object.create(null),
        Object.assign(Object.create(null), { version: 1, alliance: Object.create(null) }),
        { ...validFeed(), spaces: [new Set([1]), new Uint8Array(3), [1, , 3]] },
      ];
      for (const input of odd) expect(() => parseFeed(input)).to.not.throw();
    });

    it('on an object without a prototype that holds a BigInt', () => {
      expect(() => parseFeed({ version: Object.assign(Object.create(null), { n: 1n }) })).to.not.throw();
    });
  });
});
