/**
 * Hostile host pages, CSS: a page whose global stylesheet fights everything (`* { all: unset }`, a popular
 * reset, `!important` typography, buttons and images restyled, links hidden, a 40 px or 10 px root font size,
 * right-to-left, inherited text properties from `body`). Shadow DOM keeps the page's selectors out; what
 * reaches the elements is what the host element itself is given and what it inherits. Each element must
 * keep its layout and stay readable: a box of its own, no text that is invisible, zero-sized or cut off,
 * every control at least 10 px square (not collapsed), not covered and hit where it is drawn, nothing sticking out of the
 * element or the page.
 *
 * Known and accepted: a reset that reaches the host element itself (`* { all: unset }`, `display: revert`)
 * makes it `display: inline`, so it is no size container and the elements fall back to their narrow
 * (phone) layouts on a wide page; still complete and readable. `display: block !important` on :host would
 * prevent that but also take `display: none` away from hosts; they can exclude `alliance-*` from a reset.
 * A root font size of 62.5% (1rem = 10px) shrinks the elements' rem-based text to 6–9 px: not covered here
 * yet (it needs the elements' sizes in em rather than rem).
 */
import { count, hostileHooks } from './harness.js';
import { closeHostPages, openHostPage, rendered, type HostWindow } from './host-page.js';
import { expect } from '@open-wc/testing';

const GROUP = '10 host pages: hostile CSS';

/** Stylesheets in test/hostile/pages/css/, one case each, then all of them at once. */
const SHEETS = ['all-unset', 'modern-reset', 'important', 'buttons', 'images', 'links', 'root-40px', 'rtl', 'inherited'];

const describeNode = (node: Element) => {
  const classes = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
  const text = node.textContent?.trim().replace(/\s+/g, ' ').slice(0, 24);
  return `<${node.localName}${classes}>${text ? ` "${text}"` : ''}`;
};

function* shadowElements(root: ShadowRoot): Generator<Element> {
  for (const node of root.querySelectorAll('*')) {
    yield node;
    if (node.shadowRoot) yield* shadowElements(node.shadowRoot);
  }
}

function* shadowTexts(root: ShadowRoot): Generator<Text> {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) yield* shadowTexts(element.shadowRoot);
}

/** Drawn at all: displayed, visible, not fully transparent, not clipped away as screen-reader-only text. */
function drawn(element: Element): boolean {
  if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
  if (element.closest('.visually-hidden, dialog:not([open]), [popover]:not(:popover-open)')) return false;
  // Light-DOM fallback and the loading state are replaced once the feed is there.
  return !element.closest('slot');
}

function alpha(color: string): number {
  const match = /rgba?\(([^)]+)\)/.exec(color);
  if (!match) return color === 'transparent' ? 0 : 1;
  const parts = match[1]!.split(/[\s,/]+/).filter(Boolean);
  return parts.length > 3 ? Number.parseFloat(parts[3]!) : 1;
}

