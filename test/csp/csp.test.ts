import { expect } from '@open-wc/testing';
import { until } from '../helpers/feed.js';

interface ProbeResult {
  type: 'csp-probe';
  parsedSpaces?: number;
  rendered?: string | null;
  ready?: Record<string, boolean>;
  jsonLd?: number;
  error?: string;
  violations: string[];
}

function runProbe(src: string): Promise<ProbeResult> {
  const frame = document.createElement('iframe');
  const result = new Promise<ProbeResult>((resolve) => {
    addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source === frame.contentWindow && event.data?.type === 'csp-probe') {
        removeEventListener('message', onMessage);
        resolve(event.data as ProbeResult);
      }
    });
  });
  frame.src = src;
  document.body.append(frame);
  return result.finally(() => frame.remove());
}

describe('strict Content-Security-Policy', () => {
  it('loads the kit, parses a feed and renders every element with zero violations', async () => {
    const probe = await runProbe('/test/csp/fixture.html');
    expect(probe.error).to.equal(undefined);
    expect(probe.violations).to.deep.equal([]);
    expect(probe.parsedSpaces).to.be.greaterThan(5);
    expect(probe.rendered).to.be.a('string').and.not.equal('');
    expect(probe.ready).to.deep.equal({
      'feed-csp-probe': true,
      'alliance-badge': true,
      'alliance-pass-button': true,
      'alliance-events': true,
      'alliance-directory': true,
    });
  });

  it('with structured-data, writes the JSON-LD through its own Trusted Types policy with zero violations', async () => {
    const probe = await runProbe('/test/csp/fixture.html?structured-data');
    expect(probe.error).to.equal(undefined);
    expect(Object.values(probe.ready ?? {})).to.deep.equal([true, true, true, true, true]);
    expect(probe.violations).to.deep.equal([]);
    expect(probe.jsonLd).to.be.greaterThan(0);
  });

  it('renders the iframe embed page with zero violations', async () => {
    const frame = document.createElement('iframe');
    frame.src = `/test/csp/embed.html?element=directory&limit=2&feed=${encodeURIComponent(new URL('/demo/sample-feed.json', location.href).href)}`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & { cspViolations?: string[] }) | null;
      await until(() => !!frame.contentDocument?.querySelector('alliance-directory')?.shadowRoot?.querySelector('[part~="card"]'), 5000, 'the directory');
      expect(win()!.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('serves the fixture pages with the strict policy as a real header', async () => {
    for (const page of ['/test/csp/fixture.html', '/test/csp/embed.html']) {
      const policy = (await fetch(page)).headers.get('content-security-policy') ?? '';
      expect(policy, page).to.contain("script-src 'self'");
      expect(policy, page).to.contain("style-src 'self'");
      expect(policy, page).not.to.contain('unsafe-inline');
      expect(policy, page).to.contain('trusted-types lit-html alliance-kit-json-ld');
      expect(policy, page).to.contain("require-trusted-types-for 'script'");
    }
  });
});
