/**
 * <alliance-directory> with the keyboard alone: search by typing, the filters (select with arrow keys,
 * checkboxes with Space, the amenity list with Enter), clear filters, the cards' links and Show more.
 */
import { expect, html } from '@open-wc/testing';
import { pinClock, resetFeedTestState, until } from '../helpers/feed.js';
import { FEED_URL, MONDAY_MORNING, mount, words } from '../i18n/fixtures.js';
import { describeElement, focused, press, startBefore, tabThrough, tabTo, type } from './keyboard.js';

const cardCount = (el: Element) => el.shadowRoot!.querySelectorAll('li.card').length;

describe('<alliance-directory> by keyboard', () => {
  beforeEach(() => pinClock(MONDAY_MORNING, 'America/Toronto'));
  afterEach(resetFeedTestState);

  it('searches, filters and clears with keys alone, every stop visibly focused', async () => {
    const directory = await mount(html`<alliance-directory feed=${FEED_URL} style="width: 900px"></alliance-directory>`);
    const root = directory.shadowRoot!;
    startBefore(directory);

    const [search] = await tabThrough(1);
    expect(search).to.equal(root.querySelector('#search'));
    await type('junction');
    await until(() => cardCount(directory) === 1, 2000, 'one result');

    const clear = await tabTo((element) => element.matches('[part~="clear-filters"]'));
    await press('Enter');
    await until(() => cardCount(directory) === 2, 2000, 'both spaces again');
    expect(focused(), 'focus goes back to the search box').to.equal(search);

    const kind = (await tabTo((element) => element.id === 'kind')) as HTMLSelectElement;
    await press('ArrowDown');
    expect(kind.value).to.equal('coworking');
    await until(() => cardCount(directory) === 1, 2000, 'coworking only');
    await press('ArrowUp');
    expect(kind.value).to.equal('');

    const openNow = (await tabTo((element) => element.matches('input[type="checkbox"]'))) as HTMLInputElement;
    await press(' ');
    expect(openNow.checked).to.equal(true);
    await press(' ');
    expect(openNow.checked).to.equal(false);

    const summary = await tabTo((element) => element.localName === 'summary');
    await press('Enter');
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
    const amenity = (await tabTo((element) => element.matches('fieldset input'))) as HTMLInputElement;
    await press(' ');
    expect(amenity.checked).to.equal(true);
    expect(clear.isConnected || root.querySelector('[part~="clear-filters"]')).to.be.ok;
  });

  it('reaches each card’s links, and Show more carries the focus on to the first new card', async () => {
    const directory = await mount(html`<alliance-directory page-size="1" show-filters="false" feed=${FEED_URL}></alliance-directory>`);
    startBefore(directory);
    const name = await tabTo((element) => !!element.closest('.name'));
    expect(describeElement(name)).to.match(/Harbour Desk|Junction Works/);
    const more = await tabTo((element) => element.matches('[part~="show-more"]'));
    expect(words(directory)).to.contain('Show 1 more');
    await press('Enter');
    expect(cardCount(directory)).to.equal(2);
    const second = directory.shadowRoot!.querySelectorAll('li.card')[1];
    expect(second.contains(focused()), `focus is on the new card (it is on ${describeElement(focused())})`).to.equal(true);
    expect(more.isConnected).to.equal(false);
  });
});
