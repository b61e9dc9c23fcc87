import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/define.js';
import { AllianceFeedElement } from '../../src/components/feed/alliance-feed.js';
import type { AllianceFeedErrorEvent, AllianceFeedLoadEvent } from '../../src/feed/events.js';
import { loaderDefaults } from '../../src/feed/loader.js';
import { AllianceElement } from '../../src/shared/alliance-element.js';
import { defineElement } from '../../src/shared/define-element.js';
import { json, resetFeedTestState, routes, until } from '../helpers/feed.js';

/** The smallest kit element: shows the alliance name through the shared states. */
class FeedProbeElement extends AllianceElement {
  get origin() {
    return this.feedController.origin;
  }
  protected override render() {
    return this.renderWithFeed((feed) => litHtml`<p class="name">${feed.alliance.name}</p>`);
  }
}
defineElement('feed-probe', FeedProbeElement);

const feedNamed = (name: string, primary?: string) => ({
  version: 1,
  updated: '2026-11-01T12:00:00Z',
  alliance: {
    id: 'a',
    name,
    url: 'https://alliance.example',
    timezone: 'America/Chicago',
    currency: 'USD',
    ...(primary ? { colors: { primary } } : {}),
  },
});

const nameIn = (el: Element) => el.shadowRoot!.querySelector('.name')?.textContent;

