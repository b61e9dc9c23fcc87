/**
 * The built script-tag files, exactly as a CDN serves them (dist/ is served byte for byte). These tests
 * need `npm run build` first; without dist/ they are skipped with a message saying so.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers/feed.js';

interface PageLog {
  errors: string[];
  warnings: string[];
}
type FrameWindow = Window & typeof globalThis & { pageLog: PageLog; allianceKit?: { versions: string[] } };

const built = (await fetch('/dist/integrity.json', { cache: 'no-store' })).ok;
const integrity: { version: string; files: Record<string, string> } | null = built ? await (await fetch('/dist/integrity.json')).json() : null;

const frames: HTMLIFrameElement[] = [];
async function openPage(src: string): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}

/** Adds a module script to the page and waits for it to run. */
function addModule(win: FrameWindow, src: string, attributes: Record<string, string> = {}): Promise<void> {
  const script = win.document.createElement('script');
  script.type = 'module';
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.src = src;
  const done = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} did not load`)), { once: true });
  });
  win.document.head.append(script);
  return done;
}

const rendered = (win: FrameWindow, tag: string, selector: string) => !!win.document.querySelector(tag)?.shadowRoot?.querySelector(selector);
const elementRequests = (win: FrameWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/elements/'))
    .map((path) => path.slice('/dist/elements/'.length))
    .sort();

describe('built script-tag files (dist/)', function () {
  before(function () {
    if (!built) {
      console.warn('[dist tests] skipped: dist/ is missing. Run `npm run build` before the tests.');
      this.skip();
    }
  });

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('alliance-kit.js loaded twice: no exception, no warning, the elements work', async () => {
    const win = await openPage('/test/embed/fixtures/double-load.html');
    await until(() => rendered(win, 'alliance-badge', '[part~="badge"]') && rendered(win, 'alliance-directory', '[part~="card"]'), 5000, 'both elements');
    expect(win.pageLog.errors).to.deep.equal([]);
    expect(win.pageLog.warnings).to.deep.equal([]);
    expect(win.allianceKit?.versions).to.deep.equal([integrity!.version]);
    // Both copies really ran: the second one found every tag taken.
    expect(win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/dist/alliance-kit.js'))).to.have.length(2);
  });

  it('next to another version of the kit: the first definition wins and each tag is reported once', async () => {
    const win = await openPage('/test/embed/fixtures/blank.html');
    await addModule(win, '/dist/alliance-kit.js');
    const source = await (await fetch('/dist/alliance-kit.js')).text();
    const olderSource = source.replace(new RegExp(`([\`"'])${integrity!.version.replace(/\./g, '\\.')}\\1`, 'g'), '$10.0.9$1');
    expect(olderSource).not.to.equal(source);
    const blobUrl = URL.createObjectURL(new Blob([olderSource], { type: 'text/javascript' }));
    const firstBadge = win.customElements.get('alliance-badge');
    await addModule(win, blobUrl);
    expect(win.customElements.get('alliance-badge')).to.equal(firstBadge);
    expect(win.pageLog.errors).to.deep.equal([]);
    expect(win.allianceKit?.versions).to.deep.equal([integrity!.version, '0.0.9']);
    const warned = win.pageLog.warnings.filter((text) => text.includes('is already defined by alliance-kit'));
    expect(warned.map((text) => /<([a-z-]+)>/.exec(text)![1]).sort()).to.deep.equal(
      ['alliance-badge', 'alliance-directory', 'alliance-events', 'alliance-feed', 'alliance-pass-button'],
    );
  });

  it('adds no page-wide names except allianceKit (and the version registries Lit shares with every Lit element)', async () => {
    const win = await openPage('/test/embed/fixtures/blank.html');
    const before = new Set(Object.getOwnPropertyNames(win));
    await addModule(win, '/dist/alliance-kit.js');
    const added = Object.getOwnPropertyNames(win).filter((name) => !before.has(name)).sort();
    expect(added).to.include('allianceKit');
    const litShared = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];
    expect(added.filter((name) => name !== 'allianceKit' && !litShared.includes(name))).to.deep.equal([]);
  });

  it('integrity.json holds the sha384 of each file as served, and the browser accepts it', async () => {
    for (const file of ['alliance-kit.js', 'alliance-autoload.js', 'embed.js']) {
      const bytes = await (await fetch(`/dist/${file}`)).arrayBuffer();
      const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
      expect(integrity!.files[file], file).to.equal(`sha384-${digest}`);
    }
    const win = await openPage('/test/embed/fixtures/blank.html');
    await addModule(win, '/dist/alliance-kit.js', { integrity: integrity!.files['alliance-kit.js']!, crossorigin: 'anonymous' });
    expect(win.customElements.get('alliance-directory')).to.exist;
    const tampered = await openPage('/test/embed/fixtures/blank.html');
    let refused = false;
    await addModule(tampered, '/dist/alliance-kit.js?tampered', { integrity: integrity!.files['alliance-autoload.js']!, crossorigin: 'anonymous' }).catch(() => {
      refused = true;
    });
    expect(refused, 'a wrong hash is refused').to.equal(true);
    expect(tampered.customElements.get('alliance-directory')).to.equal(undefined);
  });

  it('the autoloader loads only the modules for the tags on the page, and picks up tags added later', async () => {
    const win = await openPage('/test/embed/fixtures/autoload.html');
    await until(() => rendered(win, 'alliance-badge', '[part~="badge"]'), 5000, 'the badge');
    expect(elementRequests(win)).to.deep.equal(['alliance-badge.js', 'alliance-feed.js']);
    expect(win.customElements.get('alliance-directory')).to.equal(undefined);
    expect(win.customElements.get('alliance-events')).to.equal(undefined);

    // A CMS or a single-page app adds an element later, deep inside other markup.
    const later = win.document.createElement('div');
    later.innerHTML = '<section><alliance-events limit="1"><a href="https://prairieandpeaks.example/events">Events</a></alliance-events></section>';
    win.document.querySelector('alliance-feed')!.append(later);
    await until(() => rendered(win, 'alliance-events', '[part~="event"], [part~="empty"]'), 5000, 'the events added later');
    expect(elementRequests(win)).to.deep.equal(['alliance-badge.js', 'alliance-events.js', 'alliance-feed.js']);
    expect(win.customElements.get('alliance-directory')).to.equal(undefined);
    expect(win.pageLog.errors).to.deep.equal([]);
  });

  it('the autoloader stays small (under 2 KB brotli is checked by the build; here: under 2 KB raw)', async () => {
    const size = (await (await fetch('/dist/alliance-autoload.js')).arrayBuffer()).byteLength;
    expect(size).to.be.lessThan(2048);
  });
});
