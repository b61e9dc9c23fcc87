/**
 * The embed-code builder (demo/builder.html): an operator picks an element, pastes the feed address, sets
 * the options, sees the element live, and copies the code for their website builder. The snippets come
 * from src/embed/snippets.ts and the advice from src/embed/checks.ts, both tested on their own.
 */
import '../../src/define.js';
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { adviseOnChoice, type Advice } from '../../src/embed/checks.js';
import { COLOR_OPTIONS, COMMON_OPTIONS, EMBEDDABLE_ELEMENTS, embeddableElement, type ColorName, type ElementKey, type ElementOption } from '../../src/embed/elements.js';
import { RESIZE_MESSAGE_TYPE } from '../../src/embed/embed-params.js';
import {
  buildSnippet,
  cdnBase,
  checkedAttributes,
  embedPageUrl,
  fallbackFor,
  SNIPPET_TARGETS,
  type Delivery,
  type EmbedChoice,
  type FallbackLink,
  type SnippetTarget,
} from '../../src/embed/snippets.js';
import { getFeedSource, resolveFeedUrl, type FeedState } from '../../src/feed/loader.js';
import type { Feed } from '../../src/feed/schema.js';
import { KIT_VERSION } from '../../src/version.js';

const SAMPLE_FEED = new URL('../sample-feed.json', import.meta.url).href;
/** Where the preview's iframe version comes from: the embed page next to this one (demo/embed.html). */
const LOCAL_EMBED_BASE = new URL('../', import.meta.url).href;
const LANGUAGES: [string, string][] = [
  ['', 'The page’s language'],
  ['en', 'English'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
  ['es', 'Español'],
  ['it', 'Italiano'],
  ['nl', 'Nederlands'],
  ['pt', 'Português'],
];
const IFRAME_TARGETS: readonly SnippetTarget[] = ['wix', 'iframe'];

type ScriptSource = 'jsdelivr' | 'unpkg' | 'self';
type Values = Record<string, string | undefined>;

interface BuilderState {
  element: ElementKey;
  feedInput: string;
  feedUrl: string | null;
  feedAddressProblem: string | null;
  feed: FeedState | null;
  values: Record<ElementKey, Values>;
  common: Values;
  colors: Partial<Record<ColorName, string>>;
  fallbackEdits: Partial<Record<ElementKey, Partial<FallbackLink>>>;
  target: SnippetTarget;
  source: ScriptSource;
  selfBase: string;
  pinned: boolean;
  script: Delivery['script'];
  integrity: Record<string, string> | null;
  copied: string | null;
}

const state: BuilderState = {
  element: 'directory',
  feedInput: '',
  feedUrl: null,
  feedAddressProblem: null,
  feed: null,
  values: { badge: {}, directory: {}, 'pass-button': {}, events: {} },
  common: {},
  colors: {},
  fallbackEdits: {},
  target: 'html',
  source: 'jsdelivr',
  selfBase: 'https://www.example.com/alliance-kit/',
  pinned: true,
  script: 'bundle',
  integrity: null,
  copied: null,
};

// ------------------------------------------------------------------------------------------- layout

const main = document.getElementById('builder')!;
const formRoot = document.createElement('div');
formRoot.className = 'builder-form';
const outputColumn = document.createElement('div');
outputColumn.className = 'builder-output';
const previewSection = document.createElement('section');
previewSection.className = 'builder-preview';
previewSection.setAttribute('aria-labelledby', 'preview-heading');
previewSection.innerHTML = '<h2 id="preview-heading">Live preview</h2><div class="preview-stage"></div>';
const previewStage = previewSection.querySelector<HTMLElement>('.preview-stage')!;
const codeRoot = document.createElement('div');
outputColumn.append(previewSection, codeRoot);
const layout = document.createElement('div');
layout.className = 'builder-layout';
layout.append(formRoot, outputColumn);
main.append(layout);

// ------------------------------------------------------------------------------------------- model

const currentElement = () => embeddableElement(state.element)!;
const currentFeed = (): Feed | null => state.feed?.feed ?? null;
const attributesOf = (): Values => ({ ...state.values[state.element], ...state.common });

function currentFallback(): FallbackLink {
  const feed = currentFeed();
  const defaults = feed ? fallbackFor(state.element, feed, attributesOf()) : { href: '', text: currentElement().title };
  return { ...defaults, ...state.fallbackEdits[state.element] };
}

function currentChoice(): EmbedChoice | null {
  if (!state.feedUrl) return null;
  return {
    element: state.element,
    feed: state.feedUrl,
    attributes: attributesOf(),
    colors: state.colors,
    fallback: currentFallback(),
    frameId: `alliance-${state.element}`,
  };
}

function currentDelivery(): Delivery {
  const base = state.source === 'self' ? withSlash(state.selfBase) : cdnBase(state.source, state.pinned ? KIT_VERSION : KIT_VERSION.split('.')[0]!);
  // The hashes match this version's files wherever they are served from, but never an evergreen URL.
  const integrity = state.pinned || state.source === 'self' ? (state.integrity ?? undefined) : undefined;
  return { base, script: state.script, integrity };
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

let unsubscribe: (() => void) | null = null;
let feedTimer: ReturnType<typeof setTimeout> | undefined;

function setFeedInput(value: string): void {
  state.feedInput = value;
  clearTimeout(feedTimer);
  feedTimer = setTimeout(loadFeed, 400);
  update();
}

function loadFeed(): void {
  unsubscribe?.();
  unsubscribe = null;
  state.feed = null;
  state.feedUrl = null;
  state.feedAddressProblem = null;
  const input = state.feedInput.trim();
  if (input) {
    try {
      state.feedUrl = resolveFeedUrl(input);
      const source = getFeedSource(state.feedUrl);
      state.feed = source.state;
      unsubscribe = source.subscribe((feedState) => {
        state.feed = feedState;
        update();
      });
    } catch (error) {
      state.feedAddressProblem = error instanceof Error ? error.message : String(error);
      if (/^http:\/\//i.test(input)) state.feedUrl = input; // still advise on it below
    }
  }
  update();
}

function setValue(option: ElementOption, value: string | undefined): void {
  const target = COMMON_OPTIONS.includes(option) ? state.common : state.values[state.element];
  if (value === undefined || (value === '' && option.kind.type !== 'flag')) delete target[option.attribute];
  else target[option.attribute] = value;
  update();
}

async function loadIntegrity(): Promise<void> {
  const candidates = [new URL('../../dist/integrity.json', import.meta.url).href, `https://cdn.jsdelivr.net/npm/alliance-kit@${KIT_VERSION}/dist/integrity.json`];
  for (const url of candidates) {
    try {
      const response = await fetch(url, { cache: 'no-store' });
      if (!response.ok) continue;
      const data = (await response.json()) as { version?: string; files?: Record<string, string> };
      if (data.version === KIT_VERSION && data.files) {
        state.integrity = data.files;
        update();
        return;
      }
    } catch {
      // Offline, or not published yet: the next candidate, else no hashes.
    }
  }
}

async function copy(code: string, target: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(code);
  } catch {
    const area = document.querySelector<HTMLTextAreaElement>('#snippet-code');
    area?.select();
    document.execCommand('copy');
  }
  state.copied = target;
  update();
  setTimeout(() => {
    state.copied = null;
    update();
  }, 2500);
}

// ------------------------------------------------------------------------------------------- views

function update(): void {
  const choice = currentChoice();
  const advice = choice
    ? adviseOnChoice(choice, { feed: currentFeed(), error: state.feed?.error ?? null, issues: state.feed?.issues ?? [] })
    : [];
  if (state.feedAddressProblem && !advice.some((item) => item.field === 'feed' && item.level === 'error')) {
    advice.unshift({ level: 'error', field: 'feed', message: state.feedAddressProblem });
  }
  render(formView(advice), formRoot);
  render(codeView(choice, advice), codeRoot);
  syncPreview(choice);
}

function formView(advice: Advice[]): TemplateResult {
  const element = currentElement();
  const feed = currentFeed();
  const fallback = currentFallback();
  return html`
    <fieldset>
      <legend>1. Element</legend>
      <div class="choices" role="radiogroup" aria-label="Element">
        ${EMBEDDABLE_ELEMENTS.map(
          (item) => html`<label class="choice">
            <input type="radio" name="element" .checked=${live(item.key === state.element)} @change=${() => ((state.element = item.key), update())} />
            ${item.title}
          </label>`,
        )}
      </div>
    </fieldset>

    <fieldset>
      <legend>2. Your alliance feed</legend>
      <label for="feed-url">Feed address</label>
      <div class="row">
        <input
          id="feed-url"
          type="url"
          inputmode="url"
          placeholder="https://youralliance.org/feed.json"
          .value=${live(state.feedInput)}
          aria-describedby="feed-status feed-advice"
          @input=${(event: Event) => setFeedInput((event.target as HTMLInputElement).value)}
        />
        <button type="button" class="secondary" @click=${() => ((state.feedInput = SAMPLE_FEED), loadFeed())}>Use the sample feed</button>
      </div>
      <p id="feed-status" class="status" role="status">${feedStatus()}</p>
      ${adviceList(advice.filter((item) => item.field === 'feed'), 'feed-advice')}
      ${state.feed?.error && state.feedUrl
        ? html`<button type="button" class="secondary" @click=${() => void getFeedSource(state.feedUrl!).load()}>Try again</button>`
        : nothing}
      ${issuesList()}
    </fieldset>

    <fieldset>
      <legend>3. Options for the ${element.title.toLowerCase()}</legend>
      ${element.options.map((option) => optionField(option, state.values[state.element][option.attribute], feed, advice))}
    </fieldset>

    <fieldset>
      <legend>4. Look and language</legend>
      ${COMMON_OPTIONS.map((option) => optionField(option, state.common[option.attribute], feed, advice))}
      <p class="hint">Colours (leave unticked to use the alliance’s brand colours from the feed):</p>
      <div class="colors">
        ${COLOR_OPTIONS.map(
          (color) => html`<div class="color">
            <input
              type="checkbox"
              id="color-${color.name}-on"
              .checked=${live(!!state.colors[color.name])}
              @change=${(event: Event) => {
                if ((event.target as HTMLInputElement).checked) state.colors[color.name] = (document.getElementById(`color-${color.name}`) as HTMLInputElement).value;
                else delete state.colors[color.name];
                update();
              }}
            />
            <label for="color-${color.name}-on">${color.label}</label>
            <input
              type="color"
              id="color-${color.name}"
              aria-label="${color.label} colour"
              .value=${live(state.colors[color.name] ?? defaultColor(color.name))}
              @input=${(event: Event) => ((state.colors[color.name] = (event.target as HTMLInputElement).value), update())}
            />
          </div>`,
        )}
      </div>
    </fieldset>

    <fieldset>
      <legend>5. Fallback link</legend>
      <p class="hint">Shown until the element has loaded, and to visitors without JavaScript (and to search engines).</p>
      <label for="fallback-text">Link text</label>
      <input id="fallback-text" type="text" .value=${live(fallback.text)} @input=${(event: Event) => editFallback({ text: (event.target as HTMLInputElement).value })} />
      <label for="fallback-href">Link address</label>
      <input
        id="fallback-href"
        type="url"
        .value=${live(fallback.href)}
        aria-describedby="fallback-advice"
        @input=${(event: Event) => editFallback({ href: (event.target as HTMLInputElement).value })}
      />
      ${adviceList(advice.filter((item) => item.field === 'fallback'), 'fallback-advice')}
    </fieldset>

    <fieldset>
      <legend>6. Where the script comes from</legend>
      <label for="script-source">Served by</label>
      <select id="script-source" @change=${(event: Event) => ((state.source = (event.target as HTMLSelectElement).value as ScriptSource), update())}>
        <option value="jsdelivr" ?selected=${state.source === 'jsdelivr'}>jsDelivr (CDN)</option>
        <option value="unpkg" ?selected=${state.source === 'unpkg'}>unpkg (CDN)</option>
        <option value="self" ?selected=${state.source === 'self'}>My own server (a copy of dist/)</option>
      </select>
      ${state.source === 'self'
        ? html`<label for="self-base">Address of your copy of dist/</label>
            <input id="self-base" type="url" .value=${live(state.selfBase)} @input=${(event: Event) => ((state.selfBase = (event.target as HTMLInputElement).value), update())} />`
        : html`<label class="choice"
            ><input type="checkbox" .checked=${live(state.pinned)} @change=${(event: Event) => ((state.pinned = (event.target as HTMLInputElement).checked), update())} />
            Pin version ${KIT_VERSION} with an integrity hash (unticked: always the latest ${KIT_VERSION.split('.')[0]}.x, no hash)</label
          >`}
      <label class="choice"
        ><input type="checkbox" .checked=${live(state.script === 'autoload')} @change=${(event: Event) => ((state.script = (event.target as HTMLInputElement).checked ? 'autoload' : 'bundle'), update())} />
        Use the small autoloader (loads only the elements on the page; no integrity hash for what it loads)</label
      >
    </fieldset>
  `;
}

function optionField(option: ElementOption, value: string | undefined, feed: Feed | null, advice: Advice[]): TemplateResult {
  const id = `option-${option.attribute}`;
  const own = advice.filter((item) => item.field === option.attribute);
  const describedBy = [option.help ? `${id}-help` : '', own.length ? `${id}-advice` : ''].filter(Boolean).join(' ') || nothing;
  const help = option.help ? html`<span class="hint" id="${id}-help">${option.help}</span>` : nothing;
  const kind = option.kind;
  if (kind.type === 'flag') {
    return html`<div class="field">
      <label class="choice"
        ><input id=${id} type="checkbox" aria-describedby=${describedBy} .checked=${live(value !== undefined)} @change=${(event: Event) => setValue(option, (event.target as HTMLInputElement).checked ? '' : undefined)} />
        ${option.label}</label
      >
      ${help} ${adviceList(own, `${id}-advice`)}
    </div>`;
  }
  let control: TemplateResult;
  const onInput = (event: Event) => setValue(option, (event.target as HTMLInputElement | HTMLSelectElement).value);
  if (kind.type === 'choice' || (kind.type === 'text' && option.attribute === 'lang')) {
    const values: [string, string][] =
      kind.type === 'choice' ? [['', '(default)'], ...kind.values.map((item): [string, string] => [item, item])] : LANGUAGES;
    control = html`<select id=${id} aria-describedby=${describedBy} @change=${onInput}>
      ${values.map(([item, label]) => html`<option value=${item} ?selected=${(value ?? '') === item}>${label}</option>`)}
    </select>`;
  } else if (kind.type === 'feed-id' && feed) {
    const items = kind.of === 'space' ? feed.spaces.map((space) => [space.id, space.status === 'active' ? space.name : `${space.name} (lapsed)`]) : feed.passes.map((pass) => [pass.id, pass.name]);
    const known = !value || items.some(([itemId]) => itemId === value);
    control = html`<select id=${id} aria-describedby=${describedBy} @change=${onInput}>
      <option value="" ?selected=${!value}>(none)</option>
      ${known ? nothing : html`<option value=${value!} selected>${value} (not in the feed)</option>`}
      ${items.map(([itemId, label]) => html`<option value=${itemId!} ?selected=${value === itemId}>${label}</option>`)}
    </select>`;
  } else {
    const type = kind.type === 'integer' ? 'number' : kind.type === 'https-url' ? 'url' : 'text';
    control = html`<input
      id=${id}
      type=${type}
      min=${kind.type === 'integer' ? kind.min : nothing}
      max=${kind.type === 'integer' ? kind.max : nothing}
      placeholder=${kind.type === 'feed-id' ? `${kind.of} id` : nothing}
      aria-describedby=${describedBy}
      .value=${live(value ?? '')}
      @input=${onInput}
    />`;
  }
  return html`<div class="field"><label for=${id}>${option.label}</label>${control}${help} ${adviceList(own, `${id}-advice`)}</div>`;
}

function feedStatus(): string {
  if (!state.feedInput.trim()) return 'Paste the address of your alliance’s feed, or try the sample feed.';
  const feed = state.feed;
  if (!feed) return state.feedAddressProblem ? 'This address cannot be used.' : 'Checking…';
  if (feed.status === 'loading') return 'Loading the feed…';
  if (feed.feed) {
    const { alliance, spaces, passes, events } = feed.feed;
    return `✓ ${alliance.name}: ${spaces.length} spaces, ${passes.length} passes, ${events.length} events${feed.stale ? ' (a stored copy)' : ''}.`;
  }
  return '✗ The feed could not be used (see below).';
}

function issuesList(): TemplateResult | typeof nothing {
  const issues = state.feed?.issues ?? [];
  if (issues.length === 0) return nothing;
  return html`<details class="issues">
    <summary>${issues.length === 1 ? '1 thing to fix in the feed' : `${issues.length} things to fix in the feed`}</summary>
    <ul>
      ${issues.slice(0, 50).map(
        (issue) => html`<li>
          <strong>${issue.severity === 'error' ? 'Left out:' : 'Warning:'}</strong>
          ${issue.path ? html`<code>${issue.path}</code> ` : nothing}${issue.message}${issue.value ? html` (<code>${issue.value}</code>)` : nothing}
        </li>`,
      )}
    </ul>
  </details>`;
}

function adviceList(advice: Advice[], id: string): TemplateResult | typeof nothing {
  if (advice.length === 0) return nothing;
  const label = { error: 'Problem:', warning: 'Check:', info: 'Note:' };
  return html`<ul class="advice" id=${id}>
    ${advice.map((item) => html`<li class=${item.level}><strong>${label[item.level]}</strong> ${item.message}</li>`)}
  </ul>`;
}

function codeView(choice: EmbedChoice | null, advice: Advice[]): TemplateResult {
  const general = advice.filter((item) => !item.field);
  const blocking = advice.filter((item) => item.level === 'error');
  if (!choice) {
    return html`<section class="builder-code" aria-labelledby="code-heading">
      <h2 id="code-heading">Your code</h2>
      <p>Enter your feed address (step 2) to get the code.</p>
    </section>`;
  }
  const snippet = buildSnippet(state.target, choice, currentDelivery());
  return html`<section class="builder-code" aria-labelledby="code-heading">
    <h2 id="code-heading">Your code</h2>
    <fieldset>
      <legend>Where will you paste it?</legend>
      <div class="choices">
        ${SNIPPET_TARGETS.map(
          ({ target, title }) => html`<label class="choice">
            <input type="radio" name="target" .checked=${live(target === state.target)} @change=${() => ((state.target = target), update())} />
            ${title}
          </label>`,
        )}
      </div>
    </fieldset>
    ${blocking.length > 0
      ? html`<p class="advice-summary" role="alert">Fix ${blocking.length === 1 ? 'the problem' : `the ${blocking.length} problems`} marked “Problem” first: this code would show an error on your site.</p>`
      : nothing}
    ${adviceList(general, 'general-advice')}
    <ol class="steps">
      ${snippet.steps.map((step) => html`<li>${step}</li>`)}
    </ol>
    <label for="snippet-code">${snippet.title} code</label>
    <textarea id="snippet-code" readonly rows=${Math.min(24, snippet.code.split('\n').length + 1)} spellcheck="false" .value=${live(snippet.code)}></textarea>
    <div class="row">
      <button type="button" @click=${() => void copy(snippet.code, snippet.target)}>Copy the code</button>
      <span role="status" class="status">${state.copied === snippet.target ? 'Copied.' : ''}</span>
    </div>
    ${snippet.notes.length > 0 ? html`<ul class="notes">${snippet.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
    ${state.script === 'bundle' && state.pinned && !state.integrity && state.source !== 'self'
      ? html`<p class="hint">No integrity hash yet: this version’s dist/integrity.json was not found (run <code>npm run build</code>, or the version is not published).</p>`
      : nothing}
  </section>`;
}

function editFallback(edit: Partial<FallbackLink>): void {
  state.fallbackEdits[state.element] = { ...state.fallbackEdits[state.element], ...edit };
  update();
}

function defaultColor(name: ColorName): string {
  return { primary: '#2456d6', 'on-primary': '#ffffff', link: '#1d4ed8', surface: '#ffffff', text: '#1b2130' }[name];
}

// ------------------------------------------------------------------------------------------- preview

let previewNode: HTMLElement | null = null;
let previewFrameId = '';

/** Renders the real element (or, for the iframe targets, the real embed page) with the chosen options. */
function syncPreview(choice: EmbedChoice | null): void {
  if (!choice) {
    previewStage.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'The preview appears once the feed address is set.' }));
    previewNode = null;
    return;
  }
  previewStage.classList.toggle('dark', state.common['theme'] === 'dark');
  if (IFRAME_TARGETS.includes(state.target)) {
    const src = embedPageUrl(choice, { base: LOCAL_EMBED_BASE });
    if (!(previewNode instanceof HTMLIFrameElement)) {
      previewNode = document.createElement('iframe');
      previewNode.className = 'preview-frame';
      previewStage.replaceChildren(previewNode);
    }
    const frame = previewNode as HTMLIFrameElement;
    frame.title = `Preview: ${choice.fallback.text}`;
    previewFrameId = `alliance-${choice.element}`;
    if (frame.getAttribute('src') !== src) {
      frame.style.height = `${currentElement().initialHeight}px`;
      frame.src = src;
    }
    return;
  }
  const element = currentElement();
  if (!previewNode || previewNode.localName !== element.tag) {
    previewNode = document.createElement(element.tag);
    previewStage.replaceChildren(previewNode);
  }
  const node = previewNode;
  const wanted = new Map<string, string>([['feed', choice.feed], ...checkedAttributes(choice).map(([option, value]): [string, string] => [option.attribute, value])]);
  for (const name of node.getAttributeNames()) if (name !== 'style' && !wanted.has(name)) node.removeAttribute(name);
  for (const [name, value] of wanted) if (node.getAttribute(name) !== value) node.setAttribute(name, value);
  for (const color of COLOR_OPTIONS) {
    const value = choice.colors?.[color.name];
    if (value) node.style.setProperty(color.property, value);
    else node.style.removeProperty(color.property);
  }
  const link = node.querySelector('a') ?? node.appendChild(document.createElement('a'));
  link.textContent = choice.fallback.text;
  link.href = choice.fallback.href || '#';
}

addEventListener('message', (event: MessageEvent) => {
  const frame = previewNode instanceof HTMLIFrameElement ? previewNode : null;
  const data = event.data as { type?: unknown; height?: unknown; id?: unknown } | null;
  if (!frame || event.source !== frame.contentWindow || data?.type !== RESIZE_MESSAGE_TYPE || data.id !== previewFrameId) return;
  if (typeof data.height === 'number' && data.height >= 0 && data.height <= 20_000) frame.style.height = `${Math.ceil(data.height)}px`;
});

// builder.html?feed=…&element=…&target=… opens with those choices (links from the docs, tests).
const startWith = new URLSearchParams(location.search);
const startElement = embeddableElement(startWith.get('element') ?? '');
if (startElement) state.element = startElement.key;
const startTarget = SNIPPET_TARGETS.find(({ target }) => target === startWith.get('target'));
if (startTarget) state.target = startTarget.target;
const startFeed = startWith.get('feed');
state.feedInput = startFeed ?? '';
if (startFeed) loadFeed();
update();
void loadIntegrity();
