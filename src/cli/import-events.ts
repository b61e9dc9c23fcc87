/**
 * `alliance-kit import-events calendar.ics`: the feed's events from a calendar export, one per occurrence in
 * the coming days. The calendar is the source of truth for what it says (times, titles, places, status);
 * what only the feed has (an image, a price, the host space) is kept for events with the same id.
 */
import { parseFeed } from '../feed/parse.js';
import { LIMITS } from '../feed/limits.js';
import { isIsoDate } from '../feed/schema.js';
import { addDays, isoDate, parseIsoDate } from '../shared/time.js';
import { integerOption, parseCommand } from './args.js';
import { readCalendar, type ImportedEvent } from './calendar.js';
import { canonicalZone, dateIn, formatOffsetDateTime } from './dates.js';
import { FEED_OUTPUT_OPTIONS, chooseFeedOutput, emptyFeed, feedZone, readFeedObject, shouldWrite, type RawFeed } from './feed-file.js';
import { CliError, EXIT, count, listText, nowOf, readInputFile, writeFileAtomic, type CliIo } from './io.js';
import { isRecord, looseText } from './values.js';
import { suggestZone } from './zone-names.js';

const HELP = `Usage: alliance-kit import-events <calendar.ics> [--feed feed.json] [--out feed.json] [options]

Builds the feed's events from a calendar file: export it from Google Calendar (Settings → Import &
export → Export, or the calendar's "Secret address in iCal format"), Outlook (Save Calendar / Publish
calendar → ICS) or Apple Calendar (File → Export). Repeating events become one event per date in the
coming days; moved and cancelled dates, all-day events and time zones (also Outlook's Windows zone
names) are handled. Private events are never imported.

Options:
  --feed <file>        The feed to update. Without it, a new feed is started.
  --out <file>         Where to write the result (replaced if it exists). Default: the --feed file, which
                       then needs --force, or feed.json for a new feed.
  --force              Allow replacing the --feed file (or an existing feed.json) in place.
  --days <n>           How many days ahead to import (default 180).
  --from <YYYY-MM-DD>  The first day to import (default: today).
  --timezone <zone>    The zone for times the calendar gives without one (default: the calendar's own,
                       else the alliance's).
  --space <id>         Link every event to this space (for a space's own calendar).
  --keep-existing      Keep events in the feed that are not in the calendar (default: they are removed,
                       and listed, because the calendar is the source of truth).
  --dry-run            Report what would change, write nothing.
  -h, --help           Show this help.

Events whose location names a member space are linked to that space. Each date of a repeating event
gets its own id (the calendar's UID and the date), which stays the same on every import, so an image
or price added in the feed is kept.

Exit codes: 0 imported, 1 imported but some events were skipped, 2 nothing was written.

Example:
  alliance-kit import-events calendar.ics --feed feed.json --out feed.json`;

