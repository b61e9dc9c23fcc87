/**
 * The demo pages, opened in an iframe of a given width (the iframe is the page's viewport, so media and
 * container queries answer as on a phone or a desktop), in the light or the dark: the page's own dark style,
 * `theme="dark"` on every element, and `prefers-color-scheme: dark` for those with `theme="auto"`.
 */
import { emulateMedia } from '@web/test-runner-commands';
// @ts-expect-error: a plain .mjs script without type declarations
import { settleKitElements } from '../../scripts/settle-kit-elements.mjs';

export interface DemoPage {
  name: string;
  /** Path from the server root. */
  path: string;
  /** Only when this file is served (the strict-CSP page runs the built kit). */
  needs?: string;
}

const SAMPLE_FEED = new URL('/demo/sample-feed.json', location.href).href;

export const DEMO_PAGES: readonly DemoPage[] = [
  { name: 'overview', path: '/demo/index.html' },
  { name: 'feed', path: '/demo/feed.html' },
  { name: 'badge', path: '/demo/badge.html' },
  { name: 'directory', path: '/demo/directory.html' },
  { name: 'directory-large', path: '/demo/directory-large.html' },
  { name: 'events', path: '/demo/events.html' },
  { name: 'pass', path: '/demo/pass.html' },
  { name: 'builder', path: '/demo/builder.html' },
  { name: 'embed', path: `/demo/embed.html?${new URLSearchParams({ element: 'events', feed: SAMPLE_FEED, limit: '4' })}` },
  { name: 'csp', path: '/demo/csp.html', needs: '/dist/alliance-kit.js' },
];

export type Theme = 'light' | 'dark';

export interface OpenDemo {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  close(): void;
}

/** Whether the page can be opened here (the built kit exists, for the CSP page). */
export async function available(page: DemoPage): Promise<boolean> {
  if (!page.needs) return true;
  const response = await fetch(page.needs, { method: 'HEAD', cache: 'no-store' });
  return response.ok;
}

/** Opens `page` `width` pixels wide in `theme`, and waits until its elements have rendered their feed. */
export async function openDemo(page: DemoPage, width: number, theme: Theme, height = 900): Promise<OpenDemo> {
  await emulateMedia({ colorScheme: theme });
  const frame = document.createElement('iframe');
  frame.title = page.name;
  // A dark host page behind pages that paint no background of their own (the iframe embed page).
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block; background: ${theme === 'dark' ? '#0f1115' : '#ffffff'};`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = page.path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  if (theme === 'dark') {
    doc.body.classList.add('dark');
    // Every element in its dark theme (they reflect theme="light" by default); theme="auto" follows the media query.
    for (const element of kitElements(doc)) if (element.getAttribute('theme') !== 'auto') element.setAttribute('theme', 'dark');
  }
  await settle(doc);
  await layOutEverything(doc);
  return {
    frame,
    win,
    doc,
    close: () => frame.remove(),
  };
}

/**
 * Lays out what `content-visibility: auto` skips until it is scrolled near (long event lists do that): the
 * checks measure the whole page at once, while a visitor sees each part laid out by the time it is on screen.
 */
async function layOutEverything(doc: Document): Promise<void> {
  const win = doc.defaultView!;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  for (const element of kitElements(doc)) {
    const root = element.shadowRoot;
    if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}

/** Every kit element in the page (the `<alliance-feed>` providers render nothing of their own). */
export function kitElements(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('*')].filter((node) => node.localName.startsWith('alliance-') && node.localName !== 'alliance-feed');
}

/** Waits until the page's kit elements have rendered (see scripts/settle-kit-elements.mjs). */
export function settle(doc: Document, timeout = 8000): Promise<void> {
  return settleKitElements(doc, timeout);
}
