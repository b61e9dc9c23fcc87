/**
 * What every command shares: the streams and environment it runs in (so tests run commands in-process), the
 * error that ends a command with an exit code, and reading and writing files the safe way: inputs read with
 * messages an organizer can act on, outputs never half-written and never replacing a file by surprise.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';

export interface CliOutput {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  /** Relative paths on the command line are resolved against this folder. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** The network, for `validate <url>`; the global fetch when absent. */
  fetch?: typeof fetch;
  /** "Now" in ms since the epoch; tests pin it. */
  now?: () => number;
}

/** Exit codes, the same for every command. */
export const EXIT = {
  /** Done, nothing to report. */
  ok: 0,
  /** Done, but something needs the organizer's attention (issues found, rows skipped). */
  problems: 1,
  /** Could not run: a wrong command line, an unreadable input, or an output that would be overwritten. */
  unusable: 2,
} as const;

/** Ends a command with `message` on stderr and the given exit code. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.unusable,
  ) {
    super(message);
  }
}

export function nowOf(io: CliIo): number {
  return io.now ? io.now() : Date.now();
}

/** The absolute path of a command-line path. */
export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}

/** `path` as the organizer typed it, or relative to the working folder when that is shorter. */
export function displayPath(io: CliIo, path: string): string {
  const shown = relative(io.cwd, path);
  return shown && !shown.startsWith('..') && shown.length < path.length ? shown : path;
}

/** Reads a whole file, turning file-system errors into messages an organizer understands. */
export async function readInputFile(io: CliIo, path: string, what = 'file'): Promise<Buffer> {
  const absolute = resolvePath(io, path);
  try {
    return await readFile(absolute);
  } catch (error) {
    throw new CliError(describeFileError(error, path, what, io.cwd));
  }
}

function describeFileError(error: unknown, path: string, what: string, cwd: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `There is no ${what} named "${path}" (looked in ${dirname(resolve(cwd, path))}). Check the name and the folder.`;
    case 'EISDIR':
      return `"${path}" is a folder, not a ${what}.`;
    case 'EACCES':
    case 'EPERM':
      return `You do not have permission to read "${path}".`;
    default:
      return `Could not read "${path}": ${(error as Error).message}`;
  }
}

/** The JSON in `text`, or a CliError that points at the line and column of the first mistake. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new CliError(describeJsonError(text, source, error as Error));
  }
}

function describeJsonError(text: string, source: string, error: Error): string {
  if (!text.trim()) return `${source} is empty.`;
  if (/^\s*</.test(text)) return `${source} is not JSON: it looks like a web page (it starts with "<").`;
  const position = Number(/position (\d+)/.exec(error.message)?.[1] ?? jsonErrorPosition(text));
  if (Number.isNaN(position)) return `${source} is not valid JSON: ${error.message}`;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${source} is not valid JSON (line ${line}, column ${column}): ${jsonMistakeHint(text, position)}`;
}

/**
 * Where JSON parsing fails, found by a small recursive-descent scan: Node 20's JSON.parse does not always say
 * (its "Unexpected token" messages often carry no position), and a line and column are what an editor needs.
 */
function jsonErrorPosition(text: string): number {
  let index = 0;
  const fail = () => {
    throw index;
  };
  const space = () => {
    while (/\s/.test(text[index] ?? '')) index++;
  };
  const literal = (word: string) => (text.startsWith(word, index) ? (index += word.length) : fail());
  const string = () => {
    index++;
    for (;;) {
      const char = text[index];
      if (char === undefined || char === '\n') fail();
      if (char === '"') return void index++;
      index += char === '\\' ? 2 : 1;
    }
  };
  const value = (): void => {
    space();
    const char = text[index];
    if (char === '{') {
      index++;
      space();
      if (text[index] === '}') return void index++;
      for (;;) {
        space();
        if (text[index] !== '"') fail();
        string();
        space();
        if (text[index] !== ':') fail();
        index++;
        value();
        space();
        if (text[index] === ',') index++;
        else if (text[index] === '}') return void index++;
        else fail();
      }
    }
    if (char === '[') {
      index++;
      space();
      if (text[index] === ']') return void index++;
      for (;;) {
        value();
        space();
        if (text[index] === ',') index++;
        else if (text[index] === ']') return void index++;
        else fail();
      }
    }
    if (char === '"') return string();
    if (char === 't') return void literal('true');
    if (char === 'f') return void literal('false');
    if (char === 'n') return void literal('null');
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(index));
    if (!number) fail();
    index += number![0].length;
  };
  try {
    value();
    space();
    return index < text.length ? index : NaN;
  } catch (position) {
    return typeof position === 'number' ? position : NaN;
  }
}

/** The usual hand-editing mistakes, named at the place the parser stopped. */
function jsonMistakeHint(text: string, position: number): string {
  const rest = text.slice(position);
  const previous = text.slice(0, position).trimEnd().at(-1);
  if (/^\s*[}\]]/.test(rest) && previous === ',') return 'remove the comma before this closing bracket.';
  if (rest.startsWith("'")) return 'use double quotes (") around text, not single quotes.';
  if (rest.startsWith('//') || rest.startsWith('/*')) return 'JSON does not allow comments; remove them.';
  if (/^\s*"/.test(rest) && (previous === '"' || previous === '}' || previous === ']' || /\d/.test(previous ?? ''))) {
    return 'a comma is missing before this value.';
  }
  if (/^[A-Za-z_$]/.test(rest)) return 'names and text must be in double quotes.';
  return 'check the character here and the one just before it.';
}

// ------------------------------------------------------------------------------------------- writing

export interface OutputTarget {
  /** Absolute path. */
  path: string;
  /** How to name it in messages. */
  shown: string;
}

/**
 * Decides where a command writes. `--out` names the file explicitly (so replacing it is what was asked);
 * otherwise `fallback` is used, and replacing an existing file there needs `--force`.
 */
export async function chooseOutput(
  io: CliIo,
  options: { out?: string; force?: boolean },
  fallback: string,
  retryHint: (path: string) => string,
): Promise<OutputTarget> {
  const chosen = options.out ?? fallback;
  const path = resolvePath(io, chosen);
  if (!options.out && !options.force && (await exists(path))) {
    throw new CliError(`${chosen} already exists, so nothing was written.\n${retryHint(chosen)}`);
  }
  return { path, shown: chosen };
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `content` to `path` through a temporary file in the same folder and a rename, so a crash, a full
 * disk or Ctrl-C leaves either the old file or the new one, never half of either.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temporary, 'wx');
    await handle.writeFile(content, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`Cannot write ${path}: the folder ${dirname(path)} does not exist.`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`You do not have permission to write ${path}.`);
    throw new CliError(`Could not write ${path}: ${(error as Error).message}`);
  }
}

/** `n` followed by the singular or plural noun. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "a, b and c" (with "and N more" past `max`). */
export function listText(items: readonly string[], max = 8): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${count(more, 'more', 'more')}`;
  if (shown.length === 1) return shown[0];
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
