/**
 * `alliance-kit import-spaces members.csv`: builds or updates the feed's spaces from the member spreadsheet.
 *
 * The rules: every row becomes one space or is reported (with the row number the spreadsheet shows) and
 * skipped, leaving that space as it was; columns the sheet has overwrite those fields, fields it has no
 * column for (photos, passes, holiday hours…) are kept; ids never change once given; spaces the sheet does
 * not mention are kept unless --remove-missing; every change is listed. The written feed passes parseFeed
 * with no issues for the imported spaces.
 */
import { parseFeed, describeIssue } from '../feed/parse.js';
import { IdSchema, SpaceSchema, isCurrency } from '../feed/schema.js';
import { parseCommand } from './args.js';
import { formatOffsetDateTime } from './dates.js';
import { FEED_OUTPUT_OPTIONS, allianceOf, chooseFeedOutput, emptyFeed, feedZone, readFeedObject, shouldWrite } from './feed-file.js';
import { CliError, EXIT, count, listText, nowOf, readInputFile, writeFileAtomic, type CliIo } from './io.js';
import { COLUMNS, columnForHeader, columnForPath, type CellContext, type Column, type FieldChange } from './member-columns.js';
import { readSheet, type Sheet } from './spreadsheet.js';
import { isRecord, looseText, slugify } from './values.js';

const HELP = `Usage: alliance-kit import-spaces <members.csv> [--feed feed.json] [--out feed.json] [options]

Builds or updates the member spaces of a feed from a spreadsheet saved as CSV (Google Sheets:
File → Download → Comma-separated values; Excel: Save As → CSV UTF-8). The first row names the
columns; only "Name" is required. Rows with a problem are reported with their row number and
skipped (the space keeps what the feed had); nothing else is changed without being listed.

Options:
  --feed <file>       The feed to update. Without it, a new feed is started.
  --out <file>        Where to write the result (replaced if it exists). Default: the --feed file,
                      which then needs --force, or feed.json for a new feed.
  --force             Allow replacing the --feed file (or an existing feed.json) in place.
  --remove-missing    Remove spaces that are in the feed but not in the spreadsheet (default: keep them).
  --dry-run           Report what would change, write nothing.
  -h, --help          Show this help.

Matching rows to spaces: by the ID column when there is one, otherwise by name, otherwise by
website. New spaces get an id made from their name ("Café Lumière" → "cafe-lumiere"), and keep it.

Columns (matched leniently: "Opening hours", "opening_hours" and "OPENING HOURS (local)" all work):
${COLUMNS.map((column) => describeColumn(column)).join('\n')}

Columns with other names are ignored (and listed), so private notes can live in the same sheet.

Exit codes: 0 imported, 1 imported but some rows were skipped, 2 nothing was written.

Example:
  alliance-kit import-spaces members.csv --feed feed.json --out feed.json`;

function describeColumn(column: Column): string {
  const names = [column.label, ...column.aliases].map((name) => `"${name}"`).join(', ');
  return `  ${names}${column.doc ? `\n      ${column.doc}` : ''}`;
}

const SPEC = {
  name: 'import-spaces',
  help: HELP,
  options: {
    ...FEED_OUTPUT_OPTIONS,
    'remove-missing': { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, names: 'the spreadsheet, e.g. "alliance-kit import-spaces members.csv --feed feed.json --out feed.json"' },
} as const;

type RawSpace = Record<string, unknown>;

interface RowProblem {
  row: number;
  name: string;
  problems: string[];
}

interface SpaceChange {
  id: string;
  row: number;
  kind: 'added' | 'updated' | 'unchanged';
  fields: string[];
}

export async function importSpacesCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(SPEC, argv, io);
  if (!parsed) return EXIT.ok;
  const { values } = parsed;
  const [csvPath] = parsed.positionals;
  const sheet = readSheet(await readInputFile(io, csvPath, 'spreadsheet'), csvPath);
  const feed = values.feed ? await readFeedObject(io, values.feed, 'spaces') : emptyFeed(io);
  const target = await chooseFeedOutput(io, values, `import-spaces ${csvPath}`);

  const alliance = allianceOf(feed);
  const context: CellContext = {
    currency: typeof alliance.currency === 'string' && isCurrency(alliance.currency) ? alliance.currency : undefined,
    language: typeof alliance.locale === 'string' ? alliance.locale.split('-')[0] : undefined,
  };
  const result = importRows(sheet, Array.isArray(feed.spaces) ? (feed.spaces as unknown[]) : [], context, csvPath);

  const removed = values['remove-missing'] ? result.untouched : [];
  const spaces = result.spaces.filter((space) => !removed.includes(space.id as string));
  const changed = result.changes.some((change) => change.kind !== 'unchanged') || removed.length > 0;
  const output: Record<string, unknown> = { ...feed, spaces };
  if (changed) output.updated = formatOffsetDateTime(nowOf(io), feedZone(feed));

  // The promise to the organizer: what was imported is exactly what the elements will show.
  const check = parseFeed(output);
  const importedIndexes = new Set(result.changes.map((change) => spaces.findIndex((space) => space.id === change.id)));
  const leaks = check.issues.filter((issue) => {
    const index = /^spaces\[(\d+)\]/.exec(issue.path);
    return index && importedIndexes.has(Number(index[1])) && issue.severity === 'error';
  });
  if (leaks.length > 0) {
    throw new CliError(
      `Nothing was written: the result would not pass validation (${leaks.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}). Please report this.`,
    );
  }

  const write = shouldWrite(io, target, values.feed, changed);
  if (write) await writeFileAtomic(target.path, `${JSON.stringify(output, null, 2)}\n`);
  const written = write ? target.shown : undefined;
  io.stdout.write(renderSummary({ csvPath, sheetEncoding: sheet.encoding, result, removed, written, dryRun: !!values['dry-run'] }));
  return result.problems.length > 0 ? EXIT.problems : EXIT.ok;
}

