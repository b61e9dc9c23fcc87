/**
 * `alliance-kit validate <file-or-https-URL>`: checks a feed with exactly the rules the elements apply
 * (parseFeed), explains every issue with its JSON path and a fix, and for a URL also checks how the feed is
 * served (HTTPS, CORS, content type, size, compression, caching).
 */
import { parseFeed, type FeedIssue } from '../feed/parse.js';
import { parseCommand } from './args.js';
import { fixHint } from './fix-hints.js';
import { CliError, EXIT, count, parseJsonText, readInputFile, type CliIo } from './io.js';
import { fetchAndCheck, type ServingCheck } from './serving-checks.js';
import { findPlaceholders } from './starter-feed.js';

const HELP = `Usage: alliance-kit validate <feed.json or https://…/feed.json> [options]

Checks a feed with the same rules the alliance-kit elements use, and says how to fix each problem.
For an https:// address it also checks what breaks embeds on member sites: HTTPS, CORS, the content
type, the size, compression and caching.

Options:
  --json                        Print the result as JSON (for scripts and CI).
  --strict                      Treat warnings as failures (exit code 1).
  --allow-insecure-localhost    Also accept http://127.0.0.1 and http://localhost addresses (for testing a
                                feed on your own computer; reported as "not https"). Same as setting
                                ALLIANCE_KIT_ALLOW_INSECURE_LOCALHOST=1.
  -h, --help                    Show this help.

Exit codes: 0 the feed is fine (warnings allowed unless --strict), 1 there are problems to fix,
2 the feed could not be read at all.

Examples:
  alliance-kit validate feed.json
  alliance-kit validate https://alliance.example/feed.json
  alliance-kit validate feed.json --json > report.json`;

const SPEC = {
  name: 'validate',
  help: HELP,
  options: {
    json: { type: 'boolean' },
    strict: { type: 'boolean' },
    'allow-insecure-localhost': { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, names: 'a feed file or an https:// address, e.g. "alliance-kit validate feed.json"' },
} as const;

interface ReportedIssue extends FeedIssue {
  fix?: string;
}

export interface ValidationReport {
  source: string;
  /** `valid`: nothing blocks publishing; `invalid`: issues to fix; `unreadable`: no feed could be read. */
  result: 'valid' | 'invalid' | 'unreadable';
  errors: number;
  warnings: number;
  /** Why the feed could not be read or was rejected as a whole. */
  failure?: string;
  serving?: ServingCheck[];
  issues: ReportedIssue[];
  /** What members' sites would show, when the feed is usable. */
  shown?: { spaces: number; passes: number; events: number };
  /** Items that are in the file but left out of what is shown. */
  leftOut?: { spaces: number; passes: number; events: number };
}

export async function validateCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(SPEC, argv, io);
  if (!parsed) return EXIT.ok;
  const [target] = parsed.positionals;
  const allowInsecure = !!parsed.values['allow-insecure-localhost'] || io.env.ALLIANCE_KIT_ALLOW_INSECURE_LOCALHOST === '1';
  const report = await buildReport(target, io, allowInsecure);

  if (parsed.values.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(renderReport(report));

  if (report.result === 'unreadable') return EXIT.unusable;
  if (report.errors > 0 || (parsed.values.strict && report.warnings > 0)) return EXIT.problems;
  return EXIT.ok;
}

async function buildReport(target: string, io: CliIo, allowInsecure: boolean): Promise<ValidationReport> {
  const report: ValidationReport = { source: target, result: 'unreadable', errors: 0, warnings: 0, issues: [] };
  let text: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    const url = parseFeedUrl(target, allowInsecure);
    const fetched = await fetchAndCheck(url, io.fetch ?? globalThis.fetch);
    report.serving = fetched.checks;
    if (fetched.text === undefined) {
      report.failure = fetched.failure;
      return tally(report);
    }
    text = fetched.text;
  } else {
    try {
      text = decodeUtf8(await readInputFile(io, target, 'feed file'), target);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      report.failure = error.message;
      return tally(report);
    }
  }

  let raw: unknown;
  try {
    raw = parseJsonText(text, report.serving ? 'The feed' : target);
  } catch (error) {
    report.failure = (error as Error).message;
    return tally(report);
  }

  const result = parseFeed(raw);
  const ids = result.feed && { spaces: result.feed.spaces.map((space) => space.id), passes: result.feed.passes.map((pass) => pass.id) };
  report.issues = result.issues.map((issue) => withFix(issue, { raw, ids: ids ?? undefined }));
  for (const finding of findPlaceholders(raw)) {
    report.issues.push({ path: finding.path, message: finding.message, severity: 'warning', fix: finding.fix });
  }
  if (!result.feed) {
    report.result = 'invalid';
    report.failure = result.error;
    return tally(report);
  }
  const rawCount = (key: string) => {
    const value = (raw as Record<string, unknown>)[key];
    return Array.isArray(value) ? value.length : 0;
  };
  report.shown = { spaces: result.feed.spaces.length, passes: result.feed.passes.length, events: result.feed.events.length };
  report.leftOut = {
    spaces: Math.max(0, rawCount('spaces') - report.shown.spaces),
    passes: Math.max(0, rawCount('passes') - report.shown.passes),
    events: Math.max(0, rawCount('events') - report.shown.events),
  };
  report.result = 'valid';
  return tally(report);
}

