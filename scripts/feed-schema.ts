/**
 * The published forms of the feed schema: a JSON Schema for editors and validators, and a Markdown reference
 * for organizers. Both are derived from `FeedSchema` and `FIELD_DOCS`, so neither can drift from the parser.
 */
import * as z from 'zod/mini';
import {
  CurrencySchema,
  DateSchema,
  DATE_TIME,
  DateTimeSchema,
  EmailSchema,
  FeedSchema,
  HttpsUrlSchema,
} from '../src/feed/schema.js';
import { FEED_SCHEMA_URL, FIELD_DEFAULTS, FIELD_DOCS, FIELD_EXAMPLES } from '../src/feed/schema-docs.js';
import { FEED_VERSION } from '../src/feed/limits.js';

export interface JsonSchema {
  [keyword: string]: unknown;
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
// `DATE_TIME` is checked by a refinement, which zod cannot put into JSON Schema. Not `format: "date-time"`:
// RFC 3339 requires seconds, the feed does not, and editors would flag valid feeds.
export const DATE_TIME_PATTERN = DATE_TIME.source;

/** Keywords for schemas whose checks are refinements or transforms, which zod cannot express by itself. */
const KEYWORDS_BY_SCHEMA = new Map<z.core.$ZodType, JsonSchema>([
  [HttpsUrlSchema, { format: 'uri', pattern: '^https://' }],
  [DateSchema, { format: 'date', pattern: DATE_PATTERN }],
  [DateTimeSchema, { pattern: DATE_TIME_PATTERN }],
  [EmailSchema, { format: 'email' }],
  [CurrencySchema, { pattern: '^[A-Z]{3}$' }],
]);

/** The JSON Schema (draft 2020-12) of a whole feed, with organizer-facing descriptions on every field. */
export function buildJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(FeedSchema, {
    io: 'input',
    unrepresentable: 'any',
    override({ zodSchema, jsonSchema }) {
      Object.assign(jsonSchema, KEYWORDS_BY_SCHEMA.get(zodSchema));
      // zod reports a catch's fallback (what a wrong value turns into) as `default`, but a missing field gets
      // another value in parse.ts; the real defaults come from FIELD_DEFAULTS.
      if (zodSchema._zod.def.type === 'catch') delete jsonSchema.default;
    },
  });
  const { $schema, ...body } = JSON.parse(JSON.stringify(generated)) as JsonSchema;
  const schema: JsonSchema = {
    $schema,
    $id: FEED_SCHEMA_URL,
    title: `Alliance feed, version ${FEED_VERSION}`,
    description:
      'One JSON file that describes a coworking alliance, its member spaces, its passes and its events, read by the alliance-kit web components.',
    ...body,
  };
  documentFields(schema);
  constrainEventDates(schema.properties!.events!.items!);
  return schema;
}

function documentFields(schema: JsonSchema): void {
  const documented = new Set<string>();
  const undocumented: string[] = [];
  forEachProperty(schema, '', (parent, key, path) => {
    const description = FIELD_DOCS[path];
    if (description === undefined) undocumented.push(path);
    documented.add(path);
    parent.properties![key] = {
      description,
      ...parent.properties![key],
      ...(path in FIELD_EXAMPLES ? { examples: [FIELD_EXAMPLES[path]] } : {}),
      ...(path in FIELD_DEFAULTS ? { default: FIELD_DEFAULTS[path] } : {}),
    };
  });
  const stale = Object.keys(FIELD_DOCS).filter((path) => !documented.has(path));
  if (undocumented.length || stale.length) {
    throw new Error(
      `FIELD_DOCS in src/feed/schema-docs.ts is out of step with the schema.` +
        (undocumented.length ? `\n  Fields without documentation: ${undocumented.join(', ')}` : '') +
        (stale.length ? `\n  Documented fields that no longer exist: ${stale.join(', ')}` : ''),
    );
  }
}

/**
 * Visits every property below `node` with its field path (`spaces[].dayUse.price.amount`), parents first.
 * Branches of a union share their path: `amount` and `amountMinor` are both fields of one price.
 */
function forEachProperty(node: JsonSchema, path: string, visit: (parent: JsonSchema, key: string, path: string) => void): void {
  for (const key of Object.keys(node.properties ?? {})) {
    const childPath = path ? `${path}.${key}` : key;
    visit(node, key, childPath);
    forEachProperty(node.properties![key], childPath, visit);
  }
  if (node.items) forEachProperty(node.items, `${path}[]`, visit);
  for (const branch of node.anyOf ?? []) forEachProperty(branch, path, visit);
}

/** `start` and `end` are plain strings in zod because their shape depends on `allDay`; JSON Schema can say so. */
function constrainEventDates(event: JsonSchema): void {
  const bothDates = (keywords: JsonSchema) => ({ properties: { start: keywords, end: keywords } });
  Object.assign(event, {
    if: { properties: { allDay: { const: true } }, required: ['allDay'] },
    then: bothDates({ format: 'date', pattern: DATE_PATTERN }),
    else: bothDates({ pattern: DATE_TIME_PATTERN }),
  });
}

// ------------------------------------------------------------------------------------- Markdown reference

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

interface Table {
  /** Every path this shape appears at; the first names the table. */
  paths: string[];
  intro?: string;
  rows: { field: string; type: string; required: string; description: string }[];
}

