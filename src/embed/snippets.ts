/**
 * Embed code for each place an operator pastes it: plain HTML, WordPress, Squarespace, Webflow, Wix (the
 * iframe version), any iframe-only host, and React. Pure functions of the choices made in the builder
 * (demo/builder.html), so every snippet can be tested.
 *
 * Every value is checked against the element's option list and escaped for where it lands (an attribute,
 * text, a URL, a JS string), so a feed's names or a typed value can never break out of the snippet. Every
 * snippet carries a fallback link that shows until the element upgrades and stays without JavaScript.
 */
import { findPass, passesOnSale } from '../feed/query.js';
import type { Feed } from '../feed/schema.js';
import { clock } from '../shared/clock.js';
import { safeUrl } from '../shared/safe-url.js';
import {
  checkOptionValue,
  COLOR_OPTIONS,
  embeddableElement,
  normaliseHexColor,
  optionsOf,
  propertyName,
  type ColorName,
  type ElementKey,
  type ElementOption,
  type EmbeddableElement,
} from './elements.js';
import { RESIZE_MESSAGE_TYPE } from './embed-params.js';

export type SnippetTarget = 'html' | 'wordpress' | 'squarespace' | 'webflow' | 'wix' | 'iframe' | 'react';

export const SNIPPET_TARGETS: readonly { target: SnippetTarget; title: string }[] = [
  { target: 'html', title: 'HTML' },
  { target: 'wordpress', title: 'WordPress' },
  { target: 'squarespace', title: 'Squarespace' },
  { target: 'webflow', title: 'Webflow' },
  { target: 'wix', title: 'Wix' },
  { target: 'iframe', title: 'iframe (other hosts)' },
  { target: 'react', title: 'npm / React' },
];

/** Where the kit's files come from. */
export interface Delivery {
  /** The URL of the kit's dist/ folder, ending in `/` (a CDN, or a copy on your own server). */
  base: string;
  /** `bundle`: alliance-kit.js, one file with everything (can carry an integrity hash). `autoload`: the small loader. */
  script: 'bundle' | 'autoload';
  /** sha384 hashes by file (dist/integrity.json's `files`), for a base pinned to an exact version. */
  integrity?: Readonly<Record<string, string>>;
}

export type Cdn = 'jsdelivr' | 'unpkg';

/**
 * The dist/ URL of the published package on a CDN: `version` is exact (`0.1.0`, can carry integrity hashes)
 * or a major (`0`, evergreen: fixes arrive without editing the page, but no hash can be pinned).
 */
export function cdnBase(cdn: Cdn, version: string): string {
  const host = cdn === 'jsdelivr' ? 'https://cdn.jsdelivr.net/npm/' : 'https://unpkg.com/';
  return `${host}alliance-kit@${version}/dist/`;
}

export interface FallbackLink {
  href: string;
  text: string;
}

export interface EmbedChoice {
  element: ElementKey;
  /** The feed URL, absolute. */
  feed: string;
  /** Attribute values by name (a flag that is on: `''`). Unknown or invalid ones are left out. */
  attributes: Readonly<Record<string, string | undefined>>;
  colors?: Partial<Record<ColorName, string>>;
  /** The link shown until the element upgrades, and to visitors without JavaScript. */
  fallback: FallbackLink;
  /** The iframe's id (iframe and Wix snippets), unique on the page. Default `alliance-<element>`. */
  frameId?: string;
}

export interface Snippet {
  target: SnippetTarget;
  title: string;
  language: 'html' | 'tsx';
  code: string;
  /** Where to paste it, step by step. */
  steps: string[];
  /** What to know on this platform. */
  notes: string[];
}

/** The link a snippet falls back to, from the feed: the alliance's page, the pass checkout, the events page. */
export function fallbackFor(key: ElementKey, feed: Feed, attributes: Readonly<Record<string, string | undefined>> = {}): FallbackLink {
  const alliance = feed.alliance;
  switch (key) {
    case 'badge':
      return { href: alliance.url, text: `Member of ${alliance.name}` };
    case 'directory':
      return { href: alliance.url, text: `Member spaces of ${alliance.name}` };
    case 'pass-button': {
      const pass = findPass(feed, attributes['pass']) ?? passesOnSale(feed, clock.now())[0];
      return pass ? { href: pass.checkoutUrl, text: `Buy the ${pass.name}` } : { href: alliance.url, text: `Passes of ${alliance.name}` };
    }
    case 'events':
      return { href: alliance.eventsUrl ?? alliance.url, text: `Upcoming events of ${alliance.name}` };
  }
}

