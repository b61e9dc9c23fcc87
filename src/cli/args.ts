/**
 * Command-line parsing for every command: node's own `parseArgs`, with errors worded for people who do not
 * live in a terminal and a `--help` that every command answers the same way.
 */
import { parseArgs } from 'node:util';
import { CliError, type CliIo } from './io.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

export interface CommandSpec<O extends Record<string, OptionSpec>> {
  name: string;
  /** The full `--help` text. */
  help: string;
  options: O;
  /** How many file or URL arguments the command takes. */
  positionals: { min: number; max: number; names: string };
}

type Values<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

export interface Parsed<O extends Record<string, OptionSpec>> {
  values: Values<O>;
  positionals: string[];
}

/** The command line, or null when it asked for --help (which is then printed). */
export function parseCommand<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, argv: string[], io: CliIo): Parsed<O> | null {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(`${spec.help}\n`);
    return null;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${friendlyArgError(error as Error)}\nRun "alliance-kit ${spec.name} --help" to see what it accepts.`);
  }
  const { positionals } = parsed;
  if (positionals.length < spec.positionals.min) {
    throw new CliError(`alliance-kit ${spec.name} needs ${spec.positionals.names}.\nRun "alliance-kit ${spec.name} --help" for an example.`);
  }
  if (positionals.length > spec.positionals.max) {
    const extra = positionals.slice(spec.positionals.max).map((value) => `"${value}"`).join(' ');
    throw new CliError(
      `alliance-kit ${spec.name} does not know what to do with ${extra}.` +
        ' (A file name with spaces needs quotes around it.)',
    );
  }
  return { values: parsed.values as Values<O>, positionals };
}

function friendlyArgError(error: Error): string {
  const unknown = /Unknown option '([^']+)'/.exec(error.message);
  if (unknown) return `"${unknown[1]}" is not an option of this command.`;
  const missingValue = /Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument missing/.exec(error.message);
  if (missingValue) return `${missingValue[1]} needs a value after it.`;
  const noValue = /Option '(--[\w-]+)' does not take an argument/.exec(error.message);
  if (noValue) return `${noValue[1]} does not take a value.`;
  return error.message;
}

/** A whole number from an option, or a CliError that says what was expected. */
export function integerOption(value: string | undefined, name: string, fallback: number, range: [number, number]): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < range[0] || number > range[1]) {
    throw new CliError(`--${name} must be a whole number from ${range[0]} to ${range[1]}, not "${value}".`);
  }
  return number;
}
