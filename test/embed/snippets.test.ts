import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/schema.js';
import { buildSnippet, cdnBase, embedPageUrl, fallbackFor, SNIPPET_TARGETS, type Delivery, type EmbedChoice } from '../../src/embed/snippets.js';
import { pinClock, resetFeedTestState, sampleFeed, until } from '../helpers/feed.js';

const FEED = 'https://alliance.example/feed.json';
const HASH = 'sha384-AAAAbbbbCCCCddddEEEEffffGGGGhhhhIIIIjjjjKKKKllllMMMMnnnnOOOOpppp';
const pinned: Delivery = { base: cdnBase('jsdelivr', '0.1.0'), script: 'bundle', integrity: { 'alliance-kit.js': HASH } };

const directory: EmbedChoice = {
  element: 'directory',
  feed: FEED,
  attributes: { layout: 'list', 'current-space': 'lakeside', 'exclude-current': '', limit: '12', kinds: 'makerspace studio', 'show-filters': 'false', theme: 'dark', lang: 'fr' },
  colors: { primary: '#AA3300' },
  fallback: { href: 'https://alliance.example/members', text: 'Member spaces of Prairie & Peaks' },
};

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

describe('embed snippets', () => {
  afterEach(resetFeedTestState);

  it('HTML: a pinned script with its integrity hash, the element with the chosen options, and a fallback link', () => {
    const { code, language } = buildSnippet('html', directory, pinned);
    expect(language).to.equal('html');
    const body = parse(code);
    const script = body.querySelector('script')!;
    expect(script.type).to.equal('module');
    expect(script.getAttribute('src')).to.equal('https://cdn.jsdelivr.net/npm/alliance-kit@0.1.0/dist/alliance-kit.js');
    expect(script.getAttribute('integrity')).to.equal(HASH);
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    const element = body.querySelector('alliance-directory')!;
    expect(element.getAttributeNames()).to.deep.equal(['feed', 'current-space', 'exclude-current', 'layout', 'limit', 'kinds', 'show-filters', 'theme', 'lang', 'style']);
    expect(element.getAttribute('feed')).to.equal(FEED);
    expect(element.getAttribute('exclude-current')).to.equal('');
    expect(element.getAttribute('kinds')).to.equal('makerspace studio');
    expect(element.getAttribute('style')).to.equal('--alliance-color-primary: #aa3300');
    const link = element.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://alliance.example/members');
    expect(link.textContent).to.equal('Member spaces of Prairie & Peaks');
  });

  it('an evergreen URL carries no hash; the autoloader is offered too', () => {
    const evergreen = buildSnippet('html', directory, { base: cdnBase('unpkg', '0'), script: 'autoload' }).code;
    const script = parse(evergreen).querySelector('script')!;
    expect(script.getAttribute('src')).to.equal('https://unpkg.com/alliance-kit@0/dist/alliance-autoload.js');
    expect(script.hasAttribute('integrity')).to.equal(false);
  });

  it('leaves out unknown attributes and invalid values, and escapes everything from the feed', () => {
    const hostile: EmbedChoice = {
      element: 'events',
      feed: 'https://alliance.example/feed.json?a=1&b="2"',
      attributes: { layout: 'carousel', onclick: 'alert(1)', limit: '5"><script>alert(1)</script>', tags: 'mixer' },
      colors: { primary: 'red;background:url(x)', link: '#123456' },
      fallback: { href: 'javascript:alert(1)', text: '</alliance-events><script>alert("x")</script>' },
    };
    const code = buildSnippet('html', hostile, pinned).code;
    const body = parse(code);
    expect(body.querySelectorAll('script')).to.have.length(1); // only the kit's own
    const element = body.querySelector('alliance-events')!;
    expect(element.getAttributeNames()).to.deep.equal(['feed', 'tags', 'style']);
    expect(element.getAttribute('feed')).to.equal('https://alliance.example/feed.json?a=1&b="2"');
    expect(element.getAttribute('style')).to.equal('--alliance-color-link: #123456');
    expect(element.querySelector('a')).to.equal(null); // a javascript: link is never written
    expect(element.textContent!.trim()).to.equal('</alliance-events><script>alert("x")</script>');
  });

  it('WordPress, Squarespace and Webflow get the same element code, with their own steps and no blank lines', () => {
    const html = buildSnippet('html', directory, pinned).code;
    for (const [target, place] of [['wordpress', 'Custom HTML'], ['squarespace', 'Code'], ['webflow', 'Code Embed']] as const) {
      const snippet = buildSnippet(target, directory, pinned);
      expect(snippet.code, target).to.equal(html);
      expect(snippet.code, target).not.to.match(/\n\s*\n/); // WordPress turns blank lines into paragraphs
      expect(snippet.steps.join(' '), target).to.contain(place);
    }
  });

  it('iframe: the embed page URL with the same options, a resize script that checks window, origin and shape', () => {
    const snippet = buildSnippet('iframe', { ...directory, frameId: 'members-frame' }, pinned);
    const body = parse(snippet.code);
    const frame = body.querySelector('iframe')!;
    expect(frame.id).to.equal('members-frame');
    const src = new URL(frame.getAttribute('src')!);
    expect(src.origin + src.pathname).to.equal('https://cdn.jsdelivr.net/npm/alliance-kit@0.1.0/dist/embed.html');
    expect(Object.fromEntries(src.searchParams)).to.deep.equal({
      element: 'directory',
      feed: FEED,
      'current-space': 'lakeside',
      'exclude-current': '',
      layout: 'list',
      limit: '12',
      kinds: 'makerspace studio',
      'show-filters': 'false',
      theme: 'dark',
      lang: 'fr',
      'color-primary': 'aa3300',
      id: 'members-frame',
    });
    expect(frame.getAttribute('title')).to.equal('Member spaces of Prairie & Peaks');
    expect(body.querySelector('#members-frame-fallback a')!.getAttribute('href')).to.equal('https://alliance.example/members');
    const script = body.querySelector('script')!.textContent!;
    expect(script).to.contain('event.source !== frame.contentWindow');
    expect(script).to.contain('event.origin !== "https://cdn.jsdelivr.net"');
    expect(script).to.contain('data.type !== "alliance-kit:resize"');
    expect(script).to.contain('data.id !== "members-frame"');
    expect(script).to.contain("frame.style.height = Math.ceil(data.height) + 'px'");
  });

  it('leaves page-only options (structured data) out of the iframe URL', () => {
    const url = new URL(embedPageUrl({ ...directory, attributes: { 'structured-data': '', layout: 'grid' } }, pinned));
    expect(url.searchParams.has('structured-data')).to.equal(false);
    expect(url.searchParams.get('layout')).to.equal('grid');
  });

  it('Wix: the iframe fills the frame Wix gives it (Wix decides the size) and the caveats say so', () => {
    const snippet = buildSnippet('wix', directory, pinned);
    expect(parse(snippet.code).querySelector('iframe')!.getAttribute('style')).to.contain('height: 100vh');
    expect(snippet.code).not.to.contain('frame.style.height');
    expect(snippet.notes.join(' ')).to.contain('fixed size');
  });

  it('React: the wrapper component with typed props (camelCase, numbers, lists, booleans) and the fallback as children', () => {
    const snippet = buildSnippet('react', { ...directory, fallback: { href: 'https://alliance.example/members', text: 'Spaces {all} & more' } }, pinned);
    expect(snippet.language).to.equal('tsx');
    const code = snippet.code;
    expect(code).to.contain("import { AllianceDirectory } from 'alliance-kit/react';");
    expect(code).to.contain("'use client'");
    for (const prop of ['feed="https://alliance.example/feed.json"', 'currentSpace="lakeside"', 'excludeCurrent\n', 'limit={12}', 'kinds={["makerspace", "studio"]}', 'showFilters={false}', 'theme="dark"', 'lang="fr"', 'style={colors}']) {
      expect(code, prop).to.contain(prop);
    }
    expect(code).to.contain('const colors = { "--alliance-color-primary": "#aa3300" } as CSSProperties;');
    expect(code).to.contain('<a href="https://alliance.example/members">Spaces &#123;all&#125; &amp; more</a>');
  });

  it('every target emits a fallback link', () => {
    for (const { target } of SNIPPET_TARGETS) {
      expect(buildSnippet(target, directory, pinned).code, target).to.contain('<a href="https://alliance.example/members">');
    }
  });

  it('fallback links come from the feed: the alliance page, the pass checkout, the events page', async () => {
    pinClock('2026-11-28T12:00:00-06:00');
    const feed = parseFeed(await sampleFeed()).feed as Feed;
    expect(fallbackFor('badge', feed)).to.deep.equal({ href: feed.alliance.url, text: `Member of ${feed.alliance.name}` });
    expect(fallbackFor('directory', feed).href).to.equal(feed.alliance.url);
    const pass = feed.passes.find((item) => item.id === 'explorer-monthly')!;
    expect(fallbackFor('pass-button', feed, { pass: 'explorer-monthly' })).to.deep.equal({ href: pass.checkoutUrl, text: `Buy the ${pass.name}` });
    expect(fallbackFor('events', feed).href).to.equal(feed.alliance.eventsUrl ?? feed.alliance.url);
  });
});

