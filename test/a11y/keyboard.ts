/**
 * Real key presses (through the browser, not synthetic events) and what a keyboard user sees: where the focus
 * is, inside shadow roots, and whether it is visible.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** The focused element, looking inside shadow roots. */
export function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses `key`, or a chord such as `Shift+Tab`. */
export async function press(key: string): Promise<void> {
  const keys = key.length > 1 ? key.split('+') : [key];
  const main = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
  // Lit renders in a microtask and focus moves may wait for the update: let both settle.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

function ringOf(element: Element): string | null {
  const style = getComputedStyle(element);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineWidth} ${style.outlineStyle}`;
  if (style.boxShadow && style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
  return null;
}

/**
 * The visible focus indicator of the focused element: its own outline or box shadow, or, for a radio button or
 * checkbox drawn inside a label, the label's.
 */
export function focusIndicator(element: Element): string | null {
  const own = ringOf(element);
  if (own) return own;
  if (element instanceof HTMLInputElement && /radio|checkbox/.test(element.type)) {
    const label = element.closest('label');
    return label ? ringOf(label) : null;
  }
  return null;
}

/** A short name for messages: tag, part or class, and text. */
export function describeElement(element: Element | null): string {
  if (!element) return '(nothing)';
  const part = element.getAttribute('part');
  const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${element.localName}${part ? `[part="${part}"]` : ''}${label ? ` “${label}”` : ''}`;
}

/**
 * Tabs (or Shift+Tabs) through `count` stops, checking that each one shows a focus indicator, and returns
 * them in order.
 */
export async function tabThrough(count: number, backwards = false): Promise<Element[]> {
  const stops: Element[] = [];
  for (let i = 0; i < count; i++) {
    await press(backwards ? 'Shift+Tab' : 'Tab');
    const element = focused();
    expect(element, `stop ${i + 1}`).to.exist;
    expect(focusIndicator(element!), `a visible focus indicator on ${describeElement(element)}`).to.be.a('string');
    stops.push(element!);
  }
  return stops;
}

/** Tabs forward until `predicate` holds for the focused element (at most `limit` presses); returns it. */
export async function tabTo(predicate: (element: Element) => boolean, limit = 40): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await press('Tab');
    const element = focused();
    if (element && predicate(element)) {
      expect(focusIndicator(element), `a visible focus indicator on ${describeElement(element)}`).to.be.a('string');
      return element;
    }
  }
  throw new Error(`Tab never reached the element (last: ${describeElement(focused())})`);
}

/** A focusable starting point before the element under test. */
export function startBefore(element: Element): HTMLButtonElement {
  const start = document.createElement('button');
  start.textContent = 'Start';
  element.before(start);
  start.focus();
  return start;
}
