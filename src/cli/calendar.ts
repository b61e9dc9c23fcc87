/**
 * Reads an iCalendar file (Google Calendar, Outlook/Exchange, Apple Calendar, Meetup…) into feed events:
 * one per occurrence within a date range, with exact instants, the offset of the event's own zone on that
 * date, and an id that stays the same on every import.
 *
 * Robustness comes first, because these files are written by many programs and edited by hand: the file is
 * split into its components before ical.js sees them, so one broken event (an unparseable line, two DTSTARTs,
 * a garbled RRULE) is reported with its line number and skipped while the rest imports. Time zones: IANA
 * names are used as they are; Windows names and Outlook display names are mapped to IANA; other TZIDs use the
 * file's VTIMEZONE definition (registered with ICAL.TimezoneService for the duration of the read).
 */
import ICAL from 'ical.js';
import { LIMITS } from '../feed/limits.js';
import { safeUrl } from '../shared/safe-url.js';
import { addDays, isoDate, zonedTimeToInstant } from '../shared/time.js';
import { formatOffset, formatOffsetDateTime } from './dates.js';
import { slugify } from './values.js';
import { resolveZoneName } from './zone-names.js';

type Time = InstanceType<typeof ICAL.Time>;
type Component = InstanceType<typeof ICAL.Component>;
type CalendarEvent = InstanceType<typeof ICAL.Event>;

export interface ImportedEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  allDay?: true;
  timezone?: string;
  status?: 'cancelled';
  location?: string;
  onlineUrl?: string;
  registrationUrl?: string;
  description?: string;
  tags?: string[];
}

export interface CalendarProblem {
  /** Line in the file where the event (or the problem) starts. */
  line: number;
  /** The event's title, when it has one. */
  summary?: string;
  message: string;
  /** `error`: the event was skipped. `warning`: imported, but something was left out or assumed. */
  severity: 'error' | 'warning';
}

export interface CalendarReadOptions {
  /** First day of the range. */
  from: { year: number; month: number; day: number };
  days: number;
  /**
   * For times without a zone, for showing times given in UTC, and for the range: the calendar's own zone
   * (X-WR-TIMEZONE) when it names one, else this one.
   */
  zone: string;
  /** Use `zone` even when the calendar names its own. */
  overrideZone?: boolean;
}

export interface CalendarReadResult {
  /** Sorted by start. `instant` is for sorting and ranges only; it is not part of the feed. */
  events: { event: ImportedEvent; instant: number; line: number }[];
  problems: CalendarProblem[];
  calendarName?: string;
  /** The calendar's own zone (X-WR-TIMEZONE), when it names a known one. */
  calendarZone?: string;
  /** The zone floating and UTC times were shown in, and the range counted in. */
  zone: string;
  counts: { components: number; outsideRange: number; private: number };
}

/** Past this many occurrences in one series, expansion stops (a FREQ=MINUTELY rule would never end). */
const MAX_ITERATIONS = 50_000;

interface Line {
  text: string;
  /** 1-based line number in the file. */
  number: number;
}

interface Block {
  name: string;
  lines: Line[];
}

/** Throws only for input that is not an iCalendar file at all; everything else becomes a problem. */
export function readCalendar(text: string, options: CalendarReadOptions): CalendarReadResult {
  const lines = unfold(text);
  const first = lines.find((line) => line.text.trim());
  if (!first || !/^BEGIN:VCALENDAR$/i.test(first.text.trim())) {
    const looksLikePage = /^\s*</.test(text);
    throw new Error(
      looksLikePage
        ? 'it is a web page, not a calendar file. Download the calendar as .ics (in Google Calendar: Settings → the calendar → "Secret address in iCal format" or Export).'
        : 'it is not an iCalendar file (those start with BEGIN:VCALENDAR).',
    );
  }

  const problems: CalendarProblem[] = [];
  const { blocks, properties } = splitComponents(lines, problems);
  const calendarName = properties.get('X-WR-CALNAME');
  const calendarZone = properties.get('X-WR-TIMEZONE') ? resolveZoneName(properties.get('X-WR-TIMEZONE')!)?.zone : undefined;

  const zone = options.overrideZone ? options.zone : (calendarZone ?? options.zone);

  const registered = registerTimezones(blocks.filter((block) => block.name === 'VTIMEZONE'), problems);
  try {
    const context = new ReadContext({ ...options, zone }, problems);
    const parsed = blocks.filter((block) => block.name === 'VEVENT').map((block) => parseEventBlock(block, problems));
    const events = expandAll(parsed.filter((entry): entry is ParsedEvent => entry !== null), context);
    return {
      events: events.sort((a, b) => a.instant - b.instant || a.event.id.localeCompare(b.event.id)),
      problems: problems.sort((a, b) => a.line - b.line),
      calendarName,
      calendarZone,
      zone,
      counts: { components: parsed.length, outsideRange: context.outsideRange, private: context.privateCount },
    };
  } finally {
    for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
  }
}