// ------------------------------------------------------------------------------------------- end to end

const SAMPLE_FEED = new URL('/demo/sample-feed.json', location.href).href;
const built = (await fetch('/dist/integrity.json', { cache: 'no-store' })).ok;

/**
 * Loads `html` as a page of its own, the host page a user pastes into. A blob: URL rather than srcdoc: an
 * about:srcdoc page reports an opaque `location.origin`, so the loader would refuse the local http feed.
 */
async function hostPage(html: string): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  frame.style.width = '700px';
  frame.style.height = '500px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${html}</body></html>`;
  frame.src = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Window & typeof globalThis };
}

describe('embed snippets, pasted into a page', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  const events: EmbedChoice = {
    element: 'events',
    feed: SAMPLE_FEED,
    attributes: { layout: 'compact', limit: '2' },
    fallback: { href: 'https://prairieandpeaks.example/events', text: 'Upcoming events' },
  };

  it('HTML snippet (kit from src/): shows the fallback link at once, then the element renders the feed', async () => {
    const code = buildSnippet('html', events, { base: `${location.origin}/dist/`, script: 'bundle' }).code.replace(
      /src="[^"]+alliance-kit\.js"/,
      `src="${location.origin}/src/define.ts"`,
    );
    const { frame, win } = await hostPage(code);
    frames.push(frame);
    const element = win.document.querySelector('alliance-events')!;
    expect(element.querySelector('a')!.textContent).to.equal('Upcoming events');
    await until(() => !!element.shadowRoot?.querySelector('[part~="event"], [part~="empty"]'), 5000, 'the events');
    expect(element.getAttribute('layout')).to.equal('compact');
  });

  it('HTML snippet with the built file and its integrity hash (as published) renders', async function () {
    if (!built) {
      console.warn('[snippet test] skipped: dist/ is missing. Run `npm run build` before the tests.');
      this.skip();
    }
    const { files } = await (await fetch('/dist/integrity.json')).json();
    const code = buildSnippet('html', events, { base: `${location.origin}/dist/`, script: 'bundle', integrity: files }).code;
    expect(code).to.contain(files['alliance-kit.js']);
    const { frame, win } = await hostPage(code);
    frames.push(frame);
    await until(() => !!win.document.querySelector('alliance-events')?.shadowRoot?.querySelector('[part~="event"], [part~="empty"]'), 5000, 'the events');
  });

  it('iframe snippet: the iframe renders the element, grows to its height, hides the fallback, ignores look-alike messages', async () => {
    const choice: EmbedChoice = { ...events, element: 'directory', attributes: { layout: 'compact', limit: '3', 'show-filters': 'false' }, frameId: 'dir' };
    const code = buildSnippet('iframe', choice, { base: `${location.origin}/demo/`, script: 'bundle' }).code;
    const { frame, win } = await hostPage(code);
    frames.push(frame);
    const embed = win.document.getElementById('dir') as HTMLIFrameElement;
    const cards = () => embed.contentDocument?.querySelector('alliance-directory')?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0;
    await until(() => cards() === 3, 5000, 'three cards in the iframe');
    const contentHeight = () => Math.ceil(embed.contentDocument!.getElementById('embed')!.getBoundingClientRect().height);
    await until(() => embed.style.height === `${contentHeight()}px`, 3000, 'the iframe sized to its content');
    expect(win.document.getElementById('dir-fallback')!.hidden).to.equal(true);

    // The same message from another window (here: the host page itself) changes nothing.
    const height = embed.style.height;
    win.postMessage({ type: 'alliance-kit:resize', height: 5, id: 'dir' }, '*');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(embed.style.height).to.equal(height);
  });
});
