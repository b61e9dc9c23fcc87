/**
 * `alliance-kit export-ics feed.json > alliance.ics`: the alliance's events (or one space's) as an iCalendar
 * file people can subscribe to in Google Calendar, Outlook or Apple Calendar. Written by src/shared/ics.ts,
 * the same writer as the <alliance-events> "Add to calendar" download, so both give the same event the same
 * UID and times.
 */
import { parseFeed } from '../feed/parse.js';
import { icsEventFromFeed, writeCalendar } from '../shared/ics.js';
import { parseCommand } from './args.js';
import { CliError, EXIT, chooseOutput, count, nowOf, parseJsonText, readInputFile, writeFileAtomic, type CliIo } from './io.js';

const HELP = `Usage: alliance-kit export-ics <feed.json> [--space <id>] [--out alliance.ics]

Writes the feed's events as a calendar file (iCalendar, .ics) that Google Calendar, Outlook and
Apple Calendar can import or subscribe to. Publish it next to the feed (for example as
alliance.ics) and put its https:// address in the feed's "alliance.calendarUrl".

Options:
  --space <id>   Only the events at this space (for a member's own calendar page).
  --out <file>   Write to this file instead of printing (replaced if it exists).
  --force        Replace the file if it exists (only needed without --out).
  -h, --help     Show this help.

Times are written in UTC, which every calendar app shows in its reader's own time zone; all-day
events stay on their dates everywhere. Cancelled events are kept, marked as cancelled, so
subscribers' calendars remove them.

Examples:
  alliance-kit export-ics feed.json > alliance.ics
  alliance-kit export-ics feed.json --space crossroads-commons --out crossroads.ics`;

const SPEC = {
  name: 'export-ics',
  help: HELP,
  options: { space: { type: 'string' }, out: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: 'the feed file, e.g. "alliance-kit export-ics feed.json > alliance.ics"' },
} as const;

export async function exportIcsCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(SPEC, argv, io);
  if (!parsed) return EXIT.ok;
  const { values } = parsed;
  const [feedPath] = parsed.positionals;
  const bytes = await readInputFile(io, feedPath, 'feed file');
  const raw = parseJsonText(bytes.toString('utf8'), feedPath);
  const result = parseFeed(raw);
  if (!result.feed) throw new CliError(`${feedPath} cannot be used: ${result.error}\nRun "alliance-kit validate ${feedPath}" to see what to fix.`);
  const feed = result.feed;

  let events = feed.events;
  let name = feed.alliance.name;
  if (values.space !== undefined) {
    const space = feed.spaces.find((candidate) => candidate.id === values.space);
    if (!space) {
      const ids = feed.spaces.map((candidate) => candidate.id).slice(0, 10);
      throw new CliError(`--space: there is no space with the id "${values.space}" in ${feedPath}.${ids.length ? ` Its spaces are: ${ids.join(', ')}.` : ''}`);
    }
    events = events.filter((event) => event.space === space.id);
    name = `${space.name} (${feed.alliance.name})`;
  }

  const text = writeCalendar({ name, stamp: nowOf(io), events: events.map((event) => icsEventFromFeed(event, feed)) });
  const target = values.out ? await chooseOutput(io, values, values.out, () => '') : undefined;
  if (target) await writeFileAtomic(target.path, text);
  else io.stdout.write(text);

  const rawEvents = (raw as { events?: unknown }).events;
  const leftOutEvents = Array.isArray(rawEvents) ? Math.max(0, rawEvents.length - feed.events.length) : 0;
  const summary = `${target ? `Wrote ${target.shown}: ` : ''}${count(events.length, 'event')}${values.space ? ` at ${values.space}` : ''}.`;
  io.stderr.write(
    leftOutEvents
      ? `${summary} ${count(leftOutEvents, 'event')} of the feed ${leftOutEvents === 1 ? 'was' : 'were'} left out because of errors; run "alliance-kit validate ${feedPath}".\n`
      : `${summary}\n`,
  );
  return leftOutEvents ? EXIT.problems : EXIT.ok;
}