/** The checked attributes of `choice`, in the element's option order. */
export function checkedAttributes(choice: EmbedChoice, element = elementOf(choice)): [ElementOption, string][] {
  const checked: [ElementOption, string][] = [];
  for (const option of optionsOf(element)) {
    const raw = choice.attributes[option.attribute];
    if (raw === undefined) continue;
    const result = checkOptionValue(option, raw);
    if ('value' in result) checked.push([option, result.value]);
  }
  return checked;
}

/** The embed page URL that renders `choice` (the iframe's `src`). */
export function embedPageUrl(choice: EmbedChoice, delivery: Pick<Delivery, 'base'>): string {
  const element = elementOf(choice);
  const url = new URL('embed.html', delivery.base);
  url.searchParams.set('element', element.key);
  url.searchParams.set('feed', choice.feed);
  for (const [option, value] of checkedAttributes(choice, element)) {
    if (!option.pageOnly) url.searchParams.set(option.attribute, value);
  }
  for (const [name, value] of checkedColors(choice)) url.searchParams.set(`color-${name}`, value.slice(1));
  url.searchParams.set('id', frameIdOf(choice));
  return url.href;
}

export function buildSnippet(target: SnippetTarget, choice: EmbedChoice, delivery: Delivery): Snippet {
  const title = SNIPPET_TARGETS.find((entry) => entry.target === target)?.title ?? target;
  switch (target) {
    case 'html':
      return {
        target,
        title,
        language: 'html',
        code: elementSnippet(choice, delivery),
        steps: ['Paste this where the element should appear, e.g. in your page template. The script line may go in <head> instead.'],
        notes: [...scriptNotes(delivery), ...colorNotes(choice)],
      };
    case 'wordpress':
      return {
        target,
        title,
        language: 'html',
        code: elementSnippet(choice, delivery),
        steps: [
          'Edit the page and add a block: + → “Custom HTML”.',
          'Paste the code into the block, then use “Preview” to check it.',
          'Update (or Publish) the page.',
        ],
        notes: [
          'Only administrators can save script tags on a self-hosted WordPress (editors’ scripts are removed on save); WordPress.com needs a plan that allows custom code.',
          'Use the Custom HTML block, not a Paragraph or the Classic editor’s Visual tab: those rewrite the code.',
          'If a caching or optimisation plugin “defers” or “combines” scripts, exclude this one: it must stay type="module".',
          ...colorNotes(choice),
        ],
      };
    case 'squarespace':
      return {
        target,
        title,
        language: 'html',
        code: elementSnippet(choice, delivery),
        steps: [
          'Edit the page, click an insert point and choose “Code”.',
          'Paste the code, leave “Display Source” off, and click outside the block.',
          'Save, then open the live page: Squarespace does not run scripts while you edit, so the editor shows the fallback link.',
        ],
        notes: ['JavaScript in Code blocks is a premium Squarespace feature: it needs a plan that allows it.', ...colorNotes(choice)],
      };
    case 'webflow':
      return {
        target,
        title,
        language: 'html',
        code: elementSnippet(choice, delivery),
        steps: [
          'In the Designer, open Add (+) and drag a “Code Embed” element onto the page.',
          'Paste the code and click “Save & Close”.',
          'Publish, then check the published site: the Designer does not run the script and shows the fallback link.',
        ],
        notes: ['Custom code runs only on a site with a paid Webflow site plan.', ...colorNotes(choice)],
      };
    case 'wix':
      return {
        target,
        title,
        language: 'html',
        code: iframeSnippet(choice, delivery, { resize: false }),
        steps: [
          'In the Wix Editor: Add (+) → Embed Code → “Embed HTML”.',
          'Click “Enter Code”, choose “Code”, paste, and click “Update”.',
          'Drag the frame’s handles until the element fits: Wix decides the frame’s size.',
        ],
        notes: [
          'Wix puts embedded code in a frame of its own, of a fixed size: the element cannot grow the frame, so it scrolls inside it. Give the frame enough height, or choose a compact layout.',
          'The badge verifies membership against the page that frames it, which on Wix is a Wix address: in an HTML frame it shows the neutral sentence instead of claiming membership.',
          'On premium Wix sites you can use the element itself instead: Add → Embed Code → “Custom Element”, with the script URL below as “Server URL” and the tag name.',
        ],
      };
    case 'iframe':
      return {
        target,
        title,
        language: 'html',
        code: iframeSnippet(choice, delivery, { resize: true }),
        steps: ['Paste the whole snippet: the iframe, the fallback link and the small script that sizes the iframe to its content.'],
        notes: [
          'Use this only where the element itself cannot be pasted: the element version is lighter, inherits your fonts, and suits screen readers better.',
          'Links open in a new tab. If your host strips the script, the iframe keeps its starting height and scrolls.',
        ],
      };
    case 'react':
      return {
        target,
        title,
        language: 'tsx',
        code: reactSnippet(choice),
        steps: ['npm install alliance-kit', 'Render the component; importing alliance-kit/react also registers the elements.'],
        notes: [
          'Next.js (App Router): keep the "use client" line. The server renders the fallback link, the browser upgrades it.',
          'Vue, Svelte and Angular use the tags directly: see docs/embedding.md.',
        ],
      };
  }
}