/** Everything that makes one element unreadable or unusable on this page. */
function layoutProblems(element: HTMLElement, win: HostWindow): string[] {
  const problems: string[] = [];
  const name = `${element.localName}${element.getAttribute('variant') ? `[${element.getAttribute('variant')}]` : ''}`;
  const box = element.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return [`${name}: no box of its own (${box.width}×${box.height})`];
  const pageWidth = win.document.documentElement.clientWidth;
  const root = element.shadowRoot!;
  for (const node of shadowElements(root)) {
    if (!drawn(node) || node.localName === 'slot') continue;
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.left < box.left - 1 || rect.right > box.right + 1) {
      problems.push(`${name}: ${describeNode(node)} sticks out of the element (${rect.left.toFixed(0)}–${rect.right.toFixed(0)} in ${box.left.toFixed(0)}–${box.right.toFixed(0)})`);
    }
    if (rect.right > pageWidth + 1) problems.push(`${name}: ${describeNode(node)} overflows the page (right edge ${rect.right.toFixed(0)} > ${pageWidth})`);
    if (node.matches('a[href], button, input, select, summary, [role="button"]')) {
      // Collapsed, not merely small: target sizes proper are the accessibility suite's (axe, test/a11y/).
      if (rect.width < 10 || rect.height < 10) problems.push(`${name}: ${describeNode(node)} is ${rect.width.toFixed(0)}×${rect.height.toFixed(0)} px`);
      node.scrollIntoView({ block: 'center', inline: 'nearest' });
      // A link wrapped over two lines is hit on its first piece, not in the middle of its bounding box.
      const target = node.getClientRects()[0] ?? node.getBoundingClientRect();
      const hit = deepElementFromPoint(win.document, target.left + target.width / 2, target.top + Math.min(target.height / 2, 10));
      if (!hit || !(hit === node || node.contains(hit) || hit.contains(node))) {
        problems.push(`${name}: ${describeNode(node)} is covered by ${hit ? describeNode(hit) : 'nothing'}`);
      }
      if (win.getComputedStyle(node).pointerEvents === 'none') problems.push(`${name}: ${describeNode(node)} ignores the pointer`);
    }
  }
  for (const text of shadowTexts(root)) {
    const parent = text.parentElement;
    if (!text.data.trim() || !parent || !drawn(parent) || parent.closest('style')) continue;
    const style = win.getComputedStyle(parent);
    const what = `${name}: "${text.data.trim().slice(0, 30)}" in ${describeNode(parent)}`;
    const fill = style.getPropertyValue('-webkit-text-fill-color');
    if (alpha(style.color) < 0.5 || (fill && alpha(fill) < 0.5)) problems.push(`${what} is transparent (${style.color}, fill ${fill})`);
    const size = Number.parseFloat(style.fontSize);
    if (size < 9) problems.push(`${what} is ${size}px`);
    const range = win.document.createRange();
    range.selectNodeContents(text);
    const rect = range.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) problems.push(`${what} takes no room (${rect.width.toFixed(0)}×${rect.height.toFixed(0)})`);
    if (rect.right > pageWidth + 1) problems.push(`${what} runs off the page (right edge ${rect.right.toFixed(0)})`);
    if (rect.left < box.left - 1 || rect.right > box.right + 1) problems.push(`${what} runs out of the element`);
  }
  return [...new Set(problems)];
}

/** The element under a point, looking into shadow roots. */
function deepElementFromPoint(doc: Document, x: number, y: number): Element | null {
  let hit = doc.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

async function openWithSheets(sheets: string[], width = 900): Promise<HostWindow> {
  const win = await openHostPage(`/test/hostile/pages/css.html?sheets=${sheets.join(',')}`, { width, height: 1400 });
  await win.hostileSheets;
  return win;
}

describe('hostile host pages: CSS', function () {
  this.timeout(20_000);
  hostileHooks('host-css');
  afterEach(closeHostPages);

  it('control: the page without hostile CSS passes the same checks (the checks can pass)', async () => {
    const win = await openWithSheets([]);
    const problems = (await rendered(win)).flatMap((element) => layoutProblems(element, win));
    expect(problems).to.deep.equal([]);
    expect(win.pageLog.errors).to.deep.equal([]);
  });

  for (const sheet of [...SHEETS.map((name) => [name]), SHEETS]) {
    const label = sheet.length === 1 ? sheet[0]! : 'all of them at once';
    it(`${label}: every element keeps a box, readable text and usable controls`, async () => {
      const win = await openWithSheets(sheet);
      const elements = await rendered(win);
      const problems = elements.flatMap((element) => layoutProblems(element, win));
      count(GROUP, problems.length > 0 || win.pageLog.errors.length > 0, ['layout', 'text', 'controls', 'errors']);
      expect(problems, label).to.deep.equal([]);
      expect(win.pageLog.errors).to.deep.equal([]);
    });
  }

  it('the checks see a broken element (self-test)', async () => {
    const win = await openWithSheets([]);
    const [badge] = await rendered(win);
    const style = win.document.createElement('style');
    style.textContent = '.badge { position: relative; left: 3000px; } .badge * { color: transparent !important; }';
    badge!.shadowRoot!.append(style);
    const problems = layoutProblems(badge!, win).join('\n');
    expect(problems).to.contain('sticks out of the element');
    expect(problems).to.contain('is transparent');
  });
});