// ------------------------------------------------------------------------------------------- splitting

/** RFC 5545 line unfolding, keeping the number of each logical line's first physical line. */
function unfold(text: string): Line[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const lines: Line[] = [];
  physical.forEach((raw, index) => {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && lines.length > 0 && lines.at(-1)!.text !== '') {
      lines.at(-1)!.text += raw.slice(1);
    } else if (raw.trim()) {
      lines.push({ text: raw.trimStart(), number: index + 1 });
    }
  });
  return lines;
}

function splitComponents(lines: Line[], problems: CalendarProblem[]): { blocks: Block[]; properties: Map<string, string> } {
  const blocks: Block[] = [];
  const properties = new Map<string, string>();
  let depth = 0;
  let current: Block | null = null;
  const stack: string[] = [];
  for (const line of lines) {
    const begin = /^BEGIN:(.+)$/i.exec(line.text.trim());
    const end = /^END:(.+)$/i.exec(line.text.trim());
    if (begin) {
      const name = begin[1].toUpperCase();
      if (depth === 0 && name !== 'VCALENDAR') {
        problems.push({ line: line.number, message: `BEGIN:${name} outside the calendar was ignored`, severity: 'warning' });
        continue;
      }
      if (depth === 1) current = { name, lines: [] };
      stack.push(name);
      depth++;
      current?.lines.push(line);
      continue;
    }
    if (end) {
      const name = end[1].toUpperCase();
      if (stack.at(-1) !== name) {
        if (current) {
          problems.push({
            line: current.lines[0].number,
            summary: summaryOf(current),
            message: `this ${describeComponent(current.name)} is not closed properly (line ${line.number} has END:${name}, expected END:${stack.at(-1)}); it was skipped`,
            severity: 'error',
          });
          current = null;
        }
        // Recover at the calendar level: drop everything open down to the matching BEGIN.
        const index = stack.lastIndexOf(name);
        if (index >= 0) {
          stack.length = index;
          depth = index;
        }
        continue;
      }
      current?.lines.push(line);
      stack.pop();
      depth--;
      if (depth === 1 && current) {
        blocks.push(current);
        current = null;
      }
      continue;
    }
    if (current) current.lines.push(line);
    else if (depth === 1) {
      const property = /^([A-Za-z0-9-]+)(?:;[^:]*)?:(.*)$/.exec(line.text);
      if (property) properties.set(property[1].toUpperCase(), property[2].trim());
    }
  }
  if (current) {
    problems.push({
      line: current.lines[0].number,
      summary: summaryOf(current),
      message: `this ${describeComponent(current.name)} never ends (the file stops before END:${current.name}); it was skipped`,
      severity: 'error',
    });
  }
  return { blocks, properties };
}

function describeComponent(name: string): string {
  return name === 'VEVENT' ? 'event' : name === 'VTIMEZONE' ? 'time zone definition' : name;
}

function summaryOf(block: Block): string | undefined {
  const line = block.lines.find((candidate) => /^SUMMARY[;:]/i.test(candidate.text));
  return line ? unescapeText(line.text.slice(line.text.indexOf(':') + 1)).trim() || undefined : undefined;
}