describe('feed controller and <alliance-feed>', () => {
  const defaults = { ...loaderDefaults };
  beforeEach(() => Object.assign(loaderDefaults, { retryBaseMs: 1, retries: 0 }));
  afterEach(() => {
    Object.assign(loaderDefaults, defaults);
    resetFeedTestState();
    document.querySelectorAll('meta[name="alliance-feed"]').forEach((meta) => meta.remove());
  });

  it('gives every element inside <alliance-feed> the feed from one request', async () => {
    const table = routes({ 'https://a.example/feed.json': json(feedNamed('Provided')) });
    const root = await fixture<AllianceFeedElement>(html`<alliance-feed src="https://a.example/feed.json">
      ${[1, 2, 3, 4, 5].map(() => html`<feed-probe></feed-probe>`)}
    </alliance-feed>`);
    const probes = [...root.querySelectorAll<FeedProbeElement>('feed-probe')];
    await until(() => probes.every((probe) => nameIn(probe) === 'Provided'), 2000, 'all probes rendered');
    expect(table.calls).to.have.length(1);
    expect(probes.every((probe) => probe.origin === 'context')).to.equal(true);
    await expect(probes[0]).to.be.accessible();
  });

  it("prefers the element's own feed attribute, then <alliance-feed>, then the page default", async () => {
    routes({
      'https://own.example/feed.json': json(feedNamed('Own')),
      'https://provider.example/feed.json': json(feedNamed('Provider')),
      'https://page.example/feed.json': json(feedNamed('Page')),
    });
    const meta = Object.assign(document.createElement('meta'), { name: 'alliance-feed', content: 'https://page.example/feed.json' });
    document.head.append(meta);
    const root = await fixture(html`<div>
      <alliance-feed src="https://provider.example/feed.json">
        <feed-probe id="own" feed="https://own.example/feed.json"></feed-probe>
        <feed-probe id="provided"></feed-probe>
      </alliance-feed>
      <feed-probe id="page"></feed-probe>
    </div>`);
    const probe = (id: string) => root.querySelector<FeedProbeElement>(`#${id}`)!;
    await until(() => ['own', 'provided', 'page'].every((id) => nameIn(probe(id))), 2000, 'all probes rendered');
    expect(nameIn(probe('own'))).to.equal('Own');
    expect(nameIn(probe('provided'))).to.equal('Provider');
    expect(nameIn(probe('page'))).to.equal('Page');
  });

  it('switches feeds when the feed attribute changes', async () => {
    routes({ 'https://one.example/f.json': json(feedNamed('One')), 'https://two.example/f.json': json(feedNamed('Two')) });
    const el = await fixture<FeedProbeElement>(html`<feed-probe feed="https://one.example/f.json"></feed-probe>`);
    await until(() => nameIn(el) === 'One', 2000, 'first feed');
    el.feed = 'https://two.example/f.json';
    await until(() => nameIn(el) === 'Two', 2000, 'second feed');
  });

  it('tells the site owner how to configure a feed when there is none', async () => {
    const el = await fixture<FeedProbeElement>(html`<feed-probe></feed-probe>`);
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('No alliance feed is set');
    await expect(el).to.be.accessible();
  });

  it('keeps light-DOM fallback content visible until the feed is ready', async () => {
    let answer!: () => void;
    routes({ 'https://slow.example/f.json': () => new Promise<Response>((resolve) => (answer = () => resolve(json(feedNamed('Slow'))))) });
    const el = await fixture<FeedProbeElement>(
      html`<feed-probe feed="https://slow.example/f.json"><a href="https://alliance.example">Our alliance</a></feed-probe>`,
    );
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]?.textContent).to.equal('Our alliance');
    expect((slot.assignedElements()[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
    answer();
    await until(() => nameIn(el) === 'Slow', 2000, 'feed');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('shows a retry button for transient failures, and recovers', async () => {
    let attempts = 0;
    routes({
      'https://flaky.example/f.json': () => (++attempts === 1 ? new Response('', { status: 503 }) : json(feedNamed('Back'))),
    });
    const el = await fixture<FeedProbeElement>(html`<feed-probe feed="https://flaky.example/f.json"></feed-probe>`);
    await until(() => !!el.shadowRoot!.querySelector('[part~="retry"]'), 2000, 'retry button');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await until(() => nameIn(el) === 'Back', 2000, 'recovered feed');
  });

  it('fires alliance-feed-load and alliance-feed-error, bubbling and composed', async () => {
    routes({ 'https://ok.example/f.json': json(feedNamed('Loaded')) });
    const ok = document.createElement('alliance-feed');
    const loaded = oneEvent(ok, 'alliance-feed-load') as Promise<AllianceFeedLoadEvent>;
    ok.src = 'https://ok.example/f.json';
    document.body.append(ok);
    const load = await loaded;
    expect(load.detail.feed.alliance.name).to.equal('Loaded');
    expect(load.bubbles && load.composed).to.equal(true);
    ok.remove();

    routes({ 'https://gone.example/f.json': new Response('', { status: 404 }) });
    const probe = document.createElement('feed-probe') as FeedProbeElement;
    const failed = oneEvent(probe, 'alliance-feed-error') as Promise<AllianceFeedErrorEvent>;
    probe.feed = 'https://gone.example/f.json';
    document.body.append(probe);
    const error = await failed;
    expect(error.detail.code).to.equal('http');
    expect(error.detail.showingStoredCopy).to.equal(false);
    probe.remove();
  });

  it('applies the brand colour with readable text, below the embedder’s own custom properties', async () => {
    routes({ 'https://brand.example/f.json': json(feedNamed('Brand', '#ffdd00')) });
    const el = await fixture<FeedProbeElement>(html`<feed-probe feed="https://brand.example/f.json"></feed-probe>`);
    await until(() => nameIn(el) === 'Brand', 2000, 'feed');
    expect(el.style.getPropertyValue('--_feed-primary')).to.equal('#ffdd00');
    expect(el.style.getPropertyValue('--_feed-on-primary')).to.equal('#000000');
    // Pale yellow is unreadable as link text on white: the kit falls back to its own link colour.
    expect(el.style.getPropertyValue('--_feed-link-light')).to.equal('#1d4ed8');
    el.style.setProperty('--alliance-color-primary', '#123456');
    expect(getComputedStyle(el).getPropertyValue('--_primary').trim()).to.equal('#123456');
  });

  it('survives being defined twice', async () => {
    expect(() => defineElement('alliance-feed', class extends AllianceFeedElement {})).not.to.throw();
    expect(customElements.get('alliance-feed')).to.equal(AllianceFeedElement);
  });
});
