/**
 * Hostile host pages (test/hostile/pages/*.html) opened in an iframe: a fresh page each, with its own
 * Content-Security-Policy header where scripts/wtr-hostile.mjs gives it one, that loads the kit itself.
 * pages/page-log.js, first in each page, records what the page saw.
 */
import { until } from '../helpers/feed.js';

export interface PageLog {
  /** Script errors and unhandled rejections that reached the page's window. */
  errors: string[];
  /** `securitypolicyviolation` events: `directive blocked uri (sample)`. */
  violations: string[];
  console: { level: 'error' | 'warn' | 'info' | 'log'; text: string }[];
  /** The host's own scripts that ran, in order. */
  hostScripts: string[];
}

export type HostWindow = Window & typeof globalThis & { pageLog: PageLog; hostileSheets?: Promise<unknown>; trustedTypes: object };

const frames: HTMLIFrameElement[] = [];

/** Opens `path` in an iframe of the given size and waits for its load event (the kit's modules included). */
export async function openHostPage(path: string, size = { width: 900, height: 1600 }): Promise<HostWindow> {
  const frame = document.createElement('iframe');
  frame.width = String(size.width);
  frame.height = String(size.height);
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as HostWindow;
}

export function closeHostPages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** What each element shows once it has rendered its feed (any one of the selectors). */
export const RENDERED: Record<string, string> = {
  'alliance-badge': '[part~="badge"]',
  'alliance-pass-button': '[part~="button"], [part~="card"], [part~="chooser"]',
  'alliance-events': '[part~="event"], [part~="empty"]',
  'alliance-directory': '[part~="card"]',
};

/** The kit elements on the page (not the provider). */
export function kitElements(win: HostWindow): HTMLElement[] {
  return [...win.document.querySelectorAll<HTMLElement>(Object.keys(RENDERED).join(','))];
}

export const isRendered = (element: Element) => !!element.shadowRoot?.querySelector(RENDERED[element.localName]!);

/** Waits until every kit element on the page shows its feed, and a frame has been drawn. */
export async function rendered(win: HostWindow, timeout = 8000): Promise<HTMLElement[]> {
  const elements = kitElements(win);
  await until(() => elements.length > 0 && elements.every(isRendered), timeout, `every element on ${win.location.pathname} to render`);
  await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 0)));
  return elements;
}

/** The kit's own console messages. */
export const kitMessages = (log: PageLog) => log.console.filter((entry) => entry.text.startsWith('[alliance-kit]'));