function wrap(block: Block): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//alliance-kit//import//EN', ...block.lines.map((line) => markBareDate(line.text)), 'END:VCALENDAR', ''].join('\r\n');
}

/** `DTSTART:20021028` (a date written without VALUE=DATE, as old Apple iCal did) is unambiguous: mark it. */
function markBareDate(text: string): string {
  const bare = /^(DTSTART|DTEND|RECURRENCE-ID|EXDATE|RDATE)((?:;[^:]*)?):(\d{8}(?:,\d{8})*)$/i.exec(text);
  if (!bare || /;VALUE=/i.test(bare[2])) return text;
  return `${bare[1]}${bare[2]};VALUE=DATE:${bare[3]}`;
}

function parseBlock(block: Block): Component {
  return new ICAL.Component(ICAL.parse(wrap(block)) as unknown[]).getFirstSubcomponent(block.name.toLowerCase())!;
}

/** Registers the file's zone definitions that ical.js does not know yet; returns them, to remove afterwards. */
function registerTimezones(blocks: Block[], problems: CalendarProblem[]): string[] {
  const registered: string[] = [];
  for (const block of blocks) {
    try {
      const component = parseBlock(block);
      const tzid = component.getFirstPropertyValue('tzid');
      if (typeof tzid !== 'string' || !tzid) continue;
      if (ICAL.TimezoneService.has(tzid)) continue;
      ICAL.TimezoneService.register(component);
      registered.push(tzid);
    } catch (error) {
      problems.push({ line: block.lines[0].number, message: `a time zone definition could not be read (${describeError(error)}); events that use it may be skipped`, severity: 'warning' });
    }
  }
  return registered;
}

// --------------------------------------------------------------------------------------------- events

interface ParsedEvent {
  event: CalendarEvent;
  component: Component;
  line: number;
  uid: string;
  summary?: string;
}

const RRULE_PARTS = new Set(['FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'WKST', 'RSCALE', 'SKIP']);

function parseEventBlock(block: Block, problems: CalendarProblem[]): ParsedEvent | null {
  const line = block.lines[0].number;
  const summary = summaryOf(block);
  const fail = (message: string) => {
    problems.push({ line, summary, message: `${message}; the event was skipped`, severity: 'error' });
    return null;
  };
  const propertyLines = (name: string) => block.lines.filter((candidate) => new RegExp(`^${name}[;:]`, 'i').test(candidate.text));

  const starts = propertyLines('DTSTART');
  if (starts.length === 0) return fail('it has no start (DTSTART)');
  if (starts.length > 1) return fail(`it has ${starts.length} starts (DTSTART on lines ${starts.map((s) => s.number).join(' and ')})`);
  if (propertyLines('DTEND').length > 1) return fail('it has more than one end (DTEND)');
  for (const rule of propertyLines('RRULE')) {
    const value = propertyValue(rule.text);
    const bad = value.split(';').find((part) => {
      const [name, setting] = part.split('=');
      return !setting || !(RRULE_PARTS.has(name.toUpperCase()) || /^X-/i.test(name));
    });
    if (bad !== undefined || !/(^|;)FREQ=/i.test(value)) {
      return fail(`its repeat rule (RRULE, line ${rule.number}) is garbled${bad !== undefined ? ` at "${bad}"` : ' (it has no FREQ)'}, so its dates cannot be trusted`);
    }
  }

  let component: Component;
  let event: CalendarEvent;
  try {
    component = parseBlock(block);
    event = new ICAL.Event(component);
    // Reading these now surfaces malformed values here, with the event's line, rather than mid-expansion.
    void event.startDate.toString();
    void event.endDate?.toString();
    if (event.isRecurring()) for (const property of component.getAllProperties('rrule')) void property.getFirstValue()?.toString();
  } catch (error) {
    return fail(`it could not be read: ${describeError(error)}`);
  }
  let uid = event.uid?.trim();
  if (!uid) {
    uid = `${slugify(summary ?? 'event') || 'event'}-${startKey(event.startDate)}`;
    problems.push({ line, summary, message: 'it has no UID, so its id is made from its title and start and changes if either does', severity: 'warning' });
  }
  return { event, component, line, uid, summary };
}

function propertyValue(text: string): string {
  // The value starts after the first colon that is not inside a quoted parameter value.
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === ':' && !quoted) return text.slice(i + 1);
  }
  return '';
}