// ------------------------------------------------------------------------------------------- the rows

interface ImportResult {
  spaces: RawSpace[];
  changes: SpaceChange[];
  problems: RowProblem[];
  ignoredColumns: string[];
  /** Ids of spaces the sheet does not mention (or whose rows were skipped). */
  untouched: string[];
  skippedExisting: string[];
}

export function importRows(
  { headers, rows, delimiter }: Pick<Sheet, 'headers' | 'rows' | 'delimiter'>,
  existingRaw: unknown[],
  context: CellContext,
  source: string,
): ImportResult {
  const columns = mapColumns(headers, source);
  const spaces: RawSpace[] = existingRaw.map((space) => (isRecord(space) ? structuredClone(space) : (space as RawSpace)));
  const takenIds = new Set(spaces.map((space) => (isRecord(space) && typeof space.id === 'string' ? space.id : '')).filter(Boolean));
  const claimedBy = new Map<number, number>(); // existing index → row that matched it
  const changes: SpaceChange[] = [];
  const problems: RowProblem[] = [];
  const skippedExisting: string[] = [];

  for (const row of rows) {
    const cell = (key: string) => {
      const index = columns.byKey.get(key);
      return index === undefined ? undefined : (row.cells[index] ?? '');
    };
    const name = cell('name') ?? '';
    const rowProblems: string[] = [];
    const fieldChanges: FieldChange[] = [];

    if (row.cells.length > headers.length) {
      const separator = delimiterName(delimiter);
      rowProblems.push(
        `has ${row.cells.length} cells but the header has ${headers.length} columns: a value that contains ${separator} must be in double quotes (save the sheet as CSV again rather than editing the file)`,
      );
    }
    if (!name) rowProblems.push('has no name');
    for (const [key, index] of columns.byKey) {
      const column = columns.byIndex.get(index)!;
      const value = row.cells[index] ?? '';
      if (!value) {
        if (key !== 'id') for (const path of column.paths) fieldChanges.push([path, undefined]);
        continue;
      }
      const read = column.read(value, context);
      if (read.ok) fieldChanges.push(...read.value);
      else rowProblems.push(`${headers[index]}: ${read.error}`);
    }

    const match = findExisting(spaces, cell('id'), name, fieldChanges);
    if (match !== undefined && claimedBy.has(match)) {
      rowProblems.push(`describes the same space as row ${claimedBy.get(match)} ("${String(spaces[match].name ?? spaces[match].id)}")`);
    }
    if (rowProblems.length > 0) {
      problems.push({ row: row.number, name, problems: rowProblems });
      if (match !== undefined && !claimedBy.has(match)) skippedExisting.push(String(spaces[match].id));
      continue;
    }

    const before = match !== undefined ? spaces[match] : undefined;
    const space: RawSpace = before ? structuredClone(before) : {};
    if (!before) {
      const id = cell('id') || uniqueId(slugify(name) || 'space', takenIds);
      space.id = id;
    }
    for (const [path, value] of fieldChanges) setPath(space, path, value);
    const finishProblem = finishSpace(space);
    const schemaProblems = finishProblem ? [finishProblem] : validateSpace(space, headers, columns);
    if (schemaProblems.length > 0) {
      problems.push({ row: row.number, name, problems: schemaProblems });
      if (before) skippedExisting.push(String(before.id));
      continue;
    }

    const ordered = orderKeys(space);
    if (before) {
      claimedBy.set(match!, row.number);
      spaces[match!] = ordered;
      const fields = changedFields(before, ordered);
      changes.push({ id: String(ordered.id), row: row.number, kind: fields.length ? 'updated' : 'unchanged', fields });
    } else {
      takenIds.add(String(ordered.id));
      claimedBy.set(spaces.length, row.number);
      spaces.push(ordered);
      changes.push({ id: String(ordered.id), row: row.number, kind: 'added', fields: [] });
    }
  }

  const untouched = spaces
    .filter((_, index) => !claimedBy.has(index))
    .map((space) => (isRecord(space) ? String(space.id ?? '') : ''))
    .filter((id) => id && !skippedExisting.includes(id));
  return { spaces, changes, problems, ignoredColumns: columns.ignored, untouched, skippedExisting };
}

