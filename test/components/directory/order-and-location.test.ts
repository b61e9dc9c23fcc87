import { expect } from '@open-wc/testing';
import type { AllianceDirectoryElement } from '../../../src/components/directory/alliance-directory.js';
import type { GeolocationLike } from '../../../src/components/directory/geo.js';
import { clearFeedSources } from '../../../src/feed/loader.js';
import { pinClock, resetFeedTestState, until } from '../../helpers/feed.js';
import { card, cardIds, choose, directoryFeed, mountDirectory, shadow, text } from './fixtures.js';

/** A Geolocation stand-in that answers with `position` (or fails with `errorCode`), counting requests. */
function stubGeolocation(answer: { lat: number; lon: number } | { errorCode: number }) {
  const stub = {
    calls: 0,
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null) {
      stub.calls++;
      setTimeout(() => {
        if ('errorCode' in answer) failure?.({ code: answer.errorCode, message: 'stub' } as GeolocationPositionError);
        else success({ coords: { latitude: answer.lat, longitude: answer.lon, accuracy: 50 } } as GeolocationPosition);
      }, 5);
    },
  };
  return stub as typeof stub & GeolocationLike;
}

/** A directory on the fixture feed whose "Near me" uses `geolocation`. */
async function withGeolocation(geolocation: GeolocationLike): Promise<AllianceDirectoryElement> {
  const el = await mountDirectory();
  el.geolocation = geolocation;
  await el.updateComplete;
  return el;
}

const nearMe = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('button[part="near-me"]')!;