class ReadContext {
  outsideRange = 0;
  privateCount = 0;
  readonly rangeStart: number;
  readonly rangeEnd: number;
  readonly firstDate: string;
  readonly endDate: string;

  constructor(
    readonly options: CalendarReadOptions,
    readonly problems: CalendarProblem[],
  ) {
    this.rangeStart = zonedTimeToInstant(options.from, 0, options.zone);
    const end = addDays(options.from, options.days);
    this.rangeEnd = zonedTimeToInstant(end, 0, options.zone);
    this.firstDate = isoDate(options.from);
    this.endDate = isoDate(end);
  }

  warn(parsed: ParsedEvent, message: string) {
    if (!this.problems.some((problem) => problem.line === parsed.line && problem.message === message)) {
      this.problems.push({ line: parsed.line, summary: parsed.summary, message, severity: 'warning' });
    }
  }
}

type Moment =
  | { allDay: true; date: string }
  | { allDay: false; instant: number; zone: string | null; offsetMinutes: number };

/** When a start or end happens, in which zone it is shown, or why it cannot be known. */
function resolveTime(time: Time, tzid: string | undefined, context: ReadContext): Moment | string {
  if (time.isDate) return { allDay: true, date: isoDate(time) };
  const minutes = time.hour * 60 + time.minute;
  const wall = (zone: string): Moment => {
    const instant = zonedTimeToInstant(time, minutes, zone) + time.second * 1000;
    return { allDay: false, instant, zone, offsetMinutes: 0 };
  };
  if (time.zone?.tzid === 'UTC' || time.zone === ICAL.Timezone.utcTimezone) {
    const instant = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
    return { allDay: false, instant, zone: context.options.zone, offsetMinutes: 0 };
  }
  if (!tzid) return wall(context.options.zone);
  const known = resolveZoneName(tzid);
  if (known) return wall(known.zone);
  if (ICAL.TimezoneService.has(tzid)) {
    const zoned = time.clone();
    zoned.zone = ICAL.TimezoneService.get(tzid);
    const instant = zoned.toUnixTime() * 1000;
    return { allDay: false, instant, zone: null, offsetMinutes: Math.round(zoned.utcOffset() / 60) };
  }
  return `its time zone "${tzid}" is unknown and the file does not define it`;
}

function formatMoment(moment: Moment): string {
  if (moment.allDay) return moment.date;
  if (moment.zone) return formatOffsetDateTime(moment.instant, moment.zone);
  const local = new Date(moment.instant + moment.offsetMinutes * 60_000).toISOString().slice(0, 19);
  return `${local}${formatOffset(moment.offsetMinutes)}`;
}

function tzidOf(component: Component, property: string): string | undefined {
  const value = component.getFirstProperty(property)?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
}