function tally(report: ValidationReport): ValidationReport {
  const severities = [...report.issues.map((issue) => issue.severity), ...(report.serving ?? []).map((check) => check.severity)];
  // A feed refused as a whole (e.g. a newer format version) is an error even when no field is to blame.
  const refused = report.result === 'invalid' && !report.shown ? 1 : 0;
  report.errors = Math.max(refused, severities.filter((severity) => severity === 'error').length);
  report.warnings = severities.filter((severity) => severity === 'warning').length;
  if (report.result === 'valid' && report.errors > 0) report.result = 'invalid';
  return report;
}

function parseFeedUrl(target: string, allowInsecure: boolean): URL {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new CliError(`"${target}" is not a web address.`);
  }
  if (url.protocol === 'https:') return url;
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol === 'http:' && loopback && allowInsecure) return url;
  if (url.protocol === 'http:' && loopback) {
    throw new CliError(
      `${target} is plain http. To check a feed served from your own computer, add --allow-insecure-localhost (it will still be reported as "not https").`,
    );
  }
  if (url.protocol === 'http:') {
    throw new CliError(
      `${target} is plain http. Member sites are https and browsers block plain-http content on them, so the elements only load https:// feeds. Try ${target.replace(/^http:/i, 'https:')}.`,
    );
  }
  throw new CliError(`"${target}" is not an https:// address or a file name.`);
}

function decodeUtf8(bytes: Buffer, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${source} is not UTF-8 text. Save it as UTF-8 (any code editor can; in Notepad choose "UTF-8" when saving).`);
  }
}

function withFix(issue: FeedIssue, context: Parameters<typeof fixHint>[1]): ReportedIssue {
  const fix = fixHint(issue, context);
  return fix ? { ...issue, fix } : issue;
}

// ------------------------------------------------------------------------------------------ the report

const LABEL = { error: 'error  ', warning: 'warning', ok: 'ok     ' } as const;
const INDENT = '           ';

export function renderReport(report: ValidationReport): string {
  const lines: string[] = [`Checking ${report.source}`, ''];
  if (report.serving?.length) {
    lines.push('How it is served');
    for (const check of report.serving) {
      lines.push(`  ${LABEL[check.severity]}  ${check.message}`);
      if (check.fix && check.severity !== 'ok') lines.push(...indentBlock(`Fix: ${check.fix}`));
    }
    lines.push('');
  }
  if (report.issues.length > 0) {
    lines.push('What is in it');
    for (const issue of report.issues) {
      const where = issue.path ? `${issue.path}: ` : '';
      const value = issue.value !== undefined ? `'${issue.value}' ` : '';
      lines.push(`  ${LABEL[issue.severity]}  ${where}${value}${issue.message}`);
      if (issue.fix) lines.push(...indentBlock(`Fix: ${issue.fix}`));
    }
    lines.push('');
  }
  if (report.failure) lines.push(report.failure, '');
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

function indentBlock(text: string): string[] {
  return text.split('\n').map((line) => `${INDENT}${line}`);
}

function summaryLine(report: ValidationReport): string {
  const problems = [count(report.errors, 'error'), count(report.warnings, 'warning')].join(', ');
  if (report.result === 'unreadable') return `Could not check the feed (${problems}).`;
  if (!report.shown) return `The feed cannot be shown: ${problems}.`;
  const shown = `Member sites would show ${count(report.shown.spaces, 'space')}, ${count(report.shown.passes, 'pass', 'passes')} and ${count(report.shown.events, 'event')}.`;
  const left = report.leftOut!;
  const leftParts = [
    left.spaces && count(left.spaces, 'space'),
    left.passes && count(left.passes, 'pass', 'passes'),
    left.events && count(left.events, 'event'),
  ].filter(Boolean);
  const leftText = leftParts.length ? ` Left out because of errors: ${leftParts.join(', ')}.` : '';
  if (report.errors === 0 && report.warnings === 0) return `Valid. ${shown}`;
  if (report.errors === 0) return `Valid, with ${problems.split(', ')[1]} worth a look. ${shown}`;
  return `${problems}. ${shown}${leftText}`;
}