const SPEC = {
  name: 'import-events',
  help: HELP,
  options: {
    ...FEED_OUTPUT_OPTIONS,
    days: { type: 'string' },
    from: { type: 'string' },
    timezone: { type: 'string' },
    space: { type: 'string' },
    'keep-existing': { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, names: 'the calendar file, e.g. "alliance-kit import-events calendar.ics --feed feed.json --out feed.json"' },
} as const;

/** Fields only the calendar decides: removing them there removes them here. Others, the feed may add. */
const CALENDAR_FIELDS = ['title', 'start', 'end', 'allDay', 'timezone', 'status', 'location', 'onlineUrl', 'description'] as const;

type RawEvent = Record<string, unknown>;

export async function importEventsCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(SPEC, argv, io);
  if (!parsed) return EXIT.ok;
  const { values } = parsed;
  const [icsPath] = parsed.positionals;
  const days = integerOption(values.days, 'days', 180, [1, 3660]);
  const bytes = await readInputFile(io, icsPath, 'calendar file');
  const feed = values.feed ? await readFeedObject(io, values.feed, 'events') : emptyFeed(io);
  const overrideZone = values.timezone !== undefined ? readZone(values.timezone) : undefined;
  const zone = overrideZone ?? feedZone(feed);
  const from = values.from !== undefined ? readDate(values.from) : dateIn(nowOf(io), zone);
  const spaces = Array.isArray(feed.spaces) ? feed.spaces.filter(isRecord) : [];
  if (values.space !== undefined && !spaces.some((space) => space.id === values.space)) {
    const ids = spaces.map((space) => String(space.id)).slice(0, 10);
    throw new CliError(`--space: there is no space with the id "${values.space}" in the feed.${ids.length ? ` Its spaces are: ${ids.join(', ')}.` : ''}`);
  }
  const target = await chooseFeedOutput(io, values, `import-events ${icsPath}`);

  const { text, encoding } = decodeCalendar(bytes);
  let calendar;
  try {
    calendar = readCalendar(text, { from, days, zone, overrideZone: overrideZone !== undefined });
  } catch (error) {
    throw new CliError(`${icsPath} could not be imported: ${(error as Error).message}`);
  }

  const imported = calendar.events.map(({ event }) => linkSpace(event, values.space, spaces));
  const existing = Array.isArray(feed.events) ? (feed.events as unknown[]) : [];
  const merge = mergeEvents(existing, imported, !!values['keep-existing']);
  if (merge.events.length > LIMITS.events) {
    throw new CliError(`That would make ${merge.events.length.toLocaleString('en-US')} events; a feed holds at most ${LIMITS.events.toLocaleString('en-US')}. Import fewer days with --days.`);
  }
  const changed = JSON.stringify(merge.events) !== JSON.stringify(existing);
  const output: RawFeed = { ...feed, events: merge.events };
  if (changed) output.updated = formatOffsetDateTime(nowOf(io), feedZone(feed));

  const check = parseFeed(output);
  const importedIds = new Set(imported.map((event) => event.id));
  const leaks = check.issues.filter((issue) => {
    const index = /^events\[(\d+)\]/.exec(issue.path);
    const event = index ? merge.events[Number(index[1])] : undefined;
    return issue.severity === 'error' && isRecord(event) && importedIds.has(String(event.id));
  });
  if (leaks.length > 0) {
    throw new CliError(`Nothing was written: the result would not pass validation (${leaks.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}). Please report this.`);
  }

  const write = shouldWrite(io, target, values.feed, changed);
  if (write) await writeFileAtomic(target.path, `${JSON.stringify(output, null, 2)}\n`);
  const written = write ? target.shown : undefined;

  const lines: string[] = [];
  if (encoding !== 'utf-8') lines.push(`Note: ${icsPath} is not UTF-8, so it was read as ${encoding}.`);
  const last = addDays(from, days - 1);
  lines.push(
    `Read ${icsPath}${calendar.calendarName ? ` ("${calendar.calendarName}")` : ''}: ${count(imported.length, 'event')} from ${isoDate(from)} to ${isoDate(last)} (${calendar.zone}).`,
  );
  if (calendar.counts.outsideRange) lines.push(`  ${count(calendar.counts.outsideRange, 'date')} outside that range ${calendar.counts.outsideRange === 1 ? 'was' : 'were'} left out.`);
  if (calendar.counts.private) lines.push(`  ${count(calendar.counts.private, 'private event')} ${calendar.counts.private === 1 ? 'was' : 'were'} left out.`);
  const linked = imported.filter((event) => event.space).length;
  if (linked && !values.space) lines.push(`  ${count(linked, 'event')} linked to a space named in ${linked === 1 ? 'its' : 'their'} location.`);
  lines.push(`  ${merge.added.length} added, ${merge.updated.length} updated, ${merge.unchanged} unchanged${merge.kept.length ? `, ${merge.kept.length} kept from the feed` : ''}.`);
  if (merge.removed.length) {
    lines.push(`  Removed (no longer in the calendar or its range): ${listText(merge.removed)}. Use --keep-existing to keep events the calendar does not have.`);
  }
  const errors = calendar.problems.filter((problem) => problem.severity === 'error');
  const warnings = calendar.problems.filter((problem) => problem.severity === 'warning');
  for (const [title, list] of [
    [`Skipped ${count(errors.length, 'event')} that could not be read:`, errors],
    ['Imported, with a note:', warnings],
  ] as const) {
    if (!list.length) continue;
    lines.push('', title);
    for (const problem of list) lines.push(`  line ${problem.line}${problem.summary ? ` ("${problem.summary}")` : ''}: ${problem.message}`);
  }
  lines.push('', values['dry-run'] ? 'Dry run: nothing was written.' : written ? `Wrote ${written}.` : 'Nothing changed, so nothing was written.');
  io.stdout.write(`${lines.join('\n')}\n`);
  return errors.length > 0 ? EXIT.problems : EXIT.ok;
}

