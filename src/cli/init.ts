/**
 * `alliance-kit init`: a starter feed that already validates, with one example of each kind of entry, and a
 * FEED-README.md beside it that explains every part in plain words and lists the next steps.
 */
import { dirname, join } from 'node:path';
import { isCurrency } from '../feed/schema.js';
import { parseCommand } from './args.js';
import { canonicalZone } from './dates.js';
import { systemZone } from './feed-file.js';
import { CliError, EXIT, chooseOutput, exists, nowOf, writeFileAtomic, type CliIo } from './io.js';
import { starterFeed } from './starter-feed.js';
import { readWebAddress } from './values.js';
import { suggestZone } from './zone-names.js';

const HELP = `Usage: alliance-kit init [--out feed.json] [options]

Writes a starter feed (feed.json) that already works, with one example space, pass and event to
copy from, and FEED-README.md next to it explaining each part and what to do next.

Options:
  --out <file>        Where to write the feed (default: feed.json). Replaces that file if it exists.
  --name <text>       The alliance's name.
  --url <address>     The alliance's website (https://…).
  --timezone <zone>   The alliance's time zone, e.g. America/Chicago (default: this computer's).
  --currency <code>   The currency of prices, e.g. USD, EUR, CAD (default: USD).
  --force             Replace feed.json and FEED-README.md if they exist.
  -h, --help          Show this help.

Example:
  alliance-kit init --name "Prairie & Peaks Coworking Alliance" --timezone America/Chicago --currency USD`;

const SPEC = {
  name: 'init',
  help: HELP,
  options: {
    out: { type: 'string', short: 'o' },
    name: { type: 'string' },
    url: { type: 'string' },
    timezone: { type: 'string' },
    currency: { type: 'string' },
    force: { type: 'boolean' },
  },
  positionals: { min: 0, max: 0, names: '' },
} as const;

