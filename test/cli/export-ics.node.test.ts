/**
 * `alliance-kit export-ics`: the sample feed's events written as iCalendar and read back with ical.js (the
 * library Thunderbird and many other apps use) must be the same events: titles, exact start and end
 * instants (or dates, for all-day events) and status.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { AllianceEvent } from '../../src/feed/schema.js';
import { addDays, isoDate, parseIsoDate } from '../../src/shared/time.js';
import { NOW, repoRoot, run, scratch } from './harness.js';

const sampleFeedPath = join(repoRoot, 'demo/sample-feed.json');

interface Reading {
  title: string;
  start: string;
  end?: string;
  status: string;
}

/** What a calendar app sees in the file. */
function readBack(ics: string): Map<string, Reading> {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = new Map<string, Reading>();
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const at = (time: InstanceType<typeof ICAL.Time>) => (time.isDate ? isoDate(time) : time.toJSDate().toISOString());
    const start = at(event.startDate);
    const end = component.hasProperty('dtend') ? at(event.endDate) : undefined;
    events.set(event.uid, { title: event.summary, start, end, status: String(component.getFirstPropertyValue('status')) });
  }
  return events;
}

/** What the feed says, in the same terms. */
function expected(event: AllianceEvent): Reading {
  const status = { scheduled: 'CONFIRMED', 'moved-online': 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' }[event.status];
  if (event.allDay) {
    // The feed's end is the last day; iCalendar's DTEND is the day after.
    return { title: event.title, start: event.start, end: isoDate(addDays(parseIsoDate(event.end ?? event.start), 1)), status };
  }
  const instant = (value: string) => new Date(Date.parse(value)).toISOString();
  return { title: event.title, start: instant(event.start), end: event.end ? instant(event.end) : undefined, status };
}

describe('export-ics', () => {
  it('round-trips the sample feed: same titles, instants, dates and statuses', async () => {
    const folder = await scratch();
    const { code, stdout, stderr } = await run(['export-ics', sampleFeedPath], { cwd: folder });
    assert.equal(code, 0, stderr);
    const feed = parseFeed(JSON.parse(await readFile(sampleFeedPath, 'utf8'))).feed!;
    assert.ok(feed.events.length >= 10, 'the sample feed has events to compare');
    assert.ok(feed.events.some((event) => event.allDay) && feed.events.some((event) => event.status === 'cancelled'));

    const read = readBack(stdout);
    assert.equal(read.size, feed.events.length);
    for (const event of feed.events) {
      assert.deepEqual(read.get(`${event.id}@${feed.alliance.id}`), expected(event), event.id);
    }
    assert.match(stdout, /^BEGIN:VCALENDAR\r\n/);
    assert.ok(stdout.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines are folded at 75 octets');
    assert.match(stdout, new RegExp(`DTSTAMP:${new Date(NOW).toISOString().replace(/\.\d{3}|[-:]/g, '')}`));
    assert.equal(stderr, `${feed.events.length} events.\n`);
  });

  it('exports one space\'s events with --space, to a file with --out', async () => {
    const folder = await scratch();
    const { code, stderr } = await run(['export-ics', sampleFeedPath, '--space', 'crossroads-commons', '--out', 'crossroads.ics'], { cwd: folder });
    assert.equal(code, 0);
    const feed = parseFeed(JSON.parse(await readFile(sampleFeedPath, 'utf8'))).feed!;
    const ids = feed.events.filter((event) => event.space === 'crossroads-commons').map((event) => `${event.id}@${feed.alliance.id}`);
    const ics = await readFile(join(folder, 'crossroads.ics'), 'utf8');
    assert.deepEqual([...readBack(ics).keys()].sort(), ids.sort());
    assert.match(ics, /X-WR-CALNAME:Crossroads Commons \(Prairie & Peaks Coworking Alliance\)/);
    assert.match(stderr, new RegExp(`Wrote crossroads\\.ics: ${ids.length} events at crossroads-commons\\.`));
  });

  it('says which space ids exist when --space names none, and how to fix a feed it cannot use', async () => {
    const folder = await scratch({ 'broken.json': JSON.stringify({ version: 1 }) });
    const unknown = await run(['export-ics', sampleFeedPath, '--space', 'nowhere'], { cwd: folder });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--space: there is no space with the id "nowhere" in .*sample-feed\.json\. Its spaces are: crossroads-commons, /);
    const broken = await run(['export-ics', 'broken.json'], { cwd: folder });
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /broken\.json cannot be used: .*\nRun "alliance-kit validate broken\.json" to see what to fix\./);
  });
});
