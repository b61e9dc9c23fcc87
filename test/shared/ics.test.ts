import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/schema.js';
import {
  ICS_LINE_OCTETS,
  escapeText,
  feedToIcs,
  foldLine,
  icsEventFromFeed,
  utcDateTime,
  writeCalendar,
} from '../../src/shared/ics.js';
import { zonedParts } from '../../src/shared/time.js';

const STAMP = Date.parse('2027-02-01T12:34:56.789Z');

function feedWith(events: unknown[]): Feed {
  const result = parseFeed({
    version: 1,
    updated: '2027-01-01T00:00:00Z',
    alliance: {
      id: 'prairie-peaks',
      name: 'Prairie & Peaks',
      url: 'https://prairieandpeaks.example/',
      timezone: 'America/Chicago',
      currency: 'USD',
      eventsUrl: 'https://prairieandpeaks.example/events',
    },
    spaces: [
      {
        id: 'crossroads',
        name: 'Crossroads Commons',
        address: { street: '1 Main St', locality: 'Kansas City', region: 'MO', postalCode: '64105', country: 'US' },
      },
    ],
    events,
  });
  expect(result.feed, JSON.stringify(result.issues)).to.be.ok;
  expect(result.feed!.events.length, JSON.stringify(result.issues)).to.equal(events.length);
  return result.feed!;
}

function icsFor(event: Record<string, unknown>): string {
  const feed = feedWith([event]);
  return writeCalendar({ events: [icsEventFromFeed(feed.events[0], feed)], stamp: STAMP });
}

function parseVevent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** The physical lines of the file (without their CRLF). */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n'), 'file ends with CRLF').to.equal(true);
  return ics.slice(0, -2).split('\r\n');
}

const TRICKY = 'Books, beer; and "backslashes" \\ too\nSecond line\r\nThird line';