/** A Markdown reference of the feed: one table per kind of object, in the order they appear in a feed. */
export function renderFieldDocs(): string {
  const schema = buildJsonSchema();
  const tableByContent = new Map<string, Table>();
  const tableByPath = new Map<string, Table>();

  const collect = (node: JsonSchema, path: string, intro?: string) => {
    const branches = node.anyOf ?? [node];
    const keys = [...new Set(branches.flatMap((branch) => Object.keys(branch.properties ?? {})))];
    const requiredIn = (key: string) => branches.filter((branch) => branch.required?.includes(key)).length;
    const eitherOr = keys.filter((key) => requiredIn(key) > 0 && requiredIn(key) < branches.length);
    const rows: Table['rows'] = [];
    const children: [JsonSchema, string, string | undefined][] = [];
    for (const key of keys) {
      const property = branches.find((branch) => branch.properties?.[key])!.properties![key];
      const childPath = path ? `${path}.${key}` : key;
      const required =
        requiredIn(key) === branches.length ? 'yes' : eitherOr.includes(key) ? `either ${eitherOr.map(code).join(' or ')}` : '';
      rows.push({ field: code(key), type: describeType(property, childPath), required, description: property.description ?? '' });
      const object = objectOf(property);
      if (object) children.push([object, isList(property) ? `${childPath}[]` : childPath, property.description]);
    }
    const content = JSON.stringify(rows);
    const table = tableByContent.get(content) ?? { paths: [], intro, rows };
    table.paths.push(path);
    tableByContent.set(content, table);
    tableByPath.set(path, table);
    for (const [object, objectPath, objectIntro] of children) collect(object, objectPath, objectIntro);
  };
  collect(schema, '');

  // Type cells name an object's table by its path before shared shapes are known, so links resolve last.
  const link = (cell: string) => cell.replace(/\{\{table:([^}]*)\}\}/g, (_, path: string) => tableLink(tableByPath.get(path)!.paths[0]));
  const sections = [...tableByContent.values()].map((table) => {
    const intro =
      table.paths.length > 1 ? `Used for ${listFormat.format(table.paths.map(code))}.` : table.intro && escapeText(table.intro);
    return [
      `## ${tableTitle(table.paths[0])}\n`,
      ...(intro ? [`${intro}\n`] : []),
      '| Field | Type | Required | Description |',
      '| --- | --- | --- | --- |',
      ...table.rows.map((row) => `| ${row.field} | ${link(row.type)} | ${row.required} | ${escapeCell(row.description)} |`),
    ].join('\n');
  });
  return [
    `# ${schema.title as string}`,
    escapeText(schema.description!),
    '<!-- Generated by scripts/write-feed-schema.ts from src/feed/schema.ts and src/feed/schema-docs.ts. Do not edit by hand. -->',
    `Editors can check a feed while you type: add \`"$schema": "${FEED_SCHEMA_URL}"\` at its top. ` +
      'Every address must start with `https://`. Text fields are trimmed; a field that is wrong is left out and reported, ' +
      'and a space, pass or event with a wrong required field is left out while the rest of the feed still shows.',
    ...sections,
  ].join('\n\n') + '\n';
}

function describeType(node: JsonSchema, path: string): string {
  if (objectOf(node) && !isList(node)) return `object, see {{table:${path}}}`;
  if (node.anyOf) return node.anyOf.map((branch) => describeType(branch, path)).join(' or ');
  if (node.const !== undefined) return code(JSON.stringify(node.const));
  if (node.enum) return node.enum.length <= 3 ? node.enum.map((value) => code(JSON.stringify(value))).join(' or ') : 'text (one of the listed values)';
  if (node.type === 'array') {
    const items = node.items ?? {};
    return objectOf(items) ? `list of objects, see {{table:${path}[]}}` : `list of ${pluralType(items)}`;
  }
  switch (node.format) {
    case 'uri':
      return 'https address';
    case 'date':
      return 'date (YYYY-MM-DD)';
    case 'email':
      return 'email address';
  }
  if (node.pattern === DATE_TIME_PATTERN) return 'date and time with offset';
  return { string: 'text', integer: 'whole number', number: 'number', boolean: '`true` or `false`' }[node.type as string] ?? 'any';
}

function pluralType(node: JsonSchema): string {
  if (node.enum) return 'texts (each one of the listed values)';
  return { string: 'texts', integer: 'whole numbers', number: 'numbers' }[node.type as string] ?? 'values';
}

/** The object schema a property holds, directly, as list items, or as a union of objects (a price). */
function objectOf(node: JsonSchema): JsonSchema | undefined {
  const target = node.type === 'array' ? node.items : node;
  if (!target) return undefined;
  if (target.properties) return target;
  if (target.anyOf?.length && target.anyOf.every((branch) => branch.properties)) return target;
  return undefined;
}

function isList(node: JsonSchema): boolean {
  return node.type === 'array';
}

function tableTitle(path: string): string {
  return path ? code(path) : 'Top level';
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
function tableLink(path: string): string {
  const anchor = tableTitle(path)
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
  return `[${tableTitle(path)}](#${anchor})`;
}

function code(text: string): string {
  return `\`${text}\``;
}

function escapeText(text: string): string {
  return text.replace(/([<>*_])/g, '\\$1');
}

function escapeCell(text: string): string {
  return escapeText(text).replace(/\|/g, '\\|');
}
