/**
 * demo/builder.html driven like an operator would: pick, paste, choose, copy; the copied code, pasted into a
 * page of its own, renders the element.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers/feed.js';

const SAMPLE_FEED = new URL('/demo/sample-feed.json', location.href).href;
const frames: HTMLIFrameElement[] = [];

async function openBuilder(query: Record<string, string>): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/builder.html?${new URLSearchParams(query)}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await until(() => !!doc.querySelector('#snippet-code') && /✓/.test(doc.getElementById('feed-status')?.textContent ?? ''), 5000, 'the builder with the feed loaded');
  return doc;
}

function choose(doc: Document, id: string, value: string): void {
  const control = doc.getElementById(id) as HTMLSelectElement | HTMLInputElement;
  control.value = value;
  control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true })); // another realm: no instanceof
}

function pickTarget(doc: Document, title: string): void {
  const label = [...doc.querySelectorAll('.builder-code label.choice')].find((item) => item.textContent!.trim() === title)!;
  label.querySelector('input')!.click();
}

const code = (doc: Document) => (doc.getElementById('snippet-code') as HTMLTextAreaElement).value;

/** The page a user pastes the code into (a blob: URL, so it has this origin). */
async function pasteIntoPage(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '700px';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = URL.createObjectURL(new Blob([`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${html}</body></html>`], { type: 'text/html' }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('embed-code builder', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('fills the space list from the feed, and the snippet and preview follow every choice', async () => {
    const doc = await openBuilder({ feed: SAMPLE_FEED, element: 'badge' });
    const spaces = [...(doc.getElementById('option-space') as HTMLSelectElement).options].map((option) => option.value);
    expect(spaces).to.include('crossroads-commons');
    expect(doc.querySelector('.advice .error')!.textContent).to.contain('The badge needs your space');

    choose(doc, 'option-space', 'crossroads-commons');
    choose(doc, 'option-variant', 'compact');
    choose(doc, 'option-theme', 'dark');
    const html = code(doc);
    expect(html).to.contain('<alliance-badge feed="' + SAMPLE_FEED + '" space="crossroads-commons" variant="compact" theme="dark">');
    expect(html).to.match(/<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/alliance-kit@\d+\.\d+\.\d+\/dist\/alliance-kit\.js"/);
    expect(html).to.contain('<a href="https://prairieandpeaks.example/">Member of Prairie &amp; Peaks Coworking Alliance</a>');
    expect(doc.querySelector('.advice .error')).to.equal(null);

    const preview = doc.querySelector('.preview-stage alliance-badge')!;
    expect(preview.getAttribute('space')).to.equal('crossroads-commons');
    expect(preview.getAttribute('variant')).to.equal('compact');
    await until(() => !!preview.shadowRoot?.querySelector('[part~="badge"]'), 3000, 'the preview badge');
  });

  it('gives every target its own code for the same choices', async () => {
    const doc = await openBuilder({ feed: SAMPLE_FEED, element: 'events' });
    choose(doc, 'option-layout', 'compact');
    choose(doc, 'option-limit', '2');
    const html = code(doc);
    for (const title of ['WordPress', 'Squarespace', 'Webflow']) {
      pickTarget(doc, title);
      expect(code(doc), title).to.equal(html);
      expect(doc.querySelector('.steps')!.textContent, title).to.contain(title === 'WordPress' ? 'Custom HTML' : title === 'Squarespace' ? 'Code' : 'Code Embed');
    }
    pickTarget(doc, 'iframe (other hosts)');
    const iframe = new DOMParser().parseFromString(code(doc), 'text/html').querySelector('iframe')!;
    const src = new URL(iframe.getAttribute('src')!);
    expect(src.pathname).to.match(/\/dist\/embed\.html$/);
    expect(src.searchParams.get('element')).to.equal('events');
    expect(src.searchParams.get('layout')).to.equal('compact');
    expect(src.searchParams.get('limit')).to.equal('2');
    pickTarget(doc, 'npm / React');
    expect(code(doc)).to.contain('<AllianceEvents').and.contain('layout="compact"').and.contain('limit={2}');
  });

  it('the copied HTML code renders the element on a page (kit from src/ instead of the CDN)', async () => {
    const doc = await openBuilder({ feed: SAMPLE_FEED, element: 'directory' });
    choose(doc, 'option-layout', 'compact');
    choose(doc, 'option-limit', '2');
    choose(doc, 'option-show-filters', 'false');
    const page = await pasteIntoPage(code(doc).replace(/src="https:\/\/cdn[^"]+"\s+integrity="[^"]+" crossorigin="anonymous"|src="https:\/\/cdn[^"]+"/, `src="${location.origin}/src/define.ts"`));
    const element = page.querySelector('alliance-directory')!;
    expect(element.querySelector('a')).to.exist; // the fallback, until it upgrades
    await until(() => element.shadowRoot?.querySelectorAll('[part~="card"]').length === 2, 5000, 'two cards');
  });

  it('the copied iframe code renders the element and sizes the iframe (embed page from demo/ instead of the CDN)', async () => {
    const doc = await openBuilder({ feed: SAMPLE_FEED, element: 'events', target: 'iframe' });
    choose(doc, 'option-limit', '1');
    const snippet = code(doc).replaceAll('https://cdn.jsdelivr.net', location.origin).replace(/\/npm\/alliance-kit@[^/]+\/dist\//, '/demo/');
    const page = await pasteIntoPage(snippet);
    const frame = page.querySelector('iframe')!;
    await until(() => !!frame.contentDocument?.querySelector('alliance-events')?.shadowRoot?.querySelector('[part~="event"], [part~="empty"]'), 5000, 'the events in the iframe');
    const height = () => Math.ceil(frame.contentDocument!.getElementById('embed')!.getBoundingClientRect().height);
    await until(() => frame.style.height === `${height()}px`, 3000, 'the iframe sized to its content');
  });

  it('explains an unusable feed address in plain words', async () => {
    const frame = document.createElement('iframe');
    frames.push(frame);
    frame.src = `/demo/builder.html?${new URLSearchParams({ feed: 'http://alliance.example/feed.json' })}`;
    document.body.append(frame);
    await until(() => !!frame.contentDocument?.querySelector('#feed-advice'), 5000, 'the advice');
    expect(frame.contentDocument!.getElementById('feed-advice')!.textContent).to.contain('publish the feed over https');

    frame.src = `/demo/builder.html?${new URLSearchParams({ feed: new URL('/demo/no-such-feed.json', location.href).href })}`;
    await until(() => /404/.test(frame.contentDocument?.getElementById('feed-advice')?.textContent ?? ''), 5000, 'the 404');
  });
});
