/**
 * `alliance-kit`: feed tools for alliance organizers. `main` runs one command and resolves with its exit
 * code; it never exits the process or touches anything but `io`, so tests call it directly.
 */
import { exportIcsCommand } from './export-ics.js';
import { importEventsCommand } from './import-events.js';
import { importSpacesCommand } from './import-spaces.js';
import { initCommand } from './init.js';
import { CliError, EXIT, type CliIo } from './io.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';
import { KIT_VERSION } from '../version.js';

export type { CliIo } from './io.js';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  init: { run: initCommand, summary: 'Write a starter feed.json and a FEED-README.md that explains it.' },
  validate: { run: validateCommand, summary: 'Check a feed file or URL, and how it is served.' },
  'import-spaces': { run: importSpacesCommand, summary: 'Build or update the member spaces from a spreadsheet (CSV).' },
  'import-events': { run: importEventsCommand, summary: 'Build the events from a calendar file (.ics).' },
  'export-ics': { run: exportIcsCommand, summary: 'Write the events as a calendar people can subscribe to.' },
  schema: { run: schemaCommand, summary: 'Print the feed’s JSON Schema (for editors and other validators).' },
};

const HELP = `alliance-kit ${KIT_VERSION}: feed tools for coworking alliance organizers

Usage: alliance-kit <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(15)} ${summary}`)
  .join('\n')}

Run "alliance-kit <command> --help" for a command's options and examples.

A typical update: edit your member spreadsheet and calendar, then
  alliance-kit import-spaces members.csv --feed feed.json --out feed.json
  alliance-kit import-events calendar.ics --feed feed.json --out feed.json
  alliance-kit validate feed.json
and publish feed.json (see docs/publishing.md).`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${HELP}\n`);
    return name ? EXIT.ok : EXIT.unusable;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${KIT_VERSION}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write(`"${name}" is not an alliance-kit command.${suggestCommand(name)}\nRun "alliance-kit --help" to see the commands.\n`);
    return EXIT.unusable;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(
      `alliance-kit ${name} stopped because of an unexpected problem:\n  ${(error as Error)?.stack ?? String(error)}\n` +
        'Nothing was written. Please report this, with the command you ran.\n',
    );
    return EXIT.unusable;
  }
}

function suggestCommand(name: string): string {
  const close = Object.keys(COMMANDS).find((command) => command.startsWith(name.slice(0, 3)) || name.startsWith(command));
  return close ? ` Did you mean "${close}"?` : '';
}
