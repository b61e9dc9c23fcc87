/**
 * The feed file the import commands update: read as plain JSON (not through parseFeed, so nothing the
 * organizer wrote is normalised away), or a fresh starter feed when there is none yet.
 */
import { isTimeZone } from '../feed/schema.js';
import { CliError, chooseOutput, displayPath, nowOf, parseJsonText, readInputFile, resolvePath, type CliIo, type OutputTarget } from './io.js';
import { starterFeed } from './starter-feed.js';
import { isRecord } from './values.js';

export type RawFeed = Record<string, unknown>;

export async function readFeedObject(io: CliIo, path: string, list: 'spaces' | 'events'): Promise<RawFeed> {
  const bytes = await readInputFile(io, path, 'feed file');
  const raw = parseJsonText(bytes.toString('utf8'), displayPath(io, resolvePath(io, path)));
  if (!isRecord(raw)) throw new CliError(`${path} is not a feed: it must be a JSON object ({ … }).`);
  if (raw[list] !== undefined && !Array.isArray(raw[list])) throw new CliError(`${path}: "${list}" must be a list ([ … ]).`);
  return raw;
}

/** A starter feed without its examples: the alliance placeholders (which validate points out) and nothing else. */
export function emptyFeed(io: CliIo, timezone = systemZone()): RawFeed {
  return { ...starterFeed({ timezone, currency: 'USD', now: nowOf(io) }), spaces: [], passes: [], events: [] };
}

export function allianceOf(feed: RawFeed): Record<string, unknown> {
  return isRecord(feed.alliance) ? feed.alliance : {};
}

/** The alliance's zone, or this computer's when the feed has none yet. */
export function feedZone(feed: RawFeed): string {
  const zone = allianceOf(feed).timezone;
  return typeof zone === 'string' && isTimeZone(zone) ? zone : systemZone();
}

export function systemZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/** The options every import shares, read by {@link chooseFeedOutput}. */
export const FEED_OUTPUT_OPTIONS = {
  feed: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
} as const;

/**
 * Where an import writes: --out, else the --feed file (replacing it needs --force), else feed.json; null for
 * a dry run. `rerun` is the command to suggest, e.g. "import-spaces members.csv".
 */
export async function chooseFeedOutput(
  io: CliIo,
  values: { feed?: string; out?: string; force?: boolean; 'dry-run'?: boolean },
  rerun: string,
): Promise<OutputTarget | null> {
  if (values['dry-run']) return null;
  return chooseOutput(io, values, values.feed ?? 'feed.json', (path) =>
    values.feed
      ? `To update it in place, add --force (or --out ${path}); to write a new file, add --out another-name.json.`
      : `To update it, run: alliance-kit ${rerun} --feed ${path} --out ${path}`,
  );
}

/**
 * Whether to write: a changed feed always; an unchanged one only to another file than the one it came from
 * (rewriting the same file would only move its "updated").
 */
export function shouldWrite(io: CliIo, target: OutputTarget | null, feedPath: string | undefined, changed: boolean): target is OutputTarget {
  if (!target) return false;
  return changed || !feedPath || target.path !== resolvePath(io, feedPath);
}
