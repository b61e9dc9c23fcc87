/**
 * `alliance-kit schema`: the feed's JSON Schema, for editors (VS Code checks a feed while you type when the
 * feed's "$schema" points at it) and for validators in other languages.
 */
import { buildJsonSchema } from '../../scripts/feed-schema.js';
import { parseCommand } from './args.js';
import { EXIT, chooseOutput, writeFileAtomic, type CliIo } from './io.js';

const HELP = `Usage: alliance-kit schema [--out alliance-feed.schema.json]

Prints the JSON Schema of the feed format. Point a feed's "$schema" at it to get checks and
descriptions while you edit the feed in VS Code or another editor. The schema describes the same
rules as "alliance-kit validate", except the few a JSON Schema cannot express (real calendar dates,
known time zones and currencies); validate checks those too.

Options:
  --out <file>   Write the schema to this file instead of printing it.
  --force        Replace the file if it exists (only needed without --out).
  -h, --help     Show this help.`;

const SPEC = {
  name: 'schema',
  help: HELP,
  options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  positionals: { min: 0, max: 0, names: '' },
} as const;

export async function schemaCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(SPEC, argv, io);
  if (!parsed) return EXIT.ok;
  const text = `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
  if (!parsed.values.out) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  const target = await chooseOutput(io, parsed.values, parsed.values.out, () => '');
  await writeFileAtomic(target.path, text);
  io.stderr.write(`Wrote the JSON Schema to ${target.shown}.\n`);
  return EXIT.ok;
}
