/**
 * The script of embed.html, the iframe version of the kit for hosts that only allow iframes (Wix, some
 * intranets, locked-down CMS plans): renders the one element its query string names, and posts its content
 * height to the parent page so the parent's snippet can size the iframe without scrollbars.
 *
 * No inline script or style anywhere, so the page works under a strict Content-Security-Policy.
 */
import '../define.js';
import { parseEmbedParams, RESIZE_MESSAGE_TYPE, type EmbedRequest, type ResizeMessage } from './embed-params.js';

const PAGE_STYLES = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; line-height: 1.45; }
  :root.dark { color-scheme: dark; }
  :root.auto { color-scheme: light dark; }
  html, body { margin: 0; padding: 0; background: transparent; }
  #embed { display: flow-root; padding: 2px; }
  .embed-message { margin: 0 0 0.75rem; padding: 0.75rem 1rem; border: 1px solid #b3261e; border-radius: 8px; color: #1b2130; background: #fff; }
  .embed-message.notice { border-color: #8a4b00; font-size: 0.875rem; }
  .embed-message h1 { margin: 0 0 0.25rem; font-size: 1rem; }
  .embed-message ul { margin: 0; padding-inline-start: 1.25rem; }
`;

function start(): void {
  const root = document.getElementById('embed') ?? document.body.appendChild(document.createElement('main'));
  root.replaceChildren();
  adoptPageStyles();
  const params = parseEmbedParams(location.search);
  if (params.ok) {
    if (params.notices.length > 0) root.append(message('These options were left out', params.notices, 'notice'));
    root.append(createElement(params.request));
  } else {
    root.append(message('This embed cannot be shown', params.errors, 'error'));
  }
  reportHeight(root, params.ok ? params.request.id : params.id);
}

function createElement(request: EmbedRequest): HTMLElement {
  const { element, feed, attributes, colors } = request;
  judgeHostAsParent(element.tag);
  const node = document.createElement(element.tag);
  node.setAttribute('feed', feed);
  for (const [name, value] of attributes) node.setAttribute(name, value);
  // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline'.
  for (const [property, value] of colors) node.style.setProperty(property, value);
  const theme = attributes.find(([name]) => name === 'theme')?.[1];
  if (theme === 'dark' || theme === 'auto') document.documentElement.classList.add(theme);
  return node;
}

/**
 * In the iframe, "this page" is the page that framed it, not the embed host: the badge verifies membership
 * against it and the pass button credits the member site it belongs to. The browser reports the parent's
 * origin (`ancestorOrigins`, else the referrer); the framing page cannot forge either.
 */
function judgeHostAsParent(tag: string): void {
  const element = customElements.get(tag) as (CustomElementConstructor & { pageHostname?: () => string }) | undefined;
  if (typeof element?.pageHostname !== 'function') return;
  const parentHostname = hostnameOf(location.ancestorOrigins?.[0]) ?? hostnameOf(document.referrer) ?? '';
  element.pageHostname = () => (window.parent === window ? location.hostname : parentHostname);
}

function hostnameOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function message(title: string, lines: string[], kind: 'error' | 'notice'): HTMLElement {
  const box = document.createElement('section');
  box.className = `embed-message ${kind}`;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const heading = document.createElement('h1');
  heading.textContent = title;
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  box.append(heading, list);
  return box;
}

function adoptPageStyles(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGE_STYLES);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Without constructable stylesheets the page is merely unstyled around the element.
  }
}

/** Posts the content height to the parent whenever it changes. */
function reportHeight(root: HTMLElement, id: string | null): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const data: ResizeMessage = { type: RESIZE_MESSAGE_TYPE, height, id };
    // The height is not a secret, and the embedder's origin is unknown here: '*' is the only target that works.
    window.parent.postMessage(data, '*');
  };
  new ResizeObserver(post).observe(root);
  post();
}

start();
