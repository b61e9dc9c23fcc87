/**
 * Hostile feeds, group 4 (text fields): public XSS and naughty-string lists, bidi overrides, zero-width
 * characters, Zalgo, lone surrogates and NUL in every text field of every item, through every element.
 * Expected: rendered as inert text, each feed string isolated (`<bdi>` / `unicode-bidi: isolate`, or alone in
 * its block) so it cannot reorder the price or name around it, and the host-page invariants intact.
 */
import { baseFeed, builders, count, hostileHooks, json, runFeedCase, serveable, shownState, type CaseResult } from './harness.js';
import { expect } from '@open-wc/testing';
import { LIMITS } from '../../src/feed/limits.js';
import { BIDI_CONTROL, chunks, payloads } from './payloads.js';

const GROUP = '4 text fields';
const HOST = 'hostile-text.example';
const ALL = await payloads('blns', 'dompurify', 'owasp-xss', 'unicode');
const BATCH = 40;

/** A feed with one space, pass and event per payload, every text field of each set to it. */
function feedWith(batch: string[]): any {
  const make = builders(HOST);
  const feed = serveable(baseFeed(HOST));
  const a = feed.alliance;
  [a.name, a.tagline, a.description, a.region, a.logoAlt] = [batch[0], batch[1] ?? 'x', batch[2] ?? 'x', batch[3] ?? 'x', batch[4] ?? 'x'];
  a.values = batch.slice(0, LIMITS.values);
  a.membership.criteria = batch[5] ?? 'x';
  feed.spaces = batch.map((text, index) => {
    const space = make.space(index);
    Object.assign(space, { name: text, photoAlt: text, description: text, neighbourhood: text, tags: [text, 'plain'] });
    Object.assign(space.address, { street: text, locality: text, region: text, postalCode: text });
    space.hoursExceptions[0].note = text;
    space.dayUse.notes = text;
    space.passes[0].notes = text;
    return space;
  });
  feed.passes = batch.slice(0, LIMITS.passes).map((text, index) => ({ ...make.pass(index), name: text, description: text }));
  feed.events = batch.map((text, index) => ({ ...make.event(index), title: text, description: text, location: text, imageAlt: text, tags: [text] }));
  return feed;
}

/** Text fields set per payload: 14 on the space, 2 on the pass, 5 on the event. */
const FIELDS_PER_PAYLOAD = 21;

/** A string the schema keeps as a name (trimmed, 1–200 characters). */
const keptAsName = (text: string) => text.trim().length > 0 && text.trim().length <= LIMITS.name;

/**
 * Feed text containing a bidi control must sit in an element that isolates it (`<bdi>`, `unicode-bidi:
 * isolate`) or alone in its own block, with no other text in the same isolate: else it could reorder what is
 * around it.
 */
function bidiLeaks(element: HTMLElement, texts: string[]): string[] {
  const leaks: string[] = [];
  const roots: ShadowRoot[] = [];
  const collect = (host: Element) => {
    if (host.shadowRoot) {
      roots.push(host.shadowRoot);
      for (const inner of host.shadowRoot.querySelectorAll('*')) collect(inner);
    }
  };
  collect(element);
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = node.nodeValue ?? '';
      if (!BIDI_CONTROL.test(data)) continue;
      const source = texts.find((text) => text.trim() && data.includes(text.trim()));
      if (!source) continue;
      let box: Element | null = node.parentElement;
      while (box) {
        const style = getComputedStyle(box);
        const isolates = box.localName === 'bdi' || /isolate|plaintext/.test(style.unicodeBidi);
        if (isolates || !style.display.startsWith('inline') || box.localName === 'slot') break;
        box = box.parentElement;
      }
      const isolatedText = (box?.textContent ?? '').trim();
      if (!box || isolatedText !== source.trim()) {
        leaks.push(`${element.localName}: "${source.trim().slice(0, 30)}" shares <${box?.localName ?? 'root'}> with "${isolatedText.slice(0, 80)}"`);
      }
    }
  }
  return leaks;
}

function expectRenderedAsText(result: CaseResult, batch: string[]): void {
  const directory = result.mounted.elements.find((element) => element.localName === 'alliance-directory')!;
  expect(shownState(directory)).to.equal('content');
  const text = result.walks[result.mounted.elements.indexOf(directory)].text;
  for (const payload of batch.filter(keptAsName)) {
    expect(text.includes(payload.trim()), `directory shows ${JSON.stringify(payload)} as text`).to.equal(true);
  }
}

describe('hostile feeds 4: text fields', () => {
  hostileHooks('text');

  for (const [index, batch] of chunks(ALL, BATCH).entries()) {
    it(`payloads ${index * BATCH + 1}–${index * BATCH + batch.length} of ${ALL.length} in every text field: inert, isolated text`, async () => {
      const feed = feedWith(batch);
      const result = await runFeedCase(`text-${index}`, { route: json(feed), served: feed, mount: {
          badgeSpaces: batch.map((_, i) => `space-${i}`),
          passCards: batch.slice(0, 5).map((_, i) => `pass-${i}`),
        },
      });
      const leaks = result.mounted.elements.flatMap((element) => bidiLeaks(element, batch));
      const problems = [...result.problems, ...leaks];
      for (let i = 0; i < batch.length * FIELDS_PER_PAYLOAD; i++) count(GROUP, problems.length > 0, ['script', 'errors', 'csp', 'prototype', 'host-dom', 'network', 'markup', 'bidi-isolation', 'json-ld']);
      expect(problems).to.deep.equal([]);
      expectRenderedAsText(result, batch);
    });
  }
});
