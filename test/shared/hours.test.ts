import { expect } from '@open-wc/testing';
import type { HoursException, WeeklyInterval } from '../../src/feed/schema.js';
import { openStatus, type HoursSource } from '../../src/shared/hours.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const ALL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function every(days: readonly WeeklyInterval['day'][], opens: string, closes: string): WeeklyInterval[] {
  return days.map((day) => ({ day, opens, closes }));
}

/**
 * A Kansas City office: weekdays 08:00–18:00, Saturday nights 18:00–02:30 (past midnight), closed on
 * Christmas Day 2026 (a Friday).
 */
const chicago: HoursSource = {
  timezone: 'America/Chicago',
  hours: [...every(WEEKDAYS, '08:00', '18:00'), { day: 'sat', opens: '18:00', closes: '02:30' }],
  hoursExceptions: [{ date: '2026-12-25', note: 'Christmas Day' } satisfies HoursException],
};
/** The same weekday hours in Denver, an hour behind. */
const denver: HoursSource = { ...chicago, timezone: 'America/Denver' };

// Late November: Chicago is on CST (UTC−6), Denver on MST (UTC−7). 2026-11-30 is a Monday.
const at = (iso: string) => Date.parse(iso);

describe('openStatus (src/shared/hours.ts)', () => {
  it('is open at the opening minute exactly, and opens soon the minute before', () => {
    expect(openStatus(chicago, at('2026-11-30T08:00:00-06:00'))).to.include({ state: 'open' });
    expect(openStatus(chicago, at('2026-11-30T08:00:00-06:00')).closes).to.deep.equal({ time: '18:00', inDays: 0 });
    const before = openStatus(chicago, at('2026-11-30T07:59:00-06:00'));
    expect(before.state).to.equal('opens-soon');
    expect(before.opens).to.deep.equal({ time: '08:00', inDays: 0 });
  });

  it('is closed at the closing minute exactly, and next opens tomorrow', () => {
    const closing = openStatus(chicago, at('2026-11-30T18:00:00-06:00'));
    expect(closing.state).to.equal('closed');
    expect(closing.opens).to.deep.equal({ time: '08:00', inDays: 1 });
    expect(openStatus(chicago, at('2026-11-30T17:59:00-06:00')).state).to.equal('closes-soon');
  });

  it('closes soon from one hour before closing: open at 16:59, closes soon at 17:00 and 17:01', () => {
    expect(openStatus(chicago, at('2026-11-30T16:59:00-06:00')).state).to.equal('open');
    expect(openStatus(chicago, at('2026-11-30T17:00:00-06:00')).state).to.equal('closes-soon');
    expect(openStatus(chicago, at('2026-11-30T17:01:00-06:00')).state).to.equal('closes-soon');
  });

  it('opens soon within the hour before opening, closed before that', () => {
    expect(openStatus(chicago, at('2026-11-30T06:59:00-06:00')).state).to.equal('closed');
    expect(openStatus(chicago, at('2026-11-30T07:00:00-06:00')).state).to.equal('opens-soon');
  });

  it('works on each space’s own clock: one instant, open in Kansas City, opening soon in Denver', () => {
    const instant = at('2026-11-30T14:30:00Z'); // 08:30 in Kansas City, 07:30 in Denver
    expect(openStatus(chicago, instant).state).to.equal('open');
    const mountain = openStatus(denver, instant);
    expect(mountain.state).to.equal('opens-soon');
    expect(mountain.opens).to.deep.equal({ time: '08:00', inDays: 0 });
  });

  it('is still open at 00:30 from yesterday’s 18:00–02:30, then closes soon and closes', () => {
    // Saturday 2026-11-28 18:00 → Sunday 02:30 in Kansas City.
    const afterMidnight = openStatus(chicago, at('2026-11-29T00:30:00-06:00'));
    expect(afterMidnight.state).to.equal('open');
    expect(afterMidnight.closes).to.deep.equal({ time: '02:30', inDays: 0 });
    expect(openStatus(chicago, at('2026-11-29T01:45:00-06:00')).state).to.equal('closes-soon');
    expect(openStatus(chicago, at('2026-11-29T02:30:00-06:00')).state).to.equal('closed');
    expect(openStatus(chicago, at('2026-11-28T23:00:00-06:00')).closes).to.deep.equal({ time: '02:30', inDays: 1 });
  });

  it('is closed all day on a holiday exception, with its note, and says when it opens next', () => {
    const christmas = openStatus(chicago, at('2026-12-25T10:00:00-06:00'));
    expect(christmas.state).to.equal('closed');
    expect(christmas.today).to.deep.equal([]);
    expect(christmas.exception?.note).to.equal('Christmas Day');
    expect(christmas.opens).to.deep.equal({ time: '18:00', inDays: 1 });
    // The Friday before is an ordinary Friday.
    expect(openStatus(chicago, at('2026-12-18T10:00:00-06:00')).state).to.equal('open');
  });

  it('never closes soon when open around the clock, even a minute before midnight', () => {
    const allHours: HoursSource = { timezone: 'America/Denver', hours: every(ALL_DAYS, '00:00', '24:00') };
    for (const iso of ['2026-11-30T23:59:00-07:00', '2026-11-30T00:00:00-07:00', '2026-12-06T23:30:00-07:00']) {
      const status = openStatus(allHours, at(iso));
      expect(status.state, iso).to.equal('open');
      expect(status.closes!.inDays, iso).to.be.greaterThan(1);
    }
  });

  it('keeps wall-clock hours across the spring DST change (2026-03-08 in Chicago)', () => {
    const daily: HoursSource = { timezone: 'America/Chicago', hours: every(ALL_DAYS, '08:00', '18:00') };
    // After the change Chicago is UTC−5: 08:00 CDT is 13:00Z (a fixed CST offset would call it 07:00).
    expect(openStatus(daily, at('2026-03-08T13:00:00Z')).state).to.equal('open');
    expect(openStatus(daily, at('2026-03-08T12:59:00Z')).state).to.equal('opens-soon');
    expect(openStatus(daily, at('2026-03-08T23:00:00Z')).state).to.equal('closed');
    expect(openStatus(daily, at('2026-03-08T22:59:00Z')).state).to.equal('closes-soon');
  });

  it('stays open through the repeated hour when clocks fall back (2026-11-01 in Chicago)', () => {
    const lateSaturday: HoursSource = { timezone: 'America/Chicago', hours: [{ day: 'sat', opens: '20:00', closes: '01:30' }] };
    expect(openStatus(lateSaturday, at('2026-11-01T01:15:00-05:00')).state, '01:15 CDT').to.equal('closes-soon');
    expect(openStatus(lateSaturday, at('2026-11-01T01:15:00-06:00')).state, '01:15 CST').to.equal('closes-soon');
    expect(openStatus(lateSaturday, at('2026-11-01T01:30:00-06:00')).state).to.equal('closed');
  });

  it('is unknown without any hours', () => {
    expect(openStatus({ timezone: 'America/Chicago' }, at('2026-11-30T12:00:00Z'))).to.deep.equal({ state: 'unknown', today: [] });
  });
});
