#!/usr/bin/env node
// @ts-check
/**
 * Every message the kit shows, found in the source: each `msg(…)` call in src/ (outside src/cli/ and
 * src/locales/), with its catalog key as src/shared/localize.ts computes it (the English text with `{0}`,
 * `{1}`… for expressions, or the explicit `{ id }`).
 *
 *   node scripts/i18n-messages.mjs              lists every message key
 *   node scripts/i18n-messages.mjs --missing fr  lists the keys src/locales/fr.ts does not translate yet,
 *                                                as lines to paste into it
 *
 * The test test/i18n/catalogs.node.test.ts uses {@link collectMessages} to fail on any untranslated message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';

// The project root: scripts run from it (npm scripts, and the tests, which bundle this file elsewhere).
const root = process.cwd();
const SKIPPED_FOLDERS = new Set(['cli', 'locales']);

/**
 * @typedef {{ key: string, kind: 'string' | 'str' | 'html', placeholders: number, where: string[] }} Message
 * @typedef {{ file: string, line: number, problem: string }} ScanProblem
 */

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) files.push(...sourceFiles(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files.sort();
}

/** @param {any} node @param {(node: any) => void} visit */
function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const [name, value] of Object.entries(node)) {
    if (name !== 'parent' && value && typeof value === 'object') walk(value, visit);
  }
}

/** The `{ id: '…' }` of a msg call's options argument, if it has one. @param {any} options */
function explicitId(options) {
  if (options?.type !== 'ObjectExpression') return undefined;
  for (const property of options.properties) {
    if (property.key?.name === 'id' && property.value?.type === 'Literal') return String(property.value.value);
  }
  return undefined;
}

/**
 * Every message in the kit's source, by key, and the calls it could not read (a `msg(variable)` cannot be
 * translated: the catalog needs the words at build time).
 * @param {string} [srcDir]
 * @returns {{ messages: Map<string, Message>, problems: ScanProblem[] }}
 */
export function collectMessages(srcDir = join(root, 'src')) {
  /** @type {Map<string, Message>} */
  const messages = new Map();
  /** @type {ScanProblem[]} */
  const problems = [];
  for (const path of sourceFiles(srcDir)) {
    const code = readFileSync(path, 'utf8');
    if (!/\bmsg\(/.test(code)) continue;
    const file = relative(root, path).split(sep).join('/');
    const lineOf = (/** @type {number} */ offset) => code.slice(0, offset).split('\n').length;
    const ast = parseAst(code, { lang: 'ts' });
    walk(ast, (node) => {
      if (node.type !== 'CallExpression' || node.callee?.type !== 'Identifier' || node.callee.name !== 'msg') return;
      const [template, options] = node.arguments;
      const line = lineOf(node.start);
      /** @type {Omit<Message, 'where'> | null} */
      let message = null;
      if (template?.type === 'Literal' && typeof template.value === 'string') {
        message = { key: template.value, kind: 'string', placeholders: 0 };
      } else if (template?.type === 'TaggedTemplateExpression' && template.tag?.type === 'Identifier' && ['str', 'html'].includes(template.tag.name)) {
        const parts = template.quasi.quasis.map((/** @type {any} */ quasi) => quasi.value.cooked);
        const key = parts.reduce((/** @type {string} */ text, /** @type {string} */ part, /** @type {number} */ index) => `${text}{${index - 1}}${part}`);
        message = { key, kind: template.tag.name, placeholders: parts.length - 1 };
      } else if (template?.type === 'TemplateLiteral' && template.expressions.length === 0) {
        message = { key: template.quasis[0].value.cooked, kind: 'string', placeholders: 0 };
      }
      if (!message) {
        problems.push({ file, line, problem: 'msg() needs a string literal or a str`…`/html`…` template, not an expression' });
        return;
      }
      const id = explicitId(options);
      if (id) message.key = id;
      const known = messages.get(message.key);
      if (known && (known.kind === 'html') !== (message.kind === 'html')) {
        problems.push({ file, line, problem: `"${message.key}" is used both as an html message and as a string` });
      }
      if (known) known.where.push(`${file}:${line}`);
      else messages.set(message.key, { ...message, where: [`${file}:${line}`] });
    });
  }
  return { messages, problems };
}

/** The `{n}` placeholders a translation uses, sorted. @param {string} text */
export function placeholdersIn(text) {
  return [...text.matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1])).sort((a, b) => a - b);
}

if (process.argv[1]?.endsWith('i18n-messages.mjs') && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { messages, problems } = collectMessages();
  for (const { file, line, problem } of problems) console.error(`${file}:${line}: ${problem}`);
  const missingIndex = process.argv.indexOf('--missing');
  if (missingIndex === -1) {
    for (const key of messages.keys()) console.log(key);
  } else {
    const language = process.argv[missingIndex + 1];
    if (!language) throw new Error('Usage: node scripts/i18n-messages.mjs --missing <language>');
    const source = readFileSync(join(root, 'src', 'locales', `${language}.ts`), 'utf8');
    const ast = parseAst(source, { lang: 'ts' });
    /** @type {Set<string>} */
    const translated = new Set();
    walk(ast, (node) => {
      if (node.type !== 'Property') return;
      if (node.key?.type === 'Literal') translated.add(String(node.key.value));
      else if (node.key?.type === 'Identifier' && !node.computed) translated.add(node.key.name);
    });
    for (const [key, message] of messages) {
      if (translated.has(key)) continue;
      const value = message.kind === 'html' ? `html\`${key.replace(/\{(\d+)\}/g, '${$1}')}\`` : JSON.stringify(key);
      console.log(`  ${JSON.stringify(key)}: ${value}, // ${message.where[0]}`);
    }
  }
  process.exitCode = problems.length > 0 ? 1 : 0;
}
