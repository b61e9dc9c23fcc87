import { expect } from '@open-wc/testing';
import { pinClock, resetFeedTestState, until } from '../../helpers/feed.js';
import { cardIds, choose, directoryFeed, liveRegion, mountDirectory, search, setCheck, shadow, text } from './fixtures.js';

// Monday 2026-11-30, 10:30 in Kansas City, 09:30 in Denver: everything with weekday hours is open.
const MONDAY_MORNING = '2026-11-30T16:30:00Z';

describe('<alliance-directory> search and filters', () => {
  beforeEach(() => pinClock(MONDAY_MORNING, 'America/Chicago'));
  afterEach(resetFeedTestState);

  describe('search', () => {
    it('ignores accents and case: "montreal" and "MONTRÉAL" both find "Montréal Street"', async () => {
      const el = await mountDirectory();
      await search(el, 'montreal');
      expect(cardIds(el)).to.deep.equal(['mile-high']);
      await search(el, 'MONTRÉAL');
      expect(cardIds(el)).to.deep.equal(['mile-high']);
      await search(el, '  Mile   HIGH ');
      expect(cardIds(el)).to.deep.equal(['mile-high']);
    });

    it('finds accented names from plain text and plain names from accented text', async () => {
      const feed = directoryFeed();
      feed.spaces[2].name = 'Atelier Élan';
      const el = await mountDirectory(feed);
      await search(el, 'elan');
      expect(cardIds(el)).to.deep.equal(['river-makers']);
      await search(el, 'crössroads');
      expect(cardIds(el)).to.deep.equal(['crossroads']);
    });

    it('matches name, neighbourhood, description, tags, amenities (slug or label) and locality; every word must match', async () => {
      const el = await mountDirectory();
      const cases: [string, string[]][] = [
        ['river market', ['river-makers']], // name and neighbourhood
        ['rino', ['night-owl']], // neighbourhood
        ['ninety desks', ['crossroads']], // description
        ['first-fridays', ['crossroads']], // tag
        ['laser', ['river-makers']], // a free amenity tag
        ['24/7', ['mile-high']], // an amenity's label
        ['meeting', ['crossroads']], // "meeting-rooms" / "Meeting rooms"
        ['denver', ['mile-high', 'night-owl']], // locality
        ['denver coffee', ['night-owl']],
        ['kansas zzz', []],
      ];
      for (const [query, expected] of cases) {
        await search(el, query);
        expect(cardIds(el), query).to.have.members(expected);
      }
    });

    it('announces the result count politely once typing pauses, in the right plural', async () => {
      const el = await mountDirectory();
      const region = liveRegion(el);
      expect(region.getAttribute('role')).to.equal('status');
      await search(el, 'denver');
      await until(() => text(region) === '2 spaces found.', 2000, 'plural announcement');
      await search(el, 'rino');
      await until(() => text(region) === '1 space found.', 2000, 'singular announcement');
      await search(el, 'nowhere at all');
      await until(() => text(region) === 'No spaces match.', 2000, 'no-results announcement');
      await expect(el).to.be.accessible();
    });

    it('shows the count of what is listed', async () => {
      const el = await mountDirectory();
      expect(text(shadow(el).querySelector('[part="count"]'))).to.equal('4 spaces');
      await search(el, 'rino');
      expect(text(shadow(el).querySelector('[part="count"]'))).to.equal('1 space');
    });
  });

  describe('filters', () => {
    it('by kind', async () => {
      const el = await mountDirectory();
      await choose(el, 'kind', 'makerspace');
      expect(cardIds(el)).to.deep.equal(['river-makers']);
      await choose(el, 'kind', 'coworking');
      expect(cardIds(el)).to.have.members(['crossroads', 'mile-high', 'night-owl']);
    });

    it('by amenities: spaces with every amenity chosen', async () => {
      const el = await mountDirectory();
      const summary = shadow(el).querySelector<HTMLElement>('.amenity-filter summary')!;
      summary.click();
      await el.updateComplete;
      await setCheck(el, 'Coffee', true);
      expect(cardIds(el)).to.have.members(['crossroads', 'night-owl']);
      await setCheck(el, 'Meeting rooms', true);
      expect(cardIds(el)).to.deep.equal(['crossroads']);
      expect(text(summary)).to.equal('Amenities (2 chosen)');
      await setCheck(el, 'Coffee', false);
      await setCheck(el, 'Meeting rooms', false);
      expect(cardIds(el).length).to.equal(4);
      await expect(el).to.be.accessible();
    });

    it('lists documented amenities first, with their labels, then free tags as written', async () => {
      const el = await mountDirectory();
      const labels = [...shadow(el).querySelectorAll('.amenity-filter label.check')].map(text);
      expect(labels).to.deep.equal(['24/7 access', 'Coffee', 'Meeting rooms', 'Wi-Fi', 'laser-cutter']);
    });

    it('open now, on each space’s own clock', async () => {
      // Monday 07:30 in Kansas City, 06:30 in Denver: only the around-the-clock space is open.
      pinClock('2026-11-30T13:30:00Z', 'America/Chicago');
      const el = await mountDirectory();
      await setCheck(el, 'Open now', true);
      expect(cardIds(el)).to.deep.equal(['night-owl']);
      expect(text(shadow(el).querySelector('[part="count"]'))).to.equal('1 space');
      // 08:30 in Kansas City: Crossroads has opened, Denver (07:30) has not.
      pinClock('2026-11-30T14:30:00Z', 'America/Chicago');
      const later = await mountDirectory();
      await setCheck(later, 'Open now', true);
      expect(cardIds(later)).to.have.members(['night-owl', 'crossroads']);
    });

    it('welcomes day visitors', async () => {
      const el = await mountDirectory();
      await setCheck(el, 'Welcomes day visitors', true);
      expect(cardIds(el)).to.have.members(['crossroads', 'mile-high', 'night-owl']);
    });

    it('honours a given pass (including a space opting out of an all-spaces pass)', async () => {
      const el = await mountDirectory();
      await choose(el, 'pass', 'day-pack');
      expect(cardIds(el)).to.have.members(['crossroads', 'mile-high', 'night-owl']);
      await choose(el, 'pass', 'explorer');
      expect(cardIds(el)).to.deep.equal(['crossroads']);
    });

    it('combines filters', async () => {
      const el = await mountDirectory();
      await choose(el, 'pass', 'day-pack');
      await search(el, 'denver');
      expect(cardIds(el)).to.have.members(['mile-high', 'night-owl']);
      await choose(el, 'kind', 'makerspace');
      expect(cardIds(el)).to.deep.equal([]);
    });

    it('labels every control inside its own shadow root', async () => {
      const el = await mountDirectory();
      const root = shadow(el);
      for (const control of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
        expect(control.labels?.length, control.outerHTML).to.be.greaterThan(0);
        expect(text(control.labels![0]), control.outerHTML).not.to.equal('');
      }
    });
  });

  describe('no results', () => {
    it('says nothing matches, and "Clear filters" brings everything back with focus in the search box', async () => {
      const el = await mountDirectory();
      await choose(el, 'kind', 'makerspace');
      await search(el, 'denver');
      const empty = shadow(el).querySelector('[part="no-results"]')!;
      expect(text(empty)).to.contain('No member spaces match your search and filters.');
      expect(shadow(el).querySelector('ul.cards')).to.equal(null);
      await expect(el).to.be.accessible();

      empty.querySelector<HTMLButtonElement>('button[part="clear-filters"]')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(cardIds(el).length).to.equal(4);
      expect(shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('');
      expect(shadow(el).querySelector<HTMLSelectElement>('select#kind')!.value).to.equal('');
      expect(shadow(el).activeElement?.id).to.equal('search');
      expect(shadow(el).querySelector('[part="clear-filters"]')).to.equal(null);
    });
  });

  describe('attributes', () => {
    it('preset kinds and amenities narrow the directory before the visitor filters', async () => {
      const el = await mountDirectory(directoryFeed(), 'kinds="coworking" amenities="wifi coffee"');
      expect(cardIds(el)).to.have.members(['crossroads', 'night-owl']);
      // One kind left: no kind filter to offer.
      expect(shadow(el).querySelector('select#kind')).to.equal(null);
      el.kinds = ['makerspace', 'coworking'];
      el.amenities = [];
      await el.updateComplete;
      expect(cardIds(el).length).to.equal(4);
    });

    it('show-filters="false" shows the cards alone', async () => {
      const el = await mountDirectory(directoryFeed(), 'show-filters="false"');
      expect(shadow(el).querySelector('[part="toolbar"]')).to.equal(null);
      expect(cardIds(el).length).to.equal(4);
      el.showFilters = true;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="toolbar"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('limit caps the list', async () => {
      const el = await mountDirectory(directoryFeed(), 'limit="2"');
      expect(cardIds(el).length).to.equal(2);
      expect(shadow(el).querySelector('[part="show-more"]')).to.equal(null);
      expect(text(shadow(el).querySelector('[part="count"]'))).to.equal('2 spaces');
    });
  });

  describe('sync-url', () => {
    let savedUrl: string;
    beforeEach(() => {
      savedUrl = location.href;
    });
    afterEach(() => history.replaceState(history.state, '', savedUrl));

    it('opens the view a link describes, keeps the host’s own hash, and writes changes back', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}#contact&directory.q=denver&directory.kind=coworking`);
      const el = await mountDirectory(directoryFeed(), 'sync-url');
      expect(cardIds(el)).to.have.members(['mile-high', 'night-owl']);
      expect(shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('denver');

      await search(el, 'rino');
      expect(location.hash).to.equal('#contact&directory.q=rino&directory.kind=coworking');
      await setCheck(el, 'Open now', true);
      expect(location.hash).to.contain('directory.open=1');
      shadow(el).querySelector<HTMLButtonElement>('[part="clear-filters"]')!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#contact');
    });

    it('follows hashchange, and uses its own namespace', async () => {
      const el = await mountDirectory(directoryFeed(), 'sync-url="spaces"');
      expect(cardIds(el).length).to.equal(4);
      location.hash = 'directory.q=rino&spaces.kind=makerspace';
      await until(() => cardIds(el).length === 1, 2000, 'the hash to apply');
      expect(cardIds(el)).to.deep.equal(['river-makers']);
    });

    it('leaves the hash alone without sync-url', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}#directory.q=denver`);
      const el = await mountDirectory();
      expect(cardIds(el).length).to.equal(4);
      await search(el, 'rino');
      expect(location.hash).to.equal('#directory.q=denver');
    });
  });
});