interface ColumnMap {
  byKey: Map<string, number>;
  byIndex: Map<number, Column>;
  ignored: string[];
}

function mapColumns(headers: string[], source: string): ColumnMap {
  const byKey = new Map<string, number>();
  const byIndex = new Map<number, Column>();
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    if (!header) return;
    const column = columnForHeader(header);
    if (!column) {
      ignored.push(header);
      return;
    }
    const earlier = byKey.get(column.key);
    if (earlier !== undefined) {
      throw new CliError(
        `${source}: the columns "${headers[earlier]}" (${columnLetter(earlier)}) and "${header}" (${columnLetter(index)}) both mean "${column.label}". Rename or remove one of them.`,
      );
    }
    byKey.set(column.key, index);
    byIndex.set(index, column);
  });
  if (!byKey.has('name')) {
    throw new CliError(
      `${source} has no "Name" column, so its rows cannot become spaces. Its columns are: ${headers.filter(Boolean).map((header) => `"${header}"`).join(', ') || '(none)'}.\n` +
        'Name the column with the spaces\' names "Name" (or "Space name"). Run "alliance-kit import-spaces --help" for every column name it understands.',
    );
  }
  if (byKey.size === 1 && headers.length === 1 && /[;,\t]/.test(headers[0])) {
    throw new CliError(`${source}: the header row could not be split into columns. Save the sheet as CSV again.`);
  }
  return { byKey, byIndex, ignored };
}

function delimiterName(delimiter: string): string {
  return delimiter === ';' ? 'a semicolon' : delimiter === '\t' ? 'a tab' : delimiter === '|' ? 'a "|"' : 'a comma';
}

/** A, B, …, Z, AA: how spreadsheets name columns. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The existing space a row describes: by id, else by name, else by website. */
function findExisting(spaces: RawSpace[], id: string | undefined, name: string, changes: FieldChange[]): number | undefined {
  const indexOf = (test: (space: RawSpace) => boolean) => {
    const index = spaces.findIndex((space) => isRecord(space) && test(space));
    return index >= 0 ? index : undefined;
  };
  if (id) return indexOf((space) => space.id === id);
  const byName = name ? indexOf((space) => typeof space.name === 'string' && looseText(space.name) === looseText(name)) : undefined;
  if (byName !== undefined) return byName;
  const website = changes.find(([path, value]) => path.join('.') === 'url' && typeof value === 'string')?.[1] as string | undefined;
  return website ? indexOf((space) => typeof space.url === 'string' && sameSite(space.url, website)) : undefined;
}

