/**
 * <alliance-pass-button> with the keyboard alone: the checkout link, "What's included" and its dialog (focus
 * moves in, stays in, Escape closes it and focus returns), and the pass chooser's arrow keys.
 */
import { expect, html } from '@open-wc/testing';
import { pinClock, resetFeedTestState } from '../helpers/feed.js';
import { FEED_URL, i18nFeed, MONDAY_MORNING, mount } from '../i18n/fixtures.js';
import { describeElement, focused, focusIndicator, press, startBefore, tabThrough } from './keyboard.js';

describe('<alliance-pass-button> by keyboard', () => {
  beforeEach(() => pinClock(MONDAY_MORNING, 'America/Toronto'));
  afterEach(resetFeedTestState);

  it('reaches the checkout link and "What’s included"; the dialog takes the focus, keeps it, and gives it back on Escape', async () => {
    const button = await mount(html`<alliance-pass-button pass="day" feed=${FEED_URL}></alliance-pass-button>`);
    const root = button.shadowRoot!;
    startBefore(button);
    const [buy, details] = await tabThrough(2);
    expect(buy).to.equal(root.querySelector('a.buy'));
    expect(details).to.equal(root.querySelector('[part~="details-button"]'));

    await press('Enter');
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(focused(), 'focus moves into the dialog').to.equal(dialog.querySelector('button.close'));

    // However far a keyboard user tabs, the focus stays in the dialog: the page behind it is inert.
    for (let i = 0; i < 8; i++) {
      await press('Tab');
      const element = focused();
      if (element && element !== document.body) {
        expect(dialog.contains(element), `Tab ${i + 1} left the dialog for ${describeElement(element)}`).to.equal(true);
        expect(focusIndicator(element), `a visible focus indicator on ${describeElement(element)}`).to.be.a('string');
      }
    }

    await press('Escape');
    expect(root.querySelector('dialog')).to.equal(null);
    expect(focused(), 'focus returns to the button that opened it').to.equal(details);
  });

  it('chooses between passes with the arrow keys', async () => {
    const feed = i18nFeed();
    feed.passes.push({ id: 'week', name: 'Lakeshore Week', price: { amount: '90' }, visits: 5, checkoutUrl: 'https://buy.stripe.com/test_week' });
    const chooser = await mount(html`<alliance-pass-button feed=${FEED_URL}></alliance-pass-button>`, feed);
    const root = chooser.shadowRoot!;
    startBefore(chooser);
    const [first] = await tabThrough(1);
    expect((first as HTMLInputElement).type).to.equal('radio');
    expect((first as HTMLInputElement).checked).to.equal(true);
    await press('ArrowDown');
    const second = focused() as HTMLInputElement;
    expect(second.value).to.equal('week');
    expect(second.checked).to.equal(true);
    expect(root.querySelector('.card-body .name')!.textContent).to.contain('Lakeshore Week');
    expect(focusIndicator(second)).to.be.a('string');
  });
});
