/**
 * Finds what does not fit: anything in a kit element's shadow root wider than its own box or reaching past the
 * element's edges, an element wider than the space it was given, and a page that scrolls sideways.
 */
import { kitElements } from '../a11y/demo-pages.js';

/** What a reader would recognise: the element, the node's part or class, and the start of its text. */
function describe(host: Element, node: Element): string {
  const part = node.getAttribute('part');
  const classes = node.getAttribute('class');
  const name = `${node.localName}${part ? `[part="${part}"]` : classes ? `.${classes.trim().split(/\s+/).join('.')}` : ''}`;
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  const id = host.id ? `#${host.id}` : '';
  return `<${host.localName}${id}> ${name}${text ? ` “${text}”` : ''}`;
}

function isVisuallyHidden(style: CSSStyleDeclaration, node: Element): boolean {
  return style.position === 'absolute' && node.clientWidth <= 1 && node.clientHeight <= 1;
}

/** Scrolling on purpose: `overflow: auto | scroll` (a dialog body, a code sample). */
function scrollsOnPurpose(style: CSSStyleDeclaration): boolean {
  return /auto|scroll/.test(style.overflowX);
}

function* descendants(root: ParentNode): Generator<Element> {
  for (const node of root.querySelectorAll('*')) {
    yield node;
    if (node.shadowRoot) yield* descendants(node.shadowRoot);
  }
}

/** Every overflow in the page's kit elements, described; `[]` when everything fits. */
export function overflowsIn(doc: Document): string[] {
  const win = doc.defaultView!;
  const problems: string[] = [];
  const page = doc.scrollingElement ?? doc.documentElement;
  if (page.scrollWidth > win.innerWidth + 1) problems.push(`the page scrolls sideways: ${page.scrollWidth}px content in a ${win.innerWidth}px window`);
  for (const host of kitElements(doc)) {
    const hostBox = host.getBoundingClientRect();
    if (hostBox.width === 0 && hostBox.height === 0) continue;
    const parentBox = host.parentElement?.getBoundingClientRect();
    if (parentBox && parentBox.width > 0 && hostBox.right > parentBox.right + 1 && win.getComputedStyle(host.parentElement!).overflowX === 'visible') {
      problems.push(`<${host.localName}> is ${Math.round(hostBox.width)}px wide in a ${Math.round(parentBox.width)}px column`);
    }
    if (!host.shadowRoot) continue;
    for (const node of descendants(host.shadowRoot)) {
      const style = win.getComputedStyle(node);
      if (style.display === 'none' || style.display === 'contents' || style.visibility === 'hidden') continue;
      // Words for screen readers only sit in a 1px clipped box on purpose.
      if (node.closest('dialog, .visually-hidden') || isVisuallyHidden(style, node)) continue;
      const box = node.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (!scrollsOnPurpose(style) && node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1) {
        problems.push(`${describe(host, node)}: ${node.scrollWidth}px of content in a ${node.clientWidth}px box`);
      } else {
        // Per line box: a name that wraps is several boxes, and their union can say nothing about any of them.
        const outside = [...node.getClientRects()].find((line) => line.width > 0 && (line.right > hostBox.right + 1 || line.left < hostBox.left - 1));
        if (outside) {
          problems.push(`${describe(host, node)}: reaches past the element (${Math.round(outside.left - hostBox.left)}px to ${Math.round(outside.right - hostBox.left)}px of ${Math.round(hostBox.width)}px)`);
        }
      }
    }
  }
  return [...new Set(problems)];
}

/** Resizes the frame and waits for layout (container queries) to catch up. */
export async function resize(frame: HTMLIFrameElement, width: number): Promise<void> {
  frame.style.width = `${width}px`;
  const win = frame.contentWindow!;
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}