function expandAll(parsed: ParsedEvent[], context: ReadContext): { event: ImportedEvent; instant: number; line: number }[] {
  const byUid = new Map<string, { master?: ParsedEvent; overrides: ParsedEvent[] }>();
  for (const entry of parsed) {
    const group = byUid.get(entry.uid) ?? { overrides: [] };
    if (entry.event.isRecurrenceException()) group.overrides.push(entry);
    else if (group.master) {
      // The same event twice (an export that kept an old copy): the higher SEQUENCE is the current one.
      const sequence = (candidate: ParsedEvent) => Number(candidate.component.getFirstPropertyValue('sequence') ?? 0);
      const keep = sequence(entry) >= sequence(group.master) ? entry : group.master;
      const drop = keep === entry ? group.master : entry;
      context.warn(drop, `another copy of this event (line ${keep.line}) replaces it`);
      group.master = keep;
    } else group.master = entry;
    byUid.set(entry.uid, group);
  }

  const out = new Map<string, { event: ImportedEvent; instant: number; line: number }>();
  const add = (result: { event: ImportedEvent; instant: number; line: number } | null) => {
    if (!result) return;
    if (out.has(result.event.id)) return;
    out.set(result.event.id, result);
  };

  for (const [uid, group] of byUid) {
    const slug = uidSlug(uid);
    const remaining = new Set(group.overrides);
    if (group.master) {
      const master = group.master;
      if (isPrivate(master.component)) {
        context.privateCount++;
        continue;
      }
      if (!master.event.isRecurring()) {
        add(occurrence(master, master, ownTimes(master), slug, context));
      } else {
        for (const result of expandSeries(master, group.overrides, remaining, slug, context)) add(result);
      }
    }
    for (const override of remaining) {
      if (isPrivate(override.component)) continue;
      // An override whose occurrence was not generated (an orphan, or beyond the range) stands on its own.
      const id = `${slug}-${startKey(override.event.recurrenceId)}`;
      add(occurrence(override, group.master ?? override, ownTimes(override), id, context));
    }
  }
  return [...out.values()];
}

function* expandSeries(
  master: ParsedEvent,
  overrides: ParsedEvent[],
  remaining: Set<ParsedEvent>,
  slug: string,
  context: ReadContext,
): Generator<{ event: ImportedEvent; instant: number; line: number } | null> {
  const startTzid = tzidOf(master.component, 'dtstart');
  alignUntilWithWallClock(master, startTzid);
  const isAllDay = master.event.startDate.isDate;
  const overrideKey = (time: Time, tzid: string | undefined): string | null => {
    if (isAllDay || time.isDate) return isoDate(time);
    const moment = resolveTime(time, tzid, context);
    return typeof moment === 'string' || moment.allDay ? null : String(moment.instant);
  };
  const byKey = new Map<string, ParsedEvent>();
  for (const override of overrides) {
    const key = overrideKey(override.event.recurrenceId, tzidOf(override.component, 'recurrence-id'));
    if (key) byKey.set(key, override);
  }

  const duration = master.event.duration;
  const stopAfter = isoDate(addDays(context.options.from, context.options.days + 2));
  let iterator;
  try {
    iterator = master.event.iterator();
  } catch (error) {
    context.problems.push({ line: master.line, summary: master.summary, message: `its repeat rule could not be used (${describeError(error)}); the event was skipped`, severity: 'error' });
    return;
  }
  for (let iterations = 0; ; iterations++) {
    if (iterations >= MAX_ITERATIONS) {
      context.warn(master, `it repeats more than ${MAX_ITERATIONS.toLocaleString('en-US')} times before the end of the range; later dates were not imported`);
      return;
    }
    let next: Time | undefined;
    try {
      next = iterator.next();
    } catch (error) {
      context.warn(master, `its repeat rule stopped working part way (${describeError(error)}); later dates were not imported`);
      return;
    }
    if (!next || isoDate(next) > stopAfter) return;
    const key = overrideKey(next, startTzid);
    const override = key ? byKey.get(key) : undefined;
    const id = `${slug}-${startKey(next)}`;
    if (override) {
      remaining.delete(override);
      if (isPrivate(override.component)) continue;
      yield occurrence(override, master, ownTimes(override), id, context);
    } else {
      const end = next.clone();
      end.addDuration(duration);
      yield occurrence(master, master, [{ time: next, tzid: startTzid }, { time: end, tzid: startTzid }], id, context);
    }
  }
}

/**
 * ical.js compares a rule's UNTIL (in UTC) with occurrences in the start's zone, which it only can when it
 * knows that zone. For an IANA zone the file does not define, UNTIL is turned into the same instant's wall
 * time in that zone, so the last occurrence is neither lost nor added.
 */