describe('<alliance-directory> order, distance and the current space', () => {
  afterEach(resetFeedTestState);

  describe('daily rotation (the default order)', () => {
    it('is the same all day in the alliance’s time zone, and changes from one day to the next', async () => {
      const orderAt = async (iso: string, viewerZone = 'America/Chicago') => {
        resetFeedTestState();
        pinClock(iso, viewerZone);
        return cardIds(await mountDirectory());
      };
      const mondayMorning = await orderAt('2026-11-30T14:00:00Z'); // 08:00 in Chicago
      // Late Monday evening in Chicago is already Tuesday in UTC and for a visitor in Tokyo: still Monday's order.
      expect(await orderAt('2026-12-01T05:30:00Z', 'Asia/Tokyo')).to.deep.equal(mondayMorning);
      const orders = new Set([JSON.stringify(mondayMorning)]);
      for (let day = 1; day <= 6; day++) orders.add(JSON.stringify(await orderAt(`2026-12-0${day}T18:00:00Z`)));
      // Seven days of four spaces: the order moves, and the top spot is shared.
      expect(orders.size).to.be.greaterThan(3);
      const firsts = new Set([...orders].map((order) => JSON.parse(order)[0]));
      expect(firsts.size).to.be.greaterThan(1);
    });

    it('does not depend on the order the feed lists its spaces in', async () => {
      pinClock('2026-11-30T16:00:00Z');
      const inFeedOrder = cardIds(await mountDirectory());
      clearFeedSources();
      const reversed = directoryFeed();
      reversed.spaces.reverse();
      expect(cardIds(await mountDirectory(reversed))).to.deep.equal(inFeedOrder);
    });
  });

  it('sorts by name the way the visitor’s language does', async () => {
    pinClock('2026-11-30T16:00:00Z');
    const feed = directoryFeed();
    feed.spaces[0].name = 'Zephyr Works';
    feed.spaces[1].name = 'Éclair Studio';
    feed.spaces[2].name = 'atelier nord';
    feed.spaces[3].name = 'Eden Hall';
    const el = await mountDirectory(feed);
    await choose(el, 'sort', 'name');
    expect(cards(el)).to.deep.equal(['atelier nord', 'Éclair Studio', 'Eden Hall', 'Zephyr Works']);
  });

  describe('distance', () => {
    beforeEach(() => pinClock('2026-11-30T16:30:00Z', 'America/Chicago'));

    it('never asks for the location on load; "Near me" asks once and sorts nearest first, with distances', async () => {
      const geolocation = stubGeolocation({ lat: 39.1097, lon: -94.5836 }); // River Market, Kansas City
      const el = await withGeolocation(geolocation);
      expect(geolocation.calls).to.equal(0);
      expect(shadow(el).querySelector('select#sort option[value="distance"]')).to.equal(null);

      nearMe(el).click();
      await until(() => cardIds(el)[0] === 'river-makers', 2000, 'distance order');
      expect(geolocation.calls).to.equal(1);
      // Nearest first; the space without coordinates comes last.
      expect(cardIds(el)).to.deep.equal(['river-makers', 'crossroads', 'mile-high', 'night-owl']);
      expect(text(card(el, 'crossroads').querySelector('.meta'))).to.equal('Coworking space · Crossroads · 1.4 mi away');
      expect(text(card(el, 'mile-high').querySelector('.meta'))).to.match(/· 5\d\d mi away$/);
      expect(text(card(el, 'night-owl').querySelector('.meta'))).not.to.contain('away');
      expect(shadow(el).querySelector<HTMLSelectElement>('select#sort')!.value).to.equal('distance');
      expect(nearMe(el).getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();

      // Back to the rotation, and to distance again without asking a second time.
      await choose(el, 'sort', 'rotation');
      expect(nearMe(el).getAttribute('aria-pressed')).to.equal('false');
      await choose(el, 'sort', 'distance');
      expect(cardIds(el)[0]).to.equal('river-makers');
      expect(geolocation.calls).to.equal(1);
    });

    it('explains a refusal plainly and keeps the list as it was', async () => {
      const geolocation = stubGeolocation({ errorCode: 1 });
      const el = await withGeolocation(geolocation);
      const before = cardIds(el);
      nearMe(el).click();
      await until(() => text(shadow(el).querySelector('.locate-message')).includes('blocked'), 2000, 'the refusal message');
      const message = shadow(el).querySelector('.locate-message')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(text(message)).to.contain('Location access is blocked');
      expect(cardIds(el)).to.deep.equal(before);
      expect(shadow(el).querySelector('select#sort option[value="distance"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('explains an unavailable position', async () => {
      const el = await withGeolocation(stubGeolocation({ errorCode: 2 }));
      nearMe(el).click();
      await until(() => text(shadow(el).querySelector('.locate-message')).includes('couldn’t be found'), 2000, 'the message');
    });
  });

  describe('current-space', () => {
    beforeEach(() => pinClock('2026-11-30T16:30:00Z'));

    it('marks "You are here" on the current space, first in the daily rotation, kept by a limit', async () => {
      const el = await mountDirectory(directoryFeed(), 'current-space="mile-high" limit="2"');
      expect(cardIds(el)[0]).to.equal('mile-high');
      const here = card(el, 'mile-high');
      expect(here.getAttribute('part')).to.equal('card current');
      expect(text(here.querySelector('[part="here"]'))).to.equal('You are here');
      expect(shadow(el).querySelectorAll('[part="here"]').length).to.equal(1);
      await expect(el).to.be.accessible();
      // Sorted by name it takes its alphabetical place like any other.
      el.limit = undefined;
      await el.updateComplete;
      await choose(el, 'sort', 'name');
      expect(cardIds(el)).to.deep.equal(['crossroads', 'mile-high', 'night-owl', 'river-makers']);
    });

    it('leaves it out with exclude-current', async () => {
      const el = await mountDirectory(directoryFeed(), 'current-space="mile-high" exclude-current');
      expect(cardIds(el)).to.have.members(['crossroads', 'river-makers', 'night-owl']);
      expect(text(shadow(el).querySelector('[part="count"]'))).to.equal('3 spaces');
    });
  });
});

/** The names on the cards, in order. */
function cards(el: Element): string[] {
  return [...shadow(el).querySelectorAll('li.card .name')].map(text);
}