describe('ics writer', () => {
  it('writes a timed event in UTC that parses back to the same instants, text and fields', () => {
    const ics = icsFor({
      id: 'spring-forward',
      title: 'Spring-Forward Coffee, Tea; and More',
      description: TRICKY,
      start: '2027-03-14T10:00:00-05:00',
      end: '2027-03-14T11:30:00-05:00',
      timezone: 'America/Chicago',
      space: 'crossroads',
      registrationUrl: 'https://prairieandpeaks.example/events/spring?a=1,2;b',
      tags: ['coffee', 'net,working'],
    });
    const { calendar, vevent, event } = parseVevent(ics);
    expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(event.uid).to.equal('spring-forward@prairie-peaks');
    expect(event.summary).to.equal('Spring-Forward Coffee, Tea; and More');
    expect(event.description).to.equal('Books, beer; and "backslashes" \\ too\nSecond line\nThird line');
    expect(event.location).to.equal('Crossroads Commons, 1 Main St, Kansas City, MO 64105, US');
    expect(vevent.getFirstPropertyValue('url')).to.equal('https://prairieandpeaks.example/events/spring?a=1,2;b');
    expect(vevent.getFirstProperty('categories')!.getValues()).to.deep.equal(['coffee', 'net,working']);
    expect(vevent.getFirstPropertyValue('status')).to.equal('CONFIRMED');

    // Same instants, written in UTC; on the event's own clock that is still 10:00 on the day of the DST change.
    expect(event.startDate.zone!.tzid).to.equal('UTC');
    expect(event.startDate.toJSDate().getTime()).to.equal(Date.parse('2027-03-14T15:00:00Z'));
    expect(event.endDate.toJSDate().getTime()).to.equal(Date.parse('2027-03-14T16:30:00Z'));
    const local = zonedParts(event.startDate.toJSDate().getTime(), 'America/Chicago');
    expect([local.day, local.hour, local.minute]).to.deep.equal([14, 10, 0]);
    expect(ics).to.contain('\r\nDTSTART:20270314T150000Z\r\n');
    expect(ics).to.contain('\r\nDTSTAMP:20270201T123456Z\r\n');
  });

  it('escapes TEXT values exactly as RFC 5545 says', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('bell\u0007 tab\t ok')).to.equal('bell tab\t ok');
    const ics = icsFor({ id: 'x', title: 'A;B,C\\D', start: '2027-03-14T10:00:00-05:00' });
    expect(ics).to.contain('\r\nSUMMARY:A\\;B\\,C\\\\D\r\n');
  });

  it('writes an all-day event as dates with an exclusive end', () => {
    const single = parseVevent(icsFor({ id: 'icd', title: 'Coworking Day', start: '2027-08-09', allDay: true }));
    expect(single.event.startDate.isDate).to.equal(true);
    expect(single.event.startDate.toString()).to.equal('2027-08-09');
    expect(single.event.endDate.toString()).to.equal('2027-08-10');

    const ics = icsFor({ id: 'retreat', title: 'Retreat', start: '2027-12-30', end: '2028-01-01', allDay: true });
    expect(ics).to.contain('\r\nDTSTART;VALUE=DATE:20271230\r\n');
    expect(ics).to.contain('\r\nDTEND;VALUE=DATE:20280102\r\n');
    const multi = parseVevent(ics);
    expect(multi.event.duration.days).to.equal(3);
  });

  it('writes no DTEND for an event without an end', () => {
    const ics = icsFor({ id: 'talk', title: 'Talk', start: '2027-03-13T10:00:00-06:00' });
    expect(ics).not.to.contain('DTEND');
    expect(parseVevent(ics).event.startDate.toJSDate().getTime()).to.equal(Date.parse('2027-03-13T16:00:00Z'));
  });

  it('marks cancelled events CANCELLED and postponed ones TENTATIVE', () => {
    const base = { title: 'Breakfast', start: '2027-02-18T07:30:00-07:00' };
    expect(parseVevent(icsFor({ ...base, id: 'a', status: 'cancelled' })).vevent.getFirstPropertyValue('status')).to.equal(
      'CANCELLED',
    );
    expect(parseVevent(icsFor({ ...base, id: 'b', status: 'postponed' })).vevent.getFirstPropertyValue('status')).to.equal(
      'TENTATIVE',
    );
  });

  it('folds long non-ASCII lines at 75 octets without splitting a character, and uses CRLF only', () => {
    const title = `Journée « portes ouvertes » à Montréal — 東京とカンザスシティ 🎉☕️ coworking; ${'é'.repeat(40)}`;
    const description = `${'Ünïcödé, '.repeat(30)}\n${'😀'.repeat(50)}`;
    const ics = icsFor({ id: 'long', title, description, start: '2027-08-09T09:00:00-05:00', location: 'Café ' + 'ß'.repeat(90) });
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const bytes = new TextEncoder();
    const strict = new TextDecoder('utf-8', { fatal: true });
    const lines = physicalLines(ics);
    expect(lines.some((line) => line.startsWith(' ')), 'some lines were folded').to.equal(true);
    for (const line of lines) {
      const encoded = bytes.encode(line);
      expect(encoded.length, line).to.be.at.most(ICS_LINE_OCTETS);
      // Each physical line is valid UTF-8 by itself (and no lone surrogate): no character was cut in two.
      expect(() => strict.decode(encoded)).not.to.throw();
      expect(line).not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    const { event } = parseVevent(ics);
    expect(event.summary).to.equal(title);
    expect(event.description).to.equal(description);
    expect(event.location).to.equal('Café ' + 'ß'.repeat(90));
  });

  it('folds at exactly 75 octets, continuation lines starting with one space', () => {
    const line = `SUMMARY:${'a'.repeat(200)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded[0].length).to.equal(75);
    expect(folded.slice(1).every((part) => part.startsWith(' ') && part.length <= 75)).to.equal(true);
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).to.equal(line);
    expect(foldLine('SUMMARY:short')).to.equal('SUMMARY:short');
    // 3-byte characters: 8 ASCII + 22 × 3 = 74 octets; the next one would make 77, so it moves on.
    const wide = foldLine(`SUMMARY:${'東'.repeat(30)}`).split('\r\n');
    expect(new TextEncoder().encode(wide[0]).length).to.equal(74);
  });

  it('formats UTC stamps without milliseconds', () => {
    expect(utcDateTime(Date.parse('2027-08-09T14:00:00.999Z'))).to.equal('20270809T140000Z');
  });

  it('exports a whole feed with one VEVENT per event and stable, unique UIDs', () => {
    const feed = feedWith([
      { id: 'one', title: 'One', start: '2027-01-16T10:00:00-06:00' },
      { id: 'two', title: 'Two', start: '2027-05-07', allDay: true },
      { id: 'three', title: 'Three', start: '2027-06-17T17:00:00-06:00', status: 'cancelled' },
    ]);
    const ics = feedToIcs(feed, STAMP);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const uids = calendar.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('uid'));
    expect(uids).to.deep.equal(['one@prairie-peaks', 'two@prairie-peaks', 'three@prairie-peaks']);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Prairie & Peaks');
    expect(feedToIcs(feed, STAMP)).to.equal(ics);
  });
});
