/**
 * The demo pages, opened in an iframe of a given width (the iframe is the page's viewport, so media and
 * container queries answer as on a phone or a desktop), in the light or the dark: the page's own dark style,
 * `theme="dark"` on every element, and `prefers-color-scheme: dark` for those with `theme="auto"`.
 */
import { emulateMedia } from '@web/test-runner-commands';

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
  return {
    frame,
    win,
    doc,
    close: () => frame.remove(),
  };
}

/** Every kit element in the page (the `<alliance-feed>` providers render nothing of their own). */
export function kitElements(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('*')].filter((node) => node.localName.startsWith('alliance-') && node.localName !== 'alliance-feed');
}

function rendered(element: HTMLElement): boolean {
  const root = element.shadowRoot;
  if (!root) return false;
  // Still loading: the shared spinner or the directory's skeleton (an error or a fallback counts as done).
  return !root.querySelector('.status.loading, [part~="loading"]');
}

/**
 * Waits for the elements to show their feed (or their error), then for the fonts and two frames. Demo sections
 * that stay loading on purpose (a feed that never answers) are given up on once nothing has changed for a second.
 */
export async function settle(doc: Document, timeout = 8000): Promise<void> {
  const start = performance.now();
  let loading = -1;
  let changed = start;
  for (;;) {
    const now = performance.now();
    const elements = kitElements(doc);
    const stillLoading = elements.filter((element) => !rendered(element)).length;
    if (stillLoading !== loading) {
      loading = stillLoading;
      changed = now;
    }
    const quiet = now - changed > 1000 && now - start > 1500;
    if ((elements.length > 0 && stillLoading === 0) || quiet || now - start > timeout) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await doc.fonts?.ready;
  const win = doc.defaultView!;
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}
