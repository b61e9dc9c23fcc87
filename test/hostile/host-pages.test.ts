/**
 * Hostile host pages: one feed URL for twenty elements; a strict Content-Security-Policy whose Trusted Types
 * do not allow Lit's policy, or where the host's own Lit took it first; two copies of the kit in two versions;
 * and a page that polluted Object.prototype before the kit loaded. Each page is a real page in an iframe
 * (test/hostile/pages/, external scripts only, its CSP as a header), loading the kit from src/ itself.
 *
 * The built script-tag file loaded twice, and next to another version, is covered by test/embed/dist.test.ts
 * (it needs `npm run build`); here the second copy is bundled on the fly (/__hostile/kit-copy.js).
 */
import { baseFeed, count, hostileHooks, KIT_TAGS, serveable, settle, walkShadow } from './harness.js';
import { closeHostPages, kitElements, kitMessages, openHostPage, rendered, type HostWindow } from './host-page.js';
import { expect } from '@open-wc/testing';
import { feedUrlFor, json, pinClock, routes, until } from '../helpers/feed.js';
import { KIT_VERSION } from '../../src/version.js';

const TAGS = ['alliance-feed', ...KIT_TAGS];

/** Waits for the host's own scripts after the kit, and a moment for anything the kit does late. */
async function settled(win: HostWindow): Promise<void> {
  await until(() => win.pageLog.hostScripts.includes('module after the kit'), 8000, 'the host script after the kit');
  await new Promise((resolve) => setTimeout(resolve, 300));
}

const noticeable = (win: HostWindow) => kitMessages(win.pageLog).filter((entry) => entry.level === 'error' || entry.level === 'warn');

