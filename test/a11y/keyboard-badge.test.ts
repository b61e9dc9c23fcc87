/** <alliance-badge> with the keyboard alone: the link, the details toggle (Enter and Space), Escape. */
import { expect, html } from '@open-wc/testing';
import { AllianceBadgeElement } from '../../src/components/badge/alliance-badge.js';
import { pinClock, resetFeedTestState } from '../helpers/feed.js';
import { FEED_URL, MONDAY_MORNING, mount } from '../i18n/fixtures.js';
import { focused, press, startBefore, tabThrough, tabTo } from './keyboard.js';

const realHostname = AllianceBadgeElement.pageHostname;

describe('<alliance-badge> by keyboard', () => {
  beforeEach(() => {
    pinClock(MONDAY_MORNING, 'America/Toronto');
    AllianceBadgeElement.pageHostname = () => 'harbour.example';
  });
  afterEach(() => {
    resetFeedTestState();
    AllianceBadgeElement.pageHostname = realHostname;
  });

  for (const variant of ['full', 'compact', 'icon']) {
    it(`${variant}: reaches the link and the toggle, opens the details with Enter or Space, closes them with Escape`, async () => {
      const badge = await mount<AllianceBadgeElement>(html`<alliance-badge variant=${variant} space="harbour" feed=${FEED_URL}></alliance-badge>`);
      const root = badge.shadowRoot!;
      startBefore(badge);
      const [link, toggle] = await tabThrough(2);
      expect(link).to.equal(root.querySelector('a.seal'));
      expect(toggle).to.equal(root.querySelector('button.toggle'));
      const details = root.querySelector<HTMLElement>('[part~="details"]')!;
      expect(details.hidden).to.equal(true);

      await press('Enter');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(details.hidden).to.equal(false);
      // The pass offer inside the details is the next stop.
      const passLink = await tabTo((element) => element.matches('[part~="pass-link"]'), 3);
      expect(details.contains(passLink)).to.equal(true);

      await press('Escape');
      expect(details.hidden).to.equal(true);
      expect(focused()).to.equal(toggle);

      await press(' ');
      expect(details.hidden, 'Space opens them too').to.equal(false);
      await press(' ');
      expect(details.hidden).to.equal(true);

      const [back] = await tabThrough(1, true);
      expect(back).to.equal(link);
    });
  }
});