// ------------------------------------------------------------------------------------------- the code

function elementSnippet(choice: EmbedChoice, delivery: Delivery): string {
  const element = elementOf(choice);
  const attributes = [`feed="${escapeAttribute(choice.feed)}"`];
  for (const [option, value] of checkedAttributes(choice, element)) {
    attributes.push(option.kind.type === 'flag' ? option.attribute : `${option.attribute}="${escapeAttribute(value)}"`);
  }
  const style = checkedColors(choice).map(([name, value]) => `${colorProperty(name)}: ${value}`).join('; ');
  if (style) attributes.push(`style="${style}"`);
  return [
    scriptTag(delivery),
    `<${element.tag} ${attributes.join(' ')}>`,
    `  ${fallbackLink(choice.fallback)}`,
    `</${element.tag}>`,
  ].join('\n');
}

function scriptTag(delivery: Delivery): string {
  const file = delivery.script === 'bundle' ? 'alliance-kit.js' : 'alliance-autoload.js';
  const src = new URL(file, delivery.base).href;
  const hash = delivery.integrity?.[file];
  const integrity = hash ? `\n  integrity="${escapeAttribute(hash)}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${escapeAttribute(src)}"${integrity}></script>`;
}

function iframeSnippet(choice: EmbedChoice, delivery: Delivery, { resize }: { resize: boolean }): string {
  const element = elementOf(choice);
  const id = frameIdOf(choice);
  const src = embedPageUrl(choice, delivery);
  const height = resize ? `${element.initialHeight}px` : '100vh';
  const lines = [
    `<iframe id="${id}" src="${escapeAttribute(src)}" title="${escapeAttribute(choice.fallback.text)}" loading="lazy" style="display: block; width: 100%; height: ${height}; border: 0"></iframe>`,
    `<p id="${id}-fallback">${fallbackLink(choice.fallback)}</p>`,
  ];
  const origin = new URL(src).origin;
  // The parent page trusts only messages from this iframe's window and origin, of the kit's type and shape.
  lines.push(
    '<script>',
    '  (function () {',
    `    var frame = document.getElementById(${jsString(id)});`,
    `    var fallback = document.getElementById(${jsString(`${id}-fallback`)});`,
    "    window.addEventListener('message', function (event) {",
    '      var data = event.data;',
    `      if (!frame || event.source !== frame.contentWindow || event.origin !== ${jsString(origin)}) return;`,
    `      if (!data || data.type !== ${jsString(RESIZE_MESSAGE_TYPE)} || data.id !== ${jsString(id)}) return;`,
    "      if (typeof data.height !== 'number' || !(data.height >= 0 && data.height <= 20000)) return;",
    ...(resize ? ["      frame.style.height = Math.ceil(data.height) + 'px';"] : []),
    '      if (fallback) fallback.hidden = true;',
    '    });',
    '  })();',
    '</script>',
  );
  return lines.join('\n');
}

