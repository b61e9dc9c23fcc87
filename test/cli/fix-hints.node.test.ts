/**
 * The fix validate prints for each kind of mistake parseFeed reports: the corrected value when it can be
 * worked out, otherwise what to write. Each case goes through parseFeed, so a change in its messages that
 * would orphan a hint fails here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeed } from '../../src/feed/parse.js';
import { fixHint } from '../../src/cli/fix-hints.js';
import { baseFeed } from './harness.js';

/** The fix for the issue parseFeed reports at `path` after `mutate`. */
function fixAt(path: string, mutate: (feed: Record<string, any>) => void): string | undefined {
  const feed = baseFeed({ spaces: [{ id: 'hub', name: 'Hub' }], passes: [], events: [] }) as Record<string, any>;
  mutate(feed);
  const issue = parseFeed(feed).issues.find((candidate) => candidate.path === path);
  assert.ok(issue, `no issue at ${path}: ${JSON.stringify(parseFeed(feed).issues)}`);
  return fixHint(issue, { raw: feed });
}

describe('fix hints', () => {
  it('corrects values it can work out', () => {
    assert.equal(fixAt('alliance.colors.primary', (feed) => (feed.alliance.colors = { primary: '#1F4' })), 'Write all six digits: "#11ff44".');
    assert.equal(fixAt('alliance.colors.primary', (feed) => (feed.alliance.colors = { primary: '1f4e5f' })), 'Add the "#": "#1f4e5f".');
    assert.equal(fixAt('spaces[0].address.country', (feed) => (feed.spaces[0].address = { country: 'United Kingdom' })), 'Write "GB".');
    assert.equal(fixAt('spaces[0].domains[0]', (feed) => (feed.spaces[0].domains = ['https://www.hub.example/about'])), 'Write "www.hub.example".');
    assert.equal(fixAt('spaces[0].hours[0].opens', (feed) => (feed.spaces[0].hours = [{ day: 'mon', opens: '9am', closes: '17:00' }])), 'Write "09:00".');
    assert.equal(fixAt('spaces[0].url', (feed) => (feed.spaces[0].url = 'www.hub.example')), 'Write the whole address: "https://www.hub.example/".');
    assert.equal(fixAt('alliance.currency', (feed) => (feed.alliance.currency = '€')), 'Write "EUR".');
    assert.equal(fixAt('spaces[0].timezone', (feed) => (feed.spaces[0].timezone = 'Mountain')), 'Did you mean "America/Denver"? Time zones are written as Area/City names, which also know about daylight saving time.');
    assert.equal(
      fixAt('events[0].start', (feed) => (feed.events = [{ id: 'e', title: 'E', start: '2026-01-15T18:00', timezone: 'Europe/Berlin' }])),
      'Add the offset from UTC: "2026-01-15T18:00:00+01:00" (Europe/Berlin on that date).',
    );
    assert.equal(fixAt('events[0].start', (feed) => (feed.events = [{ id: 'e', title: 'E', start: '2026-08-09T00:00:00Z', allDay: true }])), 'For an all-day event write just the date: "2026-08-09".');
    assert.equal(fixAt('spaces[0].dayUse.accepted', (feed) => (feed.spaces[0].dayUse = { accepted: 'yes' })), 'Write true without quotes.');
    assert.equal(fixAt('spaces[0].memberSince', (feed) => (feed.spaces[0].memberSince = '2019')), 'Write 2019 without quotes.');
  });

  it('says what to write when it cannot', () => {
    assert.match(fixAt('spaces[0].phone', (feed) => (feed.spaces[0].phone = 'call us!'))!, /^Write the number as people dial it, e.g. "\+1 816-555-0142"/);
    assert.match(fixAt('alliance.locale', (feed) => (feed.alliance.locale = 'english please'))!, /"en-US", "en-GB", "fr-CA"/);
    assert.match(fixAt('spaces[0].name', (feed) => (feed.spaces[0].name = 'x'.repeat(201)))!, /^Shorten it to 200 characters or fewer/);
    assert.match(fixAt('spaces[1].id', (feed) => feed.spaces.push({ id: 'hub', name: 'Hub again' }))!, /Keep the id that is already published/);
    assert.match(fixAt('spaces[0].tags', (feed) => (feed.spaces[0].tags = 'quiet, sunny'))!, /^Put the values in square brackets, each in quotes: \["quiet", "sunny"\]\.$/);
  });
});
