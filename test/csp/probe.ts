export {};
/**
 * Runs inside test/csp/fixture.html, which is served with a strict CSP (no inline script or style, no eval,
 * Trusted Types required). Loads the kit, validates a feed, renders every element, and reports to the parent
 * test every `securitypolicyviolation` the page saw (recorded by violations.js from the first moment).
 * `?structured-data` also asks the events and the directory for their JSON-LD.
 */
declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** What each element shows once it has rendered the feed (any one of the selectors). */
const READY: Record<string, string> = {
  'feed-csp-probe': '.name',
  'alliance-badge': '[part~="badge"]',
  'alliance-pass-button': '[part~="button"], [part~="card"], [part~="chooser"]',
  'alliance-events': '[part~="event"], [part~="empty"]',
  'alliance-directory': '[part~="card"]',
};

const report = (result: Record<string, unknown>) =>
  parent.postMessage({ type: 'csp-probe', ...result, violations: [...window.cspViolations] }, '*');

try {
  if (new URLSearchParams(location.search).has('structured-data')) {
    for (const element of document.querySelectorAll('alliance-events, alliance-directory')) element.setAttribute('structured-data', '');
  }
  await import('../../src/define.js');
  const { parseFeed } = await import('../../src/feed/parse.js');
  const { AllianceElement } = await import('../../src/shared/alliance-element.js');
  const { defineElement } = await import('../../src/shared/define-element.js');
  const { html } = await import('lit');

  class CspProbeElement extends AllianceElement {
    protected override render() {
      return this.renderWithFeed((feed) => html`<p class="name">${feed.alliance.name}</p>`);
    }
  }
  defineElement('feed-csp-probe', CspProbeElement);

  const feed = await (await fetch('/demo/sample-feed.json')).json();
  const parsed = parseFeed(feed);
  const provider = document.getElementById('provider') as HTMLElement & { data: unknown };
  provider.data = feed;

  const isReady = (tag: string) => !!document.querySelector(tag)?.shadowRoot?.querySelector(READY[tag]!);
  const started = performance.now();
  while (!Object.keys(READY).every(isReady) && performance.now() - started < 4000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  report({
    parsedSpaces: parsed.feed?.spaces.length ?? -1,
    rendered: document.querySelector('feed-csp-probe')?.shadowRoot?.querySelector('.name')?.textContent ?? null,
    ready: Object.fromEntries(Object.keys(READY).map((tag) => [tag, isReady(tag)])),
    jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
  });
} catch (error) {
  report({ error: String(error) });
}