describe('hostile host pages', function () {
  this.timeout(20_000);
  hostileHooks('host-pages');
  afterEach(closeHostPages);

  it('20 elements of all kinds, one feed URL: exactly one feed request', async () => {
    pinClock('2026-11-28T12:00:00Z');
    const url = feedUrlFor('hostile-twenty');
    const table = routes({ [url]: json(serveable(baseFeed('hostile-twenty.example'))) });
    const container = document.createElement('div');
    container.className = 'hostile-fixture';
    for (let i = 0; i < 20; i++) {
      const element = document.createElement(KIT_TAGS[i % KIT_TAGS.length]!);
      element.setAttribute('feed', url);
      if (element.localName === 'alliance-badge') element.setAttribute('space', 'space-0');
      container.append(element);
    }
    document.body.append(container);
    await settle([...container.children] as HTMLElement[]);
    count('9 host pages: one feed URL', table.calls.length !== 1, ['one request']);
    expect(table.calls).to.have.length(1);
  });

  describe('Trusted Types', () => {
    const GROUP = '11 host pages: Trusted Types';

    it('strict CSP, Trusted Types required: every element renders, zero violations, the host scripts run', async () => {
      const win = await openHostPage('/test/hostile/pages/strict.html');
      const elements = await rendered(win);
      await settled(win);
      const markup = (await Promise.all(elements.map((element) => walkShadow(element)))).flatMap((walk) => walk.problems);
      const failed = win.pageLog.violations.length + win.pageLog.errors.length + markup.length + noticeable(win).length > 0;
      count(GROUP, failed, ['csp', 'errors', 'host scripts', 'markup']);
      expect(win.pageLog.violations).to.deep.equal([]);
      expect(win.pageLog.errors).to.deep.equal([]);
      expect(markup).to.deep.equal([]);
      expect(noticeable(win)).to.deep.equal([]);
      expect(win.pageLog.hostScripts).to.deep.equal(['module after the kit', 'deferred classic script after the kit']);
      // The kit's load guard (src/shared/load-guard.ts) has put the page's own factory back.
      expect(Object.getOwnPropertyDescriptor(win.trustedTypes, 'createPolicy')).to.equal(undefined);
    });

    const REFUSED = {
      'no-lit-policy': ["the page's trusted-types directive does not list lit-html", 'disallowed'],
      'lit-policy-taken': ["the host's own Lit created the lit-html policy first (no 'allow-duplicates')", 'already exists'],
    };
    for (const [page, [situation, reason]] of Object.entries(REFUSED)) {
      it(`${situation}: the kit fails closed with one console message, no error reaches the page, the fallback stays, the host scripts run`, async () => {
        const win = await openHostPage(`/test/hostile/pages/${page}.html`);
        await settled(win);
        const errors = kitMessages(win.pageLog).filter((entry) => entry.level === 'error');
        const failed = win.pageLog.errors.length > 0 || errors.length !== 1 || win.pageLog.hostScripts.length < 2;
        count(GROUP, failed, ['errors', 'one message', 'fallback', 'host scripts']);
        expect(win.pageLog.errors, 'nothing reaches window.onerror').to.deep.equal([]);
        expect(errors).to.have.length(1);
        expect(errors[0]!.text).to.match(/not started: .*Trusted Types policy "lit-html"/).and.to.contain(reason);
        expect(kitMessages(win.pageLog).filter((entry) => entry !== errors[0] && entry.level !== 'info')).to.deep.equal([]);
        // The browser reports Lit's one attempt; the kit makes no other.
        expect(win.pageLog.violations).to.have.length(1);
        expect(win.pageLog.violations[0]).to.match(/^trusted-types .*\(lit-html\)$/);
        expect(win.pageLog.hostScripts).to.include.members(['module after the kit', 'deferred classic script after the kit']);
        for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.equal(undefined);
        for (const element of kitElements(win)) {
          const fallback = element.querySelector('a')!;
          expect(fallback.getClientRects().length, `${element.localName}'s fallback link is shown`).to.be.greaterThan(0);
        }
        expect(Object.getOwnPropertyDescriptor(win.trustedTypes, 'createPolicy')).to.equal(undefined);
      });
    }
  });

  describe('the kit twice', () => {
    const GROUP = '12 host pages: kit twice';

    it('two copies in two versions: no exception; the first definitions win, each tag reported once', async () => {
      const win = await openHostPage('/test/hostile/pages/two-copies.html');
      await rendered(win);
      await settled(win);
      const warned = noticeable(win).filter((entry) => entry.text.includes(`is already defined by alliance-kit ${KIT_VERSION}`));
      count(GROUP, win.pageLog.errors.length > 0 || warned.length !== TAGS.length, ['errors', 'one message per tag']);
      expect(win.pageLog.errors).to.deep.equal([]);
      expect((win as unknown as { allianceKit: { versions: string[] } }).allianceKit.versions).to.deep.equal([KIT_VERSION, '9.9.9-copy']);
      expect(warned.map((entry) => /<([a-z-]+)>/.exec(entry.text)![1]).sort()).to.deep.equal([...TAGS].sort());
      expect(noticeable(win)).to.have.length(TAGS.length);
      expect(win.pageLog.hostScripts).to.include('module after the kit');
    });

    it("two copies under a strict CSP: the second copy's Lit cannot create lit-html again; it stops with one message, the first copy works", async () => {
      const win = await openHostPage('/test/hostile/pages/two-copies-strict.html');
      const elements = await rendered(win);
      await settled(win);
      const markup = (await Promise.all(elements.map((element) => walkShadow(element)))).flatMap((walk) => walk.problems);
      const errors = kitMessages(win.pageLog).filter((entry) => entry.level === 'error');
      count(GROUP, win.pageLog.errors.length > 0 || errors.length !== 1 || markup.length > 0, ['errors', 'one message', 'csp', 'markup']);
      expect(win.pageLog.errors).to.deep.equal([]);
      expect(markup).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]!.text).to.contain('alliance-kit] 9.9.9-copy not started').and.to.contain('already exists');
      expect(win.pageLog.violations).to.have.length(1);
      expect((win as unknown as { allianceKit: { versions: string[] } }).allianceKit.versions).to.deep.equal([KIT_VERSION]);
      expect(win.pageLog.hostScripts).to.include.members(['module after the kit', 'deferred classic script after the kit']);
    });
  });

  describe('a polluted Object.prototype', () => {
    const GROUP = '13 host pages: polluted prototype';
    /** What test/hostile/pages/pollute.js put on Object.prototype, by a __proto__ merge, before the kit loaded. */
    const POLLUTED = /polluted|javascript:|__hostile-beacon|\+1 666|#ff0000|#00ff00/i;

    it('href, src, url, logo, checkoutUrl, domains, status… inherited by every object: the kit loads and shows only the feed (which lacks them)', async () => {
      const win = await openHostPage('/test/hostile/pages/polluted.html');
      const elements = await rendered(win);
      await settled(win);
      const problems: string[] = [...win.pageLog.errors];
      for (const element of elements) {
        const walk = await walkShadow(element);
        problems.push(...walk.problems);
        for (const url of [...walk.links, ...walk.images]) if (POLLUTED.test(url)) problems.push(`${element.localName} shows ${url}`);
        const text = element.shadowRoot!.textContent ?? '';
        if (POLLUTED.test(text)) problems.push(`${element.localName} says ${POLLUTED.exec(text)![0]}…`);
        if (POLLUTED.test(element.getAttribute('style') ?? '')) problems.push(`${element.localName} wears the polluted colours`);
      }
      for (const entry of win.pageLog.console) if (POLLUTED.test(entry.text)) problems.push(`console: ${entry.text}`);
      for (const entry of win.performance.getEntriesByType('resource')) if (POLLUTED.test(entry.name)) problems.push(`request to ${entry.name}`);
      count(GROUP, problems.length > 0, ['errors', 'markup', 'links', 'images', 'text', 'requests']);
      expect(problems).to.deep.equal([]);

      // What the elements read: the feed's own fields, and the defaults where it has none.
      const { feed } = (elements[0] as HTMLElement & { feedState: { feed: any } }).feedState;
      const [space, pass, event] = [feed.spaces[0], feed.passes[0], feed.events[0]];
      for (const [what, item] of Object.entries({ alliance: feed.alliance, space, pass, event })) {
        for (const key of ['href', 'src', 'logo', 'photo', 'image', 'onlineUrl', 'registrationUrl', 'email', 'domains', 'colors', 'description']) {
          expect(item[key], `${what}.${key}`).to.equal(undefined);
        }
      }
      expect([space.status, space.kind, pass.availability, pass.saleEnds, pass.visits]).to.deep.equal(['active', 'coworking', 'on-sale', undefined, undefined]);
      expect([event.status, event.allDay]).to.deep.equal(['scheduled', false]);
      // The page's own (polluted) objects are as the page left them: the kit changed nothing of the page's.
      const probe = new win.Object() as Record<string, unknown>;
      expect(probe.logo).to.equal('https://polluted.example/logo');
      expect(Object.keys(win.Object.prototype)).to.include.members(['href', 'logo', 'domains', 'status']);
      expect(win.pageLog.hostScripts).to.deep.equal(['polluted Object.prototype', 'module after the kit']);
    });
  });
});