function sameSite(a: string, b: string): boolean {
  const key = (href: string) => {
    try {
      const url = new URL(href);
      return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`;
    } catch {
      return href;
    }
  };
  return key(a) === key(b);
}

function uniqueId(base: string, taken: Set<string>): string {
  const root = base.slice(0, 60).replace(/-+$/, '') || 'space';
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}

function setPath(target: RawSpace, path: string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  for (const key of path.slice(0, -1)) {
    if (!isRecord(node[key])) {
      if (value === undefined) return;
      node[key] = {};
    }
    node = node[key] as Record<string, unknown>;
  }
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** Fills in what the sheet implies and removes what it emptied; returns a problem when the row is incomplete. */
function finishSpace(space: RawSpace): string | undefined {
  for (const key of ['address', 'geo', 'dayUse']) {
    if (isRecord(space[key]) && Object.keys(space[key] as object).length === 0) delete space[key];
  }
  if (isRecord(space.geo) && (space.geo.lat === undefined) !== (space.geo.lon === undefined)) {
    return 'gives only one of latitude and longitude; give both, or neither';
  }
  if (isRecord(space.dayUse) && space.dayUse.accepted === undefined) {
    if (space.dayUse.price !== undefined) space.dayUse.accepted = true;
    else return 'has day-use details but does not say whether day users are welcome; fill in "Accepts day users"';
  }
  return undefined;
}

/** The schema's verdict on the finished space, in the spreadsheet's terms. */
function validateSpace(space: RawSpace, headers: string[], columns: ColumnMap): string[] {
  const result = SpaceSchema.safeParse(space);
  const problems: string[] = [];
  if (!IdSchema.safeParse(space.id).success) problems.push(`the id "${String(space.id)}" is not valid`);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const column = columnForPath(issue.path);
    const index = column ? columns.byKey.get(column.key) : undefined;
    const where = index !== undefined ? headers[index] : `${issue.path.map(String).join('.')} (kept from the feed)`;
    const value = valueAt(space, issue.path);
    const shown = typeof value === 'string' ? `"${value}" ` : '';
    problems.push(`${where}: ${shown}${describeIssue(issue, value)}`);
  }
  return problems;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Field order as in the feed documentation, so diffs of the feed stay readable. */
const KEY_ORDER = [
  'id', 'name', 'status', 'kind', 'memberSince', 'url', 'domains', 'logo', 'photo', 'photoAlt', 'description', 'address', 'geo',
  'neighbourhood', 'timezone', 'phone', 'email', 'amenities', 'tags', 'hours', 'hoursExceptions', 'dayUse', 'passes',
];

const NESTED_KEY_ORDER: Record<string, string[]> = {
  address: ['street', 'locality', 'region', 'postalCode', 'country'],
  geo: ['lat', 'lon'],
  dayUse: ['accepted', 'price', 'hours', 'bookingRequired', 'bookingUrl', 'maxConsecutiveDays', 'notes'],
};

function orderKeys(object: RawSpace, order = KEY_ORDER): RawSpace {
  const ordered: RawSpace = {};
  for (const key of [...order, ...Object.keys(object)]) {
    if (!(key in object) || key in ordered) continue;
    const value = object[key];
    ordered[key] = NESTED_KEY_ORDER[key] && isRecord(value) && order === KEY_ORDER ? orderKeys(value, NESTED_KEY_ORDER[key]) : value;
  }
  return ordered;
}

function changedFields(before: RawSpace, after: RawSpace): string[] {
  const fields: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key];
    const b = after[key];
    if (isRecord(a) && isRecord(b) && key !== 'geo') {
      for (const sub of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (JSON.stringify(a[sub]) !== JSON.stringify(b[sub])) fields.push(`${key}.${sub}${b[sub] === undefined ? ' (removed)' : ''}`);
      }
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      fields.push(`${key}${b === undefined ? ' (removed)' : ''}`);
    }
  }
  return fields;
}

// ------------------------------------------------------------------------------------------ the summary

function renderSummary(options: {
  csvPath: string;
  sheetEncoding: string;
  result: ImportResult;
  removed: string[];
  /** The file written, if any. */
  written?: string;
  dryRun: boolean;
}): string {
  const { result } = options;
  const lines: string[] = [];
  if (options.sheetEncoding !== 'utf-8') {
    lines.push(
      `Note: ${options.csvPath} is not UTF-8, so it was read as ${options.sheetEncoding}. If accented letters look wrong below, save the sheet as "CSV UTF-8".`,
    );
  }
  if (result.ignoredColumns.length) lines.push(`Ignored columns (not feed fields): ${listText(result.ignoredColumns.map((name) => `"${name}"`), 20)}.`);
  const byKind = (kind: SpaceChange['kind']) => result.changes.filter((change) => change.kind === kind);
  for (const change of byKind('added')) lines.push(`  added     ${change.id} (row ${change.row})`);
  for (const change of byKind('updated')) lines.push(`  updated   ${change.id} (row ${change.row}): ${change.fields.join(', ')}`);
  const unchanged = byKind('unchanged');
  if (unchanged.length) lines.push(`  unchanged ${count(unchanged.length, 'space')}`);
  for (const id of options.removed) lines.push(`  removed   ${id} (not in the spreadsheet)`);
  if (result.untouched.length && !options.removed.length) {
    lines.push(
      `Kept as they were (not in the spreadsheet): ${listText(result.untouched)}. Use --remove-missing to remove them, or set their Status to "lapsed" in the sheet.`,
    );
  }
  if (result.problems.length) {
    lines.push('', `Skipped ${count(result.problems.length, 'row')} with problems (fix them in the spreadsheet and import again):`);
    for (const problem of result.problems) {
      lines.push(`  row ${problem.row}${problem.name ? ` (${problem.name})` : ''}:`);
      for (const text of problem.problems) lines.push(`    - ${text}`);
    }
    if (result.skippedExisting.length) lines.push(`  These spaces keep what the feed had: ${listText(result.skippedExisting)}.`);
  }
  const added = byKind('added').length;
  const updated = byKind('updated').length;
  const summary = `${count(added, 'space')} added, ${updated} updated, ${unchanged.length} unchanged${options.removed.length ? `, ${options.removed.length} removed` : ''}, ${count(result.problems.length, 'row')} skipped.`;
  const where = options.dryRun
    ? 'Dry run: nothing was written.'
    : options.written
      ? `Wrote ${options.written}.`
      : 'Nothing changed, so nothing was written.';
  lines.push('', `${summary} ${where}`);
  return `${lines.join('\n')}\n`;
}
