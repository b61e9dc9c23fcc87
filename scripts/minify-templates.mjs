// A build plugin that minifies the kit's own `css` and `html` (and `svg`) tagged templates: about a third of
// the elements' source is stylesheet and markup indentation, which a JS minifier leaves alone because it sits
// inside template literals.
//
// It only ever removes whitespace and comments from the literal parts of a template, never inside `${…}`
// expressions, and it leaves alone:
//   - `html` templates passed to `msg()`: their text is the translation key (src/shared/localize.ts),
//   - the translation catalogs (src/locales/), whose templates are matched against those keys,
//   - markup with <pre>, <textarea>, <script> or <style>, where whitespace is content,
//   - any template it cannot read back exactly as written (it then says so and keeps the original).
import { parseAst } from 'vite';

/** @returns {import('vite').Plugin} */
export function minifyTemplates() {
  return {
    name: 'alliance-kit:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || /[\\/]src[\\/]locales[\\/]/.test(id)) return null;
      if (!/\b(?:css|html|svg)`/.test(code)) return null;
      const edits = templateEdits(code, id, (message) => this.warn(message));
      return edits.length === 0 ? null : { code: applyEdits(code, edits), map: lineMap(code, edits, id) };
    },
  };
}

/**
 * `code` with its css/html/svg templates minified. Exported for tests; `warn` hears about templates that
 * were kept as written.
 * @param {string} code
 * @param {string} [id]
 * @param {(message: string) => void} [warn]
 */
export function minifyTemplatesIn(code, id = 'input.ts', warn = () => {}) {
  return applyEdits(code, templateEdits(code, id, warn));
}

/** @returns {{ start: number, end: number, text: string }[]} replacements in `code`, in order */
function templateEdits(code, id, warn) {
  const ast = parseAst(code, { lang: 'ts' }, id);
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  visit(ast, null, (node, parent) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const kind = node.tag.name;
    if (kind !== 'css' && kind !== 'html' && kind !== 'svg') return;
    if (isMessageArgument(node, parent)) return;
    const quasis = node.quasi.quasis;
    const parts = [];
    for (const quasi of quasis) {
      // oxc's TemplateElement spans include the delimiters (` … ${ or } … `); the raw text starts after one.
      const start = quasi.start + 1;
      const raw = quasi.value.raw;
      if (code.slice(start, start + raw.length) !== raw) {
        warn(`${id}: could not locate a ${kind} template exactly; kept as written.`);
        return;
      }
      parts.push({ start, end: start + raw.length, raw });
    }
    const minified = kind === 'css' ? minifyCssParts(parts.map((part) => part.raw)) : minifyMarkupParts(parts.map((part) => part.raw));
    if (!minified) return;
    parts.forEach((part, index) => {
      if (minified[index] !== part.raw) edits.push({ start: part.start, end: part.end, text: minified[index] });
    });
  });
  return edits.sort((a, b) => a.start - b.start);
}

function applyEdits(code, edits) {
  let result = '';
  let position = 0;
  for (const edit of edits) {
    result += code.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  return result + code.slice(position);
}

function visit(node, parent, callback) {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, parent, callback);
    return;
  }
  if (!node || typeof node !== 'object' || typeof node.type !== 'string') return;
  callback(node, parent);
  for (const key in node) {
    if (key === 'type' || key === 'start' || key === 'end' || key === 'range' || key === 'loc') continue;
    const value = node[key];
    if (value && typeof value === 'object') visit(value, node, callback);
  }
}

/** `msg(html`…`)` (and `msg(html`…`, { id })`): the template's text is a translation key. */
function isMessageArgument(node, parent) {
  return parent?.type === 'CallExpression' && parent.callee.type === 'Identifier' && parent.callee.name === 'msg' && parent.arguments[0] === node;
}

// ---------------------------------------------------------------------------------------------- markup

const WHITESPACE_IS_CONTENT = /<(?:pre|textarea|script|style)\b/i;

/**
 * Markup: every run of whitespace that contains a line break becomes one space (the browser collapses it to
 * that anyway, so text and inline layout are unchanged), and comments without bindings go.
 * @param {string[]} parts the raw literal parts of one template
 * @returns {string[] | null} null when the template is left as written
 */
export function minifyMarkupParts(parts) {
  if (parts.some((part) => WHITESPACE_IS_CONTENT.test(part))) return null;
  // A comment that spans a binding belongs to lit; only drop those wholly inside one literal part.
  return parts.map((part) => part.replace(/<!--(?:(?!-->)[\s\S])*-->/g, '').replace(/[ \t]*\r?\n\s*/g, ' '));
}

// ------------------------------------------------------------------------------------------------- css

/**
 * Stylesheets: comments go, whitespace collapses, and spaces next to `{ } ; >`, before `,` and `)` and after
 * `:` and `(` go, as does the last `;` of a block. Quoted strings are copied as they are. The kit's stylesheets have no bindings; a
 * stylesheet that has one is left as written rather than guessed at.
 * @param {string[]} parts
 * @returns {string[] | null}
 */
export function minifyCssParts(parts) {
  if (parts.length !== 1) return null;
  return [minifyCss(parts[0])];
}

/** @param {string} source raw template text (escapes such as `\\` stay as written) */
export function minifyCss(source) {
  let out = '';
  let index = 0;
  let pendingSpace = false;
  const emitSpace = () => {
    if (pendingSpace && out.length > 0 && !/[{};>:(]$/.test(out)) out += ' ';
    pendingSpace = false;
  };
  while (index < source.length) {
    const char = source[index];
    if (char === '/' && source[index + 1] === '*') {
      const end = source.indexOf('*/', index + 2);
      index = end === -1 ? source.length : end + 2;
      pendingSpace = true;
      continue;
    }
    if (/\s/.test(char)) {
      pendingSpace = true;
      index++;
      continue;
    }
    if (char === '"' || char === "'") {
      emitSpace();
      let end = index + 1;
      while (end < source.length && source[end] !== char) end += source[end] === '\\' ? 2 : 1;
      out += source.slice(index, end + 1);
      index = end + 1;
      continue;
    }
    if ('{};,>)'.includes(char)) {
      pendingSpace = false;
      if (char === '}' && out.endsWith(';')) out = out.slice(0, -1);
      // A space before `)` never matters; after `)` it may (`and (`), and after `,` it is part of a value
      // that holds a var() (kept as written until used), so both keep theirs through emitSpace.
      out += char;
      index++;
      continue;
    }
    emitSpace();
    out += char;
    index++;
  }
  return out;
}

// ------------------------------------------------------------------------------------------ source map

/**
 * A line-level source map for the edits: text outside them is unchanged, so each output line that starts
 * after a line break outside an edit starts at the beginning of the input line after that break.
 * @param {string} code the input
 * @param {{ start: number, end: number }[]} edits in input order
 * @returns {{ version: 3, sources: string[], names: string[], mappings: string }}
 */
function lineMap(code, edits, id) {
  const lines = [0];
  let line = 0;
  let next = 0;
  for (let index = code.indexOf('\n'); index !== -1; index = code.indexOf('\n', index + 1)) {
    line++;
    while (next < edits.length && edits[next].end <= index) next++;
    const edit = edits[next];
    if (!edit || index < edit.start) lines.push(line);
  }
  let previous = 0;
  const mappings = lines.map((inputLine) => {
    const segment = `AA${vlq(inputLine - previous)}A`;
    previous = inputLine;
    return segment;
  });
  return { version: 3, sources: [id], names: [], mappings: mappings.join(';') };
}

function vlq(value) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let number = value < 0 ? (-value << 1) | 1 : value << 1;
  let encoded = '';
  do {
    let digit = number & 31;
    number >>>= 5;
    if (number > 0) digit |= 32;
    encoded += alphabet[digit];
  } while (number > 0);
  return encoded;
}
