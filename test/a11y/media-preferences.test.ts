/**
 * The visitor's display settings: reduced motion stops the decorative motion; theme="auto" follows the system's
 * dark mode. (Forced colours, which only Playwright can emulate, are checked in forced-colors.node.test.ts.)
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { AllianceBadgeElement } from '../../src/components/badge/alliance-badge.js';
import { pinClock, resetFeedTestState, until } from '../helpers/feed.js';
import { FEED_URL, MONDAY_MORNING, mount } from '../i18n/fixtures.js';

const realHostname = AllianceBadgeElement.pageHostname;

describe('display preferences', () => {
  beforeEach(() => {
    pinClock(MONDAY_MORNING, 'America/Toronto');
    AllianceBadgeElement.pageHostname = () => 'harbour.example';
  });
  afterEach(async () => {
    resetFeedTestState();
    AllianceBadgeElement.pageHostname = realHostname;
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  it('reduced motion: no spinning, pulsing or sliding that matters', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const badge = await mount(html`<alliance-badge space="harbour" feed=${FEED_URL}></alliance-badge>`);
    const chevron = badge.shadowRoot!.querySelector('.chevron')!;
    expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');

    // Loading states, from a feed that never answers: the skeleton stops pulsing, the spinner (it says
    // "working") keeps turning, slowly.
    const provider = document.createElement('alliance-feed');
    provider.data = new Promise(() => {});
    provider.innerHTML = '<alliance-directory></alliance-directory><alliance-badge space="harbour"></alliance-badge>';
    document.body.append(provider);
    try {
      const [directory, loadingBadge] = [provider.querySelector('alliance-directory')!, provider.querySelector('alliance-badge')!];
      await until(() => !!directory.shadowRoot?.querySelector('.bar') && !!loadingBadge.shadowRoot?.querySelector('.spinner'), 3000, 'loading states');
      expect(getComputedStyle(directory.shadowRoot!.querySelector('.bar')!).animationName).to.equal('none');
      expect(parseFloat(getComputedStyle(loadingBadge.shadowRoot!.querySelector('.spinner')!).animationDuration)).to.be.at.least(3);
    } finally {
      provider.remove();
    }
  });

  it('theme="auto" follows the system’s dark mode', async () => {
    const events = await mount(html`<alliance-events theme="auto" feed=${FEED_URL}></alliance-events>`);
    const ground = () => getComputedStyle(events.shadowRoot!.querySelector('.event')!).backgroundColor;
    const light = ground();
    await emulateMedia({ colorScheme: 'dark' });
    expect(ground()).not.to.equal(light);
    expect(ground()).to.equal('rgb(22, 26, 34)');
  });
});