export async function initCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(SPEC, argv, io);
  if (!parsed) return EXIT.ok;
  const { values } = parsed;
  const timezone = values.timezone !== undefined ? readZoneOption(values.timezone) : (canonicalZone(io.env.TZ ?? '') ?? systemZone());
  const currency = (values.currency ?? 'USD').trim().toUpperCase();
  if (!isCurrency(currency)) throw new CliError(`--currency must be a three-letter currency code such as USD, EUR or CAD, not "${values.currency}".`);
  let url: string | undefined;
  if (values.url !== undefined) {
    const read = readWebAddress(values.url);
    if (!read.ok) throw new CliError(`--url: ${read.error}.`);
    url = read.value;
  }
  const name = values.name?.trim() || undefined;

  const feedTarget = await chooseOutput(io, values, 'feed.json', (path) => `To start over, run "alliance-kit init --force" (this replaces ${path}), or choose another name with --out.`);
  const readmePath = join(dirname(feedTarget.path), 'FEED-README.md');
  const writeReadme = values.force || !(await exists(readmePath));

  const feed = starterFeed({ name, url, timezone, currency, now: nowOf(io) });
  await writeFileAtomic(feedTarget.path, `${JSON.stringify(feed, null, 2)}\n`);
  if (writeReadme) await writeFileAtomic(readmePath, feedReadme(feedTarget.shown));

  io.stdout.write(
    [
      `Wrote ${feedTarget.shown}${writeReadme ? ' and FEED-README.md' : ` (FEED-README.md already exists; left as it was)`}.`,
      `Time zone ${timezone}, currency ${currency}.${values.timezone ? '' : ' Change "timezone" in the file if that is not the alliance’s.'}`,
      '',
      'Next:',
      `  1. Fill in "alliance" in ${feedTarget.shown} (name, website, email).`,
      `  2. alliance-kit import-spaces members.csv --feed ${feedTarget.shown} --out ${feedTarget.shown}`,
      `  3. alliance-kit import-events calendar.ics --feed ${feedTarget.shown} --out ${feedTarget.shown}`,
      `  4. alliance-kit validate ${feedTarget.shown}`,
      'FEED-README.md explains each part.',
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

function readZoneOption(value: string): string {
  const zone = canonicalZone(value.trim());
  if (zone) return zone;
  const suggestion = suggestZone(value);
  throw new CliError(
    `--timezone must be a time zone name such as America/Chicago or Europe/Berlin, not "${value}".${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
  );
}

function feedReadme(feedName: string): string {
  return `# Your alliance feed

\`${feedName}\` is one file that describes your alliance, its member spaces, its passes and its events.
Every member site that pastes the alliance-kit elements (the membership badge, the directory, the pass
button, the events list) reads this one file, so a change here shows up on all of them.

The file is JSON: names and text in "double quotes", entries separated by commas, no comma after the
last entry of a list. \`alliance-kit validate ${feedName}\` checks it and says how to fix each mistake.

## The parts

**version** — always \`1\`.

**updated** — when the feed last changed, as a date and time with its offset from UTC
(\`2026-11-28T09:15:00-06:00\`). The import commands set it for you.

**alliance** — who you are. Required: \`id\` (a short permanent name like \`prairie-peaks\`), \`name\`,
\`url\` (your website, https://), \`timezone\` (like \`America/Chicago\`; spaces and events without
their own use it) and \`currency\` (like \`USD\`; prices without their own use it). Optional:
\`tagline\`, \`description\`, \`logo\`, \`colors\` (\`{ "primary": "#1f4e5f" }\`, so the elements
match your brand), \`email\`, \`values\`, \`membership\`, \`eventsUrl\`, \`calendarUrl\`.

**spaces** — one entry per member space: \`id\` and \`name\` are required; \`url\`, \`address\`,
\`hours\`, \`amenities\`, \`dayUse\` (whether and at what price non-members can work there for a
day), \`passes\` and more are optional. The easiest way to keep these current is your member
spreadsheet: export it as CSV and run \`alliance-kit import-spaces members.csv --feed ${feedName} --out ${feedName}\`
(\`alliance-kit import-spaces --help\` lists the column names it understands).

**passes** — the alliance passes people can buy (a day pack, a monthly explorer pass…): \`id\`,
\`name\`, \`price\` (\`{ "amount": "25.00" }\`, in quotes), \`checkoutUrl\` (where to buy it), and
which \`spaces\` honour it (\`"all"\` or a list of space ids).

**events** — meetups, workshops and socials: \`id\`, \`title\`, \`start\` (date and time with offset),
and optionally \`end\`, \`space\` (a space id), \`location\`, \`registrationUrl\`, \`status\`
(\`"cancelled"\` shows as cancelled). Keep them in a shared calendar and run
\`alliance-kit import-events calendar.ics --feed ${feedName} --out ${feedName}\` (export the calendar as
.ics from Google Calendar, Outlook or Apple Calendar).

The starter file has one example space, pass and event to copy from. Replace or delete them before
you publish; \`validate\` reminds you while they are still there.

## Rules worth knowing

- Every address starts with \`https://\`.
- Ids stay the same forever once published: passes, events and member sites refer to them.
- Prices are text with a dot: \`"12.50"\`, not \`12,50\` or \`12.5\` without quotes.
- Opening hours are per weekday on a 24-hour clock:
  \`{ "day": "mon", "opens": "09:00", "closes": "17:00" }\`.
- A mistake in one entry leaves out only that entry (or that field); the rest of the feed still shows.

## Next steps

1. Fill in \`alliance\`.
2. Import your members: \`alliance-kit import-spaces members.csv --feed ${feedName} --out ${feedName}\`
3. Import your events: \`alliance-kit import-events calendar.ics --feed ${feedName} --out ${feedName}\`
4. Check it: \`alliance-kit validate ${feedName}\`
5. Publish it as a static file with CORS and caching turned on (GitHub Pages, Netlify, Cloudflare
   Pages or any CDN; see docs/publishing.md in alliance-kit), then check the published address:
   \`alliance-kit validate https://your-site.example/${feedName}\`
6. Send member sites the embed code with your feed's address.

To update later: edit the spreadsheet or calendar, run the imports again, validate, publish.
`;
}
