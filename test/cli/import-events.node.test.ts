/**
 * `alliance-kit import-events`: real calendar files written by Google Calendar, Outlook/Exchange, Apple
 * Calendar and others (shared/fixtures/ics, see SOURCES.md there). Every expected instant below was worked
 * out from the file: the wall time, the zone's rules on that date, and the RRULE/EXDATE/RECURRENCE-ID lines.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFeed } from '../../src/feed/parse.js';
import { baseFeed, fixturesMissing, icsFixtures, readJson, run, scratch } from './harness.js';

type Event = Record<string, unknown> & { id: string; start: string; end?: string; title: string };

async function importCalendar(
  fixture: string | { text: string },
  options: { from: string; days: number; extra?: string[]; feed?: Record<string, unknown> },
) {
  const text = typeof fixture === 'string' ? await readFile(join(icsFixtures, fixture), 'utf8') : fixture.text;
  const folder = await scratch({ 'calendar.ics': text, 'feed.json': JSON.stringify(options.feed ?? baseFeed()) });
  const result = await run(
    ['import-events', 'calendar.ics', '--feed', 'feed.json', '--out', 'out.json', '--from', options.from, '--days', String(options.days), ...(options.extra ?? [])],
    { cwd: folder },
  );
  let events: Event[] = [];
  try {
    const feed = await readJson(folder, 'out.json');
    events = feed.events as Event[];
    // Whatever was imported is exactly what the elements accept.
    assert.deepEqual(parseFeed(feed).issues.filter((issue) => issue.severity === 'error'), []);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return { ...result, events, folder };
}

const starts = (events: Event[]) => events.map((event) => [event.id, event.start]);

describe('import-events: recurrences', { skip: fixturesMissing }, () => {
  it('expands a daily series with EXDATEs and a moved occurrence (RECURRENCE-ID), keeping the moved one\'s id', async () => {
    const { code, events, stdout } = await importCalendar('node-ical/daily-count-exdate-recurrence-id.ics', { from: '2015-07-01', days: 30 });
    assert.equal(code, 0, stdout);
    assert.deepEqual(starts(events), [
      ['0000001-20150706t1200', '2015-07-06T12:00:00-07:00'],
      ['0000001-20150709t1200', '2015-07-09T12:00:00-07:00'],
      ['0000001-20150707t1200', '2015-07-09T15:00:00-07:00'],
      ['0000001-20150711t1200', '2015-07-11T12:00:00-07:00'],
      ['0000001-20150712t1200', '2015-07-12T12:00:00-07:00'],
      ['0000001-20150713t1200', '2015-07-13T12:00:00-07:00'],
      ['0000001-20150714t1200', '2015-07-14T12:00:00-07:00'],
      ['0000001-20150715t1200', '2015-07-15T12:00:00-07:00'],
    ]);
    assert.deepEqual(events[0], {
      id: '0000001-20150706t1200',
      title: 'Treasure Hunting',
      start: '2015-07-06T12:00:00-07:00',
      end: '2015-07-06T13:00:00-07:00',
      timezone: 'America/Los_Angeles',
    });
    assert.equal(Date.parse(events[0].start), Date.parse('2015-07-06T19:00:00Z'));
    assert.deepEqual(events[2], {
      id: '0000001-20150707t1200',
      title: 'More Treasure Hunting',
      start: '2015-07-09T15:00:00-07:00',
      timezone: 'America/Los_Angeles',
      location: 'The other island',
    });
    // The override's DTEND is before its DTSTART in the file: left out, and said.
    assert.match(stdout, /line 11 \("More Treasure Hunting"\): its end is before its start, so the end was left out/);
  });

  it('applies a Google Calendar override listed before its series (Kiev, UNTIL in UTC)', async () => {
    const { events } = await importCalendar('node-ical/google-calendar-kiev-tz.ics', { from: '2016-08-01', days: 60 });
    assert.deepEqual(
      events.map((event) => [event.title, event.start]),
      [
        ['repeated', '2016-08-25T14:00:00+03:00'],
        ['bla bla', '2016-08-26T14:00:00+03:00'],
        ['repeated', '2016-08-27T14:00:00+03:00'],
        // UNTIL=20160828T110000Z is exactly 14:00 in Kiev (UTC+3), so the 28th is in.
        ['repeated', '2016-08-28T14:00:00+03:00'],
      ],
    );
  });

  it('moves an RDATE occurrence overridden by a UTC RECURRENCE-ID and drops EXDATEs (Zimbra)', async () => {
    const { events } = await importCalendar('ical.js/recur_instances.ics', { from: '2012-10-01', days: 70 });
    assert.deepEqual(
      events.map((event) => [event.id.replace(/^623c13c0-6c2b-45d6-a12b-c33ad61c4868-/, ''), event.start, event.description]),
      [
        ['20121002t1000', '2012-10-02T15:00:00-07:00', 'I HAZ CHANGED!'],
        ['20121106t1000', '2012-11-06T10:00:00-08:00', 'IAM FOO'],
        // RDATE 2012-11-05 10:00 PST = 18:00Z, which the override names in UTC; it moved to the 6th, 20:00.
        ['20121105t1000', '2012-11-06T20:00:00-08:00', 'IAM FOO'],
        ['20121110t1000', '2012-11-10T10:00:00-08:00', 'IAM FOO'],
        ['20121130t1000', '2012-11-30T10:00:00-08:00', 'IAM FOO'],
        // 2012-12-04 (first Tuesday) is an EXDATE.
      ],
    );
  });

  it('gets the offset right on both sides of a DST change, with a floating UNTIL (New York)', async () => {
    const { events } = await importCalendar('node-ical/non-utc-until-ny.ics', { from: '2024-03-01', days: 31 });
    assert.equal(events.length, 15);
    assert.equal(events[8].start, '2024-03-09T14:00:00-05:00');
    assert.equal(events[9].start, '2024-03-10T14:00:00-04:00');
    assert.equal(Date.parse(events[8].start), Date.parse('2024-03-09T19:00:00Z'));
    assert.equal(Date.parse(events[9].start), Date.parse('2024-03-10T18:00:00Z'));
    assert.equal(events[14].start, '2024-03-15T14:00:00-04:00');
  });

  it('keeps the last occurrence when UNTIL (UTC) falls after it in a zone the file does not define', async () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:standup@example.org',
      'DTSTART;TZID=Europe/Berlin:20260105T090000',
      'DTEND;TZID=Europe/Berlin:20260105T091500',
      // 08:30Z is 09:30 in Berlin: the 7th at 09:00 is in, the 8th is not.
      'RRULE:FREQ=DAILY;UNTIL=20260107T083000Z',
      'SUMMARY:Standup',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { events } = await importCalendar({ text }, { from: '2026-01-01', days: 30 });
    assert.deepEqual(starts(events), [
      ['standup-example.org-20260105t0900', '2026-01-05T09:00:00+01:00'],
      ['standup-example.org-20260106t0900', '2026-01-06T09:00:00+01:00'],
      ['standup-example.org-20260107t0900', '2026-01-07T09:00:00+01:00'],
    ]);
  });
});

describe('import-events: Outlook and Exchange', { skip: fixturesMissing }, () => {
  it('maps Windows zone names (with the file\'s VTIMEZONEs) to IANA, across a DST change', async () => {
    const { events, stdout, code } = await importCalendar('node-ical/ms_timezones.ics', { from: '2020-09-01', days: 20 });
    assert.equal(code, 1, 'one event in the file cannot be read');
    const single = events.find((event) => event.title === 'test')!;
    assert.equal(single.start, '2020-09-10T09:00:00+02:00');
    assert.equal(single.end, '2020-09-10T09:30:00+02:00');
    assert.equal(single.timezone, 'Europe/Berlin');
    const pacific = events.find((event) => event.title === 'Not the actual summary 1')!;
    assert.equal(pacific.start, '2020-09-15T08:30:00-07:00');
    assert.equal(pacific.timezone, 'America/Los_Angeles');
    assert.equal(Date.parse(pacific.start), Date.parse('2020-09-15T15:30:00Z'));
    // A location that is only a link becomes the online link.
    assert.equal(events.find((event) => event.title === 'Not the actual summary either')!.onlineUrl, 'https://bluejeans.com/7999979999');
    // The quote in DTSTART;TZID="W. Europe Standard Time:20200609T090000" swallows the value.
    assert.match(stdout, /Skipped 1 event that could not be read:\n\s+line 145 \("Log Yesterday's Jira time"\): it could not be read: Missing parameter value/);

    const autumn = await importCalendar('node-ical/ms_timezones.ics', { from: '2020-10-29', days: 7 });
    assert.deepEqual(
      autumn.events.map((event) => event.start),
      ['2020-10-29T12:00:00-07:00', '2020-10-30T12:00:00-07:00', '2020-11-01T12:00:00-08:00', '2020-11-03T12:00:00-08:00'],
    );
  });

  it('ends a series at UNTIL in a zone defined only by the file (Pacific Standard Time)', async () => {
    const { events } = await importCalendar('node-ical/ms_timezones.ics', { from: '2021-03-05', days: 10 });
    // UNTIL=20210309T200000Z is 12:00 PST on Tuesday the 9th, the series' last occurrence.
    assert.deepEqual(events.map((event) => event.start), ['2021-03-05T12:00:00-08:00', '2021-03-07T12:00:00-08:00', '2021-03-09T12:00:00-08:00']);
  });

  it('reads Outlook display names as zones, and warns that events without a UID get ids from title and start', async () => {
    const { events, stdout } = await importCalendar('node-ical/Office-2012-owa.ics', { from: '2020-10-25', days: 14 });
    const sydney = events.find((event) => event.title === 'TEST Syd')!;
    assert.equal(sydney.start, '2020-10-28T13:30:00+11:00');
    assert.equal(sydney.timezone, 'Australia/Sydney');
    assert.equal(Date.parse(sydney.start), Date.parse('2020-10-28T02:30:00Z'));
    assert.equal(events.find((event) => event.title === 'TEST')!.start, '2020-10-28T13:30:00-04:00');
    assert.equal(events.find((event) => event.title === 'TEST 3')!.start, '2020-11-02T13:30:00-05:00');
    assert.equal(events.find((event) => event.title === 'TEST')!.timezone, 'America/New_York');
    assert.match(stdout, /it has no UID, so its id is made from its title and start/);
  });

  it('moves an all-day occurrence that Exchange overrides with a date-time RECURRENCE-ID', async () => {
    const { events } = await importCalendar('node-ical/exchange_whole_day_moved_recurrence.ics', { from: '2026-02-15', days: 20 });
    assert.deepEqual(
      events.map((event) => [event.id, event.start, event.allDay, event.end]),
      [
        ['exchange-moved-recurrence-20260219', '2026-02-19', true, undefined],
        ['exchange-moved-recurrence-20260224', '2026-02-24', true, undefined],
        ['exchange-moved-recurrence-20260226', '2026-02-27', true, undefined],
        ['exchange-moved-recurrence-20260303', '2026-03-03', true, undefined],
        ['exchange-moved-recurrence-20260305', '2026-03-05', true, undefined],
      ],
    );
  });
});

describe('import-events: all-day, status and zones', { skip: fixturesMissing }, () => {
  it('keeps all-day dates as dates across a DST change, with a moved day', async () => {
    const { events } = await importCalendar('node-ical/whole_day_moved_over_dst_change_berlin.ics', { from: '2024-10-20', days: 20 });
    assert.deepEqual(starts(events), [
      ['14nv8jl8d6dvdbl477lod4fftf-20241027', '2024-10-27'],
      ['14nv8jl8d6dvdbl477lod4fftf-20241029', '2024-10-29'],
      ['14nv8jl8d6dvdbl477lod4fftf-20241028', '2024-10-30'],
    ]);
  });

  it('marks cancelled events, and shows UTC and floating times in the calendar\'s own zone (Apple)', async () => {
    const { events } = await importCalendar('node-ical/tentative-apple-calendar.ics', { from: '2022-07-01', days: 10 });
    assert.deepEqual(
      events.map((event) => [event.title, event.start, event.status]),
      [
        // DTSTART:20220704T230000Z, X-WR-TIMEZONE:America/Vancouver (PDT, UTC-7).
        ['Tentative', '2022-07-04T16:00:00-07:00', undefined],
        ['Confirmed', '2022-07-05T09:00:00-07:00', undefined],
        ['Cancelled', '2022-07-06T13:00:00-07:00', 'cancelled'],
        ['No Status', '2022-07-07T09:00:00-07:00', undefined],
      ],
    );
  });

  it('reads floating times, bare dates and inline zones (Apple iCal 1.0)', async () => {
    const { events } = await importCalendar('node-ical/mixed-timezone-handling.ics', { from: '2002-10-01', days: 60 });
    const byTitle = Object.fromEntries(events.map((event) => [event.title, event]));
    // X-WR-TIMEZONE is US/Pacific; daylight saving ended on 2002-10-27, so -08:00.
    assert.equal(byTitle['No Timezone'].start, '2002-10-28T01:20:30-08:00');
    assert.equal(byTitle['UTC Timezone'].start, '2002-10-27T17:20:30-08:00');
    assert.equal(byTitle['Inline Timezone'].start, '2002-10-28T01:20:30-05:00');
    assert.deepEqual([byTitle['Date Only (Explicit)'].start, byTitle['Date Only (Explicit)'].allDay], ['2002-10-28', true]);
    assert.deepEqual([byTitle['Date Only (Implicit)'].start, byTitle['Date Only (Implicit)'].allDay], ['2002-10-28', true]);
  });

  it('uses --timezone for times without one, over the calendar\'s own', async () => {
    const { events } = await importCalendar('node-ical/mixed-timezone-handling.ics', { from: '2002-10-01', days: 60, extra: ['--timezone', 'Europe/Berlin'] });
    assert.equal(events.find((event) => event.title === 'No Timezone')!.start, '2002-10-28T01:20:30+01:00');
  });

  it('never imports private events', async () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:public',
      'DTSTART:20261210T180000Z',
      'SUMMARY:Holiday mixer',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:private',
      'CLASS:PRIVATE',
      'DTSTART:20261211T180000Z',
      'SUMMARY:Board salary review',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    const { events, stdout } = await importCalendar({ text }, { from: '2026-12-01', days: 30 });
    assert.deepEqual(events.map((event) => event.title), ['Holiday mixer']);
    assert.equal(stdout.includes('salary'), false);
    assert.match(stdout, /1 private event was left out/);
  });
});

describe('import-events: broken files', { skip: fixturesMissing }, () => {
  it('reports a garbled RRULE by event and line, and imports the rest (Google Calendar)', async () => {
    const { code, events, stdout } = await importCalendar('node-ical/badRRULE.ics', { from: '2020-11-02', days: 1 });
    assert.equal(code, 1);
    // The range is 2 November in the calendar's zone (X-WR-TIMEZONE:America/Denver, MST since 1 November):
    // the Budapest event of the 2nd (07:20 CET) is still the 1st in Denver, the one of the 3rd is in.
    assert.deepEqual(
      events.map((event) => [event.title, event.start]),
      [
        ['Brain Break', '2020-11-02T09:40:00-07:00'],
        ['Invalid RRULE property', '2020-11-03T07:20:00+01:00'],
      ],
    );
    assert.equal(Date.parse(events[1].start), Date.parse('2020-11-03T06:20:00Z'));
    assert.match(stdout, /line 47 \("Academic Time"\): its repeat rule \(RRULE, line 50\) is garbled at "RRULE:AnythingRandom", so its dates cannot be trusted; the event was skipped/);
  });

  it('imports 400 events of a large file and reports the broken one at its line', async () => {
    const { code, events, stdout } = await importCalendar('node-ical/large-file-with-late-error.ics', { from: '2024-01-01', days: 500 });
    assert.equal(code, 1);
    assert.equal(events.length, 400);
    // UTC times, shown in the alliance's zone because the file names none.
    assert.equal(events[0].start, '2024-01-02T04:00:00-06:00');
    assert.equal(events[0].timezone, 'America/Chicago');
    assert.match(stdout, /line 2405 \("This event should trigger an error after 2000\+ lines"\): it has 2 starts \(DTSTART on lines 2406 and 2407\); the event was skipped/);
  });

  it('refuses a file that is not a calendar, and an empty one, without writing anything', async () => {
    const page = await importCalendar({ text: '<!doctype html><title>Google Calendar</title>' }, { from: '2026-01-01', days: 10 });
    assert.equal(page.code, 2);
    assert.match(page.stderr, /calendar\.ics could not be imported: it is a web page, not a calendar file/);
    const empty = await importCalendar({ text: '' }, { from: '2026-01-01', days: 10 });
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /it is not an iCalendar file/);
  });

  it('reports an event that never ends', async () => {
    const text = 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:20260105T090000Z\nSUMMARY:Good\nEND:VEVENT\nBEGIN:VEVENT\nUID:b\nSUMMARY:Cut off\nDTSTART:20260106T090000Z\n';
    const { events, stdout } = await importCalendar({ text }, { from: '2026-01-01', days: 10 });
    assert.deepEqual(events.map((event) => event.title), ['Good']);
    assert.match(stdout, /line 7 \("Cut off"\): this event never ends/);
  });
});

describe('import-events: updating a feed', { skip: fixturesMissing }, () => {
  it('keeps ids stable, keeps what only the feed has, links spaces named in the location, and removes events no longer in the calendar', async () => {
    const feed = baseFeed({
      spaces: [{ id: 'tempe-hub', name: 'Open Source Project Tempe' }],
      events: [
        { id: 'event_nsmxnyppbfc-meetup.com', title: 'Old title', start: '2011-11-09T19:00:00-07:00', image: 'https://images.example/drupal.jpg', price: { amount: '5' } },
        { id: 'gone', title: 'Deleted from the calendar', start: '2011-11-10T19:00:00-07:00' },
      ],
    });
    const first = await importCalendar('node-ical/meetup-timed-tz.ics', { from: '2011-11-01', days: 30, feed });
    assert.equal(first.code, 0, first.stdout);
    assert.deepEqual(first.events, [
      {
        id: 'event_nsmxnyppbfc-meetup.com',
        title: 'Phoenix Drupal User Group Monthly Meetup',
        start: '2011-11-09T19:00:00-07:00',
        end: '2011-11-09T21:00:00-07:00',
        timezone: 'America/Phoenix',
        space: 'tempe-hub',
        location: 'Open Source Project Tempe (1415 E University Dr. #103A, Tempe, AZ 85281)',
        description: first.events[0].description,
        image: 'https://images.example/drupal.jpg',
        price: { amount: '5' },
      },
    ]);
    assert.match(String(first.events[0].description), /^Phoenix Drupal User Group\nWednesday, November 9 at 7:00 PM/);
    assert.match(first.stdout, /Removed \(no longer in the calendar or its range\): gone/);
    // The meetup's URL is http://, which the feed refuses: said, not silently dropped.
    assert.match(first.stdout, /its link \(URL\) "http:\/\/www\.meetup\.com\/.*" was left out: the feed only takes https:\/\/ addresses/);

    const again = await run(['import-events', 'calendar.ics', '--feed', 'out.json', '--force', '--from', '2011-11-01', '--days', '30'], { cwd: first.folder });
    assert.equal(again.code, 0);
    assert.match(again.stdout, /0 added, 0 updated, 1 unchanged\./);
    assert.match(again.stdout, /Nothing changed, so nothing was written\./);
  });

  it('keeps events the calendar does not have with --keep-existing, and links all to --space', async () => {
    const feed = baseFeed({
      spaces: [{ id: 'hub', name: 'Hub' }],
      events: [{ id: 'hand-made', title: 'Hand-made event', start: '2011-11-20T19:00:00-07:00' }],
    });
    const { events } = await importCalendar('node-ical/meetup-timed-tz.ics', { from: '2011-11-01', days: 30, feed, extra: ['--keep-existing', '--space', 'hub'] });
    assert.deepEqual(events.map((event) => [event.id, event.space]), [
      ['event_nsmxnyppbfc-meetup.com', 'hub'],
      ['hand-made', undefined],
    ]);
    const unknown = await importCalendar('node-ical/meetup-timed-tz.ics', { from: '2011-11-01', days: 30, feed, extra: ['--space', 'nowhere'] });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--space: there is no space with the id "nowhere" in the feed\. Its spaces are: hub\./);
  });
});