function reactSnippet(choice: EmbedChoice): string {
  const element = elementOf(choice);
  const component = componentName(element);
  const props = [`feed=${jsxString(choice.feed)}`];
  for (const [option, value] of checkedAttributes(choice, element)) props.push(reactProp(option, value));
  const colors = checkedColors(choice);
  const lines = [
    '// npm install alliance-kit',
    "'use client'; // Next.js: render in the browser",
    `import { ${component} } from 'alliance-kit/react';`,
  ];
  if (colors.length > 0) {
    lines.push(
      "import type { CSSProperties } from 'react';",
      '',
      `const colors = { ${colors.map(([name, value]) => `${jsString(colorProperty(name))}: ${jsString(value)}`).join(', ')} } as CSSProperties;`,
    );
    props.push('style={colors}');
  }
  lines.push(
    '',
    `export function ${component}Embed() {`,
    '  return (',
    `    <${component}`,
    ...props.map((prop) => `      ${prop}`),
    '    >',
    `      ${fallbackJsx(choice.fallback)}`,
    `    </${component}>`,
    '  );',
    '}',
  );
  return lines.join('\n');
}

function reactProp(option: ElementOption, value: string): string {
  const name = option.attribute === 'lang' ? 'lang' : propertyName(option.attribute);
  if (option.kind.type === 'flag') return name;
  if (option.propertyType === 'boolean') return `${name}={${value === 'true'}}`;
  if (option.propertyType === 'words-list') return `${name}={[${value.split(' ').map(jsString).join(', ')}]}`;
  if (option.kind.type === 'integer') return `${name}={${Number(value)}}`;
  return `${name}=${jsxString(value)}`;
}

function componentName(element: EmbeddableElement): string {
  return element.tag.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

function fallbackLink(fallback: FallbackLink): string {
  const url = safeUrl(fallback.href);
  const text = escapeText(fallback.text.trim() || 'Visit the alliance');
  return url ? `<a href="${escapeAttribute(url.href)}">${text}</a>` : text;
}

/** The fallback link as JSX: JSX decodes entities like HTML, but braces open expressions. */
function fallbackJsx(fallback: FallbackLink): string {
  const url = safeUrl(fallback.href);
  const text = escapeText(fallback.text.trim() || 'Visit the alliance').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
  return url ? `<a href=${jsxString(url.href)}>${text}</a>` : text;
}

function scriptNotes(delivery: Delivery): string[] {
  if (delivery.script === 'autoload') {
    return ['The autoloader fetches only the elements on the page, from the same folder. Several snippets on one page share it.'];
  }
  return delivery.integrity?.['alliance-kit.js']
    ? ['The integrity hash pins this exact version: update the URL and the hash together (dist/integrity.json lists them).']
    : ['Several elements on one page can share one script line; loading it twice is harmless.'];
}

function colorNotes(choice: EmbedChoice): string[] {
  return checkedColors(choice).length > 0
    ? ['The colours are set in a style attribute. On a site with a strict Content-Security-Policy, set the same custom properties in your stylesheet instead.']
    : [];
}

// ------------------------------------------------------------------------------------------- helpers

function elementOf(choice: EmbedChoice): EmbeddableElement {
  const element = embeddableElement(choice.element);
  if (!element) throw new Error(`Unknown element "${choice.element}"`);
  return element;
}

function frameIdOf(choice: EmbedChoice): string {
  const id = choice.frameId && /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(choice.frameId) ? choice.frameId : `alliance-${choice.element}`;
  return id;
}

function checkedColors(choice: EmbedChoice): [ColorName, string][] {
  const colors: [ColorName, string][] = [];
  for (const { name } of COLOR_OPTIONS) {
    const hex = choice.colors?.[name] ? normaliseHexColor(choice.colors[name]!) : null;
    if (hex) colors.push([name, hex]);
  }
  return colors;
}

function colorProperty(name: ColorName): string {
  return COLOR_OPTIONS.find((option) => option.name === name)!.property;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** A JS string literal that is also safe inside an HTML `<script>` element. */
function jsString(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A JSX attribute value: a plain string when it can be one, else an expression. */
function jsxString(text: string): string {
  return /^[^"{}<>&\\]*$/.test(text) ? `"${text}"` : `{${jsString(text)}}`;
}