function decodeCalendar(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function readZone(value: string): string {
  const zone = canonicalZone(value.trim());
  if (zone) return zone;
  const suggestion = suggestZone(value);
  throw new CliError(`--timezone must be a time zone name such as America/Chicago, not "${value}".${suggestion ? ` Did you mean ${suggestion}?` : ''}`);
}

function readDate(value: string): { year: number; month: number; day: number } {
  if (!isIsoDate(value.trim())) throw new CliError(`--from must be a date written as YYYY-MM-DD, e.g. 2026-12-01, not "${value}".`);
  return parseIsoDate(value.trim());
}

/** `--space`, or the one space whose name the location mentions. */
function linkSpace(event: ImportedEvent, spaceId: string | undefined, spaces: Record<string, unknown>[]): ImportedEvent & { space?: string } {
  if (spaceId) return { ...event, space: spaceId };
  if (!event.location) return event;
  const place = looseText(event.location);
  const named = spaces.filter((space) => typeof space.name === 'string' && looseText(space.name).length >= 4 && place.includes(looseText(space.name)));
  return named.length === 1 && typeof named[0].id === 'string' ? { ...event, space: named[0].id } : event;
}

interface MergeResult {
  events: RawEvent[];
  added: string[];
  updated: string[];
  unchanged: number;
  removed: string[];
  kept: string[];
}

function mergeEvents(existing: unknown[], imported: (ImportedEvent & { space?: string })[], keepExisting: boolean): MergeResult {
  const byId = new Map<string, RawEvent>();
  for (const event of existing) if (isRecord(event) && typeof event.id === 'string' && !byId.has(event.id)) byId.set(event.id, event);
  const result: MergeResult = { events: [], added: [], updated: [], unchanged: 0, removed: [], kept: [] };
  const importedIds = new Set(imported.map((event) => event.id));

  for (const event of imported) {
    const before = byId.get(event.id);
    if (!before) {
      result.events.push(orderEvent({ ...event }));
      result.added.push(event.id);
      continue;
    }
    const merged: RawEvent = { ...before };
    for (const field of CALENDAR_FIELDS) delete merged[field];
    Object.assign(merged, event);
    const ordered = orderEvent(merged);
    result.events.push(ordered);
    if (JSON.stringify(ordered) === JSON.stringify(before)) result.unchanged++;
    else result.updated.push(event.id);
  }
  for (const event of existing) {
    const id = isRecord(event) && typeof event.id === 'string' ? event.id : undefined;
    if (id && importedIds.has(id)) continue;
    if (keepExisting) {
      result.events.push(event as RawEvent);
      if (id) result.kept.push(id);
    } else {
      result.removed.push(id ?? '(an event without an id)');
    }
  }
  result.events.sort((a, b) => startInstant(a) - startInstant(b));
  return result;
}

const EVENT_KEY_ORDER = ['id', 'title', 'start', 'end', 'allDay', 'timezone', 'status', 'space', 'location', 'onlineUrl', 'registrationUrl', 'description', 'tags', 'image', 'imageAlt', 'free', 'price'];

function orderEvent(event: RawEvent): RawEvent {
  const ordered: RawEvent = {};
  for (const key of EVENT_KEY_ORDER) if (key in event) ordered[key] = event[key];
  for (const key of Object.keys(event)) if (!(key in ordered)) ordered[key] = event[key];
  return ordered;
}

function startInstant(event: RawEvent): number {
  const start = typeof event.start === 'string' ? event.start : '';
  const instant = Date.parse(isIsoDate(start) ? `${start}T00:00:00Z` : start);
  return Number.isNaN(instant) ? Number.MAX_SAFE_INTEGER : instant;
}