function alignUntilWithWallClock(master: ParsedEvent, tzid: string | undefined): void {
  if (!tzid || ICAL.TimezoneService.has(tzid) || master.event.startDate.isDate) return;
  const zone = resolveZoneName(tzid)?.zone;
  if (!zone) return;
  for (const property of master.component.getAllProperties('rrule')) {
    const rule = property.getFirstValue() as InstanceType<typeof ICAL.Recur> | null;
    const until = rule?.until;
    if (!rule || !until || until.isDate || until.zone?.tzid !== 'UTC') continue;
    const instant = Date.UTC(until.year, until.month - 1, until.day, until.hour, until.minute, until.second);
    const local = formatOffsetDateTime(instant, zone);
    const [date, time] = local.split('T');
    const [year, month, day] = date.split('-').map(Number);
    const [hour, minute, second] = time.slice(0, 8).split(':').map(Number);
    rule.until = ICAL.Time.fromData({ year, month, day, hour, minute, second, isDate: false });
  }
}

/** An occurrence as written in its own component: its start and end with the zones their properties name. */
function ownTimes(parsed: ParsedEvent): [Timed, Timed | undefined] {
  const startTzid = tzidOf(parsed.component, 'dtstart');
  const end = parsed.event.endDate;
  const endTzid = parsed.component.hasProperty('dtend') ? tzidOf(parsed.component, 'dtend') : startTzid;
  return [
    { time: parsed.event.startDate, tzid: startTzid },
    end ? { time: end, tzid: endTzid } : undefined,
  ];
}

interface Timed {
  time: Time;
  tzid: string | undefined;
}

function occurrence(
  source: ParsedEvent,
  master: ParsedEvent,
  [start, end]: [Timed, Timed | undefined],
  id: string,
  context: ReadContext,
): { event: ImportedEvent; instant: number; line: number } | null {
  const startTzid = start.tzid;
  const startMoment = resolveTime(start.time, start.tzid, context);
  if (typeof startMoment === 'string') {
    context.problems.push({ line: source.line, summary: source.summary, message: `${startMoment}; the event was skipped`, severity: 'error' });
    return null;
  }
  let endMoment = end ? resolveTime(end.time, end.tzid, context) : undefined;
  if (typeof endMoment === 'string') {
    context.warn(source, `${endMoment}, so its end was left out`);
    endMoment = undefined;
  }
  if (endMoment && !endMoment.allDay && !startMoment.allDay && endMoment.instant < startMoment.instant) {
    context.warn(source, 'its end is before its start, so the end was left out');
    endMoment = undefined;
  }

  // The range: an event is in it while any part of it is.
  if (startMoment.allDay) {
    const lastDay = endMoment?.allDay ? isoDate(addDays(parseDate(endMoment.date), -1)) : startMoment.date;
    if (lastDay < context.firstDate || startMoment.date >= context.endDate) {
      context.outsideRange++;
      return null;
    }
  } else {
    const endInstant = endMoment && !endMoment.allDay ? endMoment.instant : startMoment.instant;
    if (endInstant < context.rangeStart || startMoment.instant >= context.rangeEnd) {
      context.outsideRange++;
      return null;
    }
  }

  const event = describeEvent(source, master, context);
  if (!event) return null;
  const result: ImportedEvent = { id: id.slice(0, LIMITS.id), title: event.title, start: formatMoment(startMoment) };
  if (startMoment.allDay) {
    result.allDay = true;
    if (endMoment?.allDay) {
      const lastDay = isoDate(addDays(parseDate(endMoment.date), -1));
      if (lastDay > startMoment.date) result.end = lastDay;
    }
  } else {
    if (endMoment && !endMoment.allDay && endMoment.instant > startMoment.instant) {
      result.end = formatMoment(endMoment.zone || !startMoment.zone ? endMoment : { ...endMoment, zone: startMoment.zone });
    }
    if (startMoment.zone) result.timezone = startMoment.zone;
    else context.warn(source, `its time zone "${startTzid}" has no standard name, so the event keeps the offset the file gives and the alliance's time zone for display`);
  }
  Object.assign(result, event.details);
  if (event.cancelled) result.status = 'cancelled';
  const instant = startMoment.allDay ? zonedTimeToInstant(parseDate(startMoment.date), 0, context.options.zone) : startMoment.instant;
  return { event: result, instant, line: source.line };
}

interface EventText {
  title: string;
  cancelled: boolean;
  details: Partial<ImportedEvent>;
}

/** Title, description, place and links of an occurrence: its own, else its series'. */
function describeEvent(source: ParsedEvent, master: ParsedEvent, context: ReadContext): EventText | null {
  const read = (name: string): string | undefined => {
    for (const component of source === master ? [source.component] : [source.component, master.component]) {
      const value = component.getFirstPropertyValue(name);
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
    return undefined;
  };
  const title = read('summary');
  if (!title) {
    context.problems.push({ line: source.line, message: 'it has no title (SUMMARY); the event was skipped', severity: 'error' });
    return null;
  }
  const details: Partial<ImportedEvent> = {};
  const description = read('description');
  if (description) details.description = clip(htmlToText(description), LIMITS.longText, 'description', source, context);

  const location = read('location');
  const locationUrl = location && /^\S+$/.test(location) ? safeUrl(location) : null;
  if (locationUrl) details.onlineUrl = locationUrl.href;
  else if (location) details.location = clip(location, LIMITS.shortText, 'location', source, context);
  const conference = read('x-google-conference');
  if (conference && safeUrl(conference) && !details.onlineUrl) details.onlineUrl = safeUrl(conference)!.href;

  const link = read('url');
  if (link) {
    const url = safeUrl(link);
    if (url) details.registrationUrl = url.href;
    else context.warn(source, `its link (URL) "${link}" was left out: the feed only takes https:// addresses`);
  }

  const categories = [source.component, master.component]
    .flatMap((component) => component.getAllProperties('categories'))
    .flatMap((property) => property.getValues())
    .map((value) => String(value).trim())
    .filter((value) => value && value.length <= 40);
  if (categories.length) details.tags = [...new Set(categories)].slice(0, LIMITS.tags);

  const status = String(source.component.getFirstPropertyValue('status') ?? master.component.getFirstPropertyValue('status') ?? '').toUpperCase();
  return { title: clip(title, LIMITS.name, 'title', source, context), cancelled: status === 'CANCELLED', details };
}

function clip(text: string, max: number, what: string, source: ParsedEvent, context: ReadContext): string {
  if (text.length <= max) return text;
  context.warn(source, `its ${what} was shortened to ${max} characters`);
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Google Calendar stores descriptions as HTML; the feed holds plain text. */
function htmlToText(text: string): string {
  if (!/<\/?[a-z][^>]*>/i.test(text)) return text.trim();
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<a\s[^>]*href="(https?:[^"]+)"[^>]*>(.*?)<\/a>/gi, (_, href: string, label: string) => (label.trim() && !href.includes(label.trim()) ? `${label} (${href})` : href))
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isPrivate(component: Component): boolean {
  const visibility = String(component.getFirstPropertyValue('class') ?? '').toUpperCase();
  return visibility === 'PRIVATE' || visibility === 'CONFIDENTIAL';
}

/** A readable, stable id part from a UID: long opaque UIDs are shortened with a hash to stay unique. */
export function uidSlug(uid: string): string {
  const slug = uid
    .toLowerCase()
    .replace(/@google\.com$/, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  if (slug && slug.length <= 40) return slug;
  return `${(slug || 'event').slice(0, 30).replace(/[-._]+$/, '')}-${hash(uid)}`;
}

/** FNV-1a, as 8 base-36 characters: enough to keep shortened UIDs apart. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(36).padStart(7, '0');
}

/** `20261210` for a date, `20261210t1730` for a time: the occurrence part of an id, in the event's wall clock. */
function startKey(time: Time): string {
  const date = isoDate(time).replace(/-/g, '');
  return time.isDate ? date : `${date}t${String(time.hour).padStart(2, '0')}${String(time.minute).padStart(2, '0')}`;
}

function parseDate(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

function unescapeText(text: string): string {
  return text.replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n');
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 160 ? `${message.slice(0, 157)}…` : message;
}
