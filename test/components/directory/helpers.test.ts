import { expect } from '@open-wc/testing';
import { DEFAULT_VIEW, foldText, queryTerms } from '../../../src/components/directory/directory-model.js';
import { haversineKm, locate, LocateError, mapsUrl } from '../../../src/components/directory/geo.js';
import { coversWholeDay, summarizeWeek } from '../../../src/components/directory/hours-text.js';
import { rotationSeed, seededShuffle } from '../../../src/components/directory/rotation.js';
import { monogram } from '../../../src/components/directory/space-card.js';
import { readViewFromHash, writeViewToHash } from '../../../src/components/directory/url-state.js';
import type { Space } from '../../../src/feed/schema.js';
import { weekdays } from './fixtures.js';

describe('directory helpers', () => {
  it('foldText drops accents and case, so "Montréal", "MONTREAL" and "montreal" match', () => {
    expect(foldText('Montréal')).to.equal('montreal');
    expect(foldText('MONTRÉAL')).to.equal('montreal');
    expect(foldText('Ça Va Crème Brûlée')).to.equal('ca va creme brulee');
    expect(queryTerms('  Crème   brûlée ')).to.deep.equal(['creme', 'brulee']);
  });

  describe('daily rotation', () => {
    const ids = Array.from({ length: 20 }, (_, index) => `space-${index}`);

    it('is a permutation, the same for the same seed, whatever the input order', () => {
      const order = seededShuffle(ids, 'alliance|2026-11-30');
      expect([...order].sort()).to.deep.equal([...ids].sort());
      expect(seededShuffle([...ids].reverse(), 'alliance|2026-11-30')).to.deep.equal(order);
      expect(seededShuffle(ids, 'alliance|2026-12-01')).not.to.deep.equal(order);
    });

    it('gives every member its fair turn at the top over a year and more', () => {
      const firsts = new Map<string, number>();
      const days = 2000;
      for (let day = 0; day < days; day++) {
        const first = seededShuffle(ids, `alliance|day-${day}`)[0];
        firsts.set(first, (firsts.get(first) ?? 0) + 1);
      }
      expect(firsts.size).to.equal(ids.length);
      // 100 each on average; a fair shuffle stays well inside 50–150.
      for (const [id, count] of firsts) expect(count, id).to.be.within(50, 150);
    });

    it('turns at midnight in the alliance’s zone, not the visitor’s or UTC', () => {
      const zone = 'America/Chicago';
      expect(rotationSeed('a', zone, Date.parse('2026-12-01T05:59:00Z'))).to.equal('a|2026-11-30');
      expect(rotationSeed('a', zone, Date.parse('2026-12-01T06:00:00Z'))).to.equal('a|2026-12-01');
    });
  });

  describe('URL hash', () => {
    it('round-trips a view and keeps the host’s pieces in place', () => {
      const view = { ...DEFAULT_VIEW, query: 'café & co', kind: 'makerspace', amenities: ['wifi', '24-7-access'], openNow: true, dayUse: true, pass: 'day', sort: 'name' as const };
      const hash = writeViewToHash('#/route/a&other=1', 'dir', view);
      expect(hash.startsWith('#/route/a&other=1&dir.')).to.equal(true);
      expect(readViewFromHash(hash, 'dir')).to.deep.equal({ ...view });
      expect(writeViewToHash(hash, 'dir', { ...DEFAULT_VIEW })).to.equal('#/route/a&other=1');
    });

    it('ignores other namespaces, malformed escapes, and a distance sort (a link never asks for the location)', () => {
      expect(readViewFromHash('#contact', 'dir')).to.equal(null);
      expect(readViewFromHash('#other.q=x', 'dir')).to.equal(null);
      expect(readViewFromHash('#dir.q=%E0%A4%A&dir.kind=studio', 'dir')).to.deep.equal({ kind: 'studio' });
      expect(readViewFromHash('#dir.sort=distance', 'dir')).to.deep.equal({});
      expect(readViewFromHash('#dir.sort=bogus&dir.open=1', 'dir')).to.deep.equal({ openNow: true });
      expect(writeViewToHash('', 'dir', { ...DEFAULT_VIEW, sort: 'distance' })).to.equal('');
    });
  });

  describe('geo', () => {
    it('haversine: Kansas City to Denver is about 900 km', () => {
      const km = haversineKm({ lat: 39.0997, lon: -94.5786 }, { lat: 39.7392, lon: -104.9903 });
      expect(km).to.be.within(890, 910);
      expect(haversineKm({ lat: 10, lon: 10 }, { lat: 10, lon: 10 })).to.equal(0);
    });

    it('map links: by address, else by coordinates, for each provider, always https', () => {
      const space = {
        id: 's',
        name: 'Crossroads Commons',
        address: { street: '1824 Grand Blvd', locality: 'Kansas City', region: 'MO', postalCode: '64108' },
        geo: { lat: 39.09, lon: -94.58 },
      } as Space;
      expect(mapsUrl(space)!.href).to.equal('https://www.google.com/maps/search/?api=1&query=1824+Grand+Blvd%2C+Kansas+City%2C+MO+64108');
      expect(mapsUrl({ ...space, address: undefined })!.searchParams.get('query')).to.equal('39.09,-94.58');
      expect(mapsUrl(space, 'apple')!.searchParams.get('ll')).to.equal('39.09,-94.58');
      expect(mapsUrl(space, 'openstreetmap')!.href).to.equal('https://www.openstreetmap.org/?mlat=39.09&mlon=-94.58#map=17/39.09/-94.58');
      expect(mapsUrl({ id: 'x', name: 'Nowhere' } as Space)).to.equal(null);
    });

    it('locate() reports a missing API, a refusal and a thrown policy error as reasons', async () => {
      const reason = (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: LocateError) => error.reason);
      expect(await reason(locate(undefined))).to.equal('unsupported');
      expect(await reason(locate({ getCurrentPosition: (_ok, fail) => fail?.({ code: 1 } as GeolocationPositionError) }))).to.equal('denied');
      expect(await reason(locate({ getCurrentPosition: (_ok, fail) => fail?.({ code: 3 } as GeolocationPositionError) }))).to.equal('unavailable');
      expect(
        await reason(
          locate({
            getCurrentPosition: () => {
              throw new Error('blocked by permissions policy');
            },
          }),
        ),
      ).to.equal('denied');
    });
  });

  it('summarizeWeek groups days with the same hours', () => {
    const hours = [...weekdays('09:00', '17:00'), { day: 'sat' as const, opens: '10:00', closes: '14:00' }];
    expect(summarizeWeek(hours, 'en-US')).to.equal('Mon–Fri 9:00 AM – 5:00 PM; Sat 10:00 AM – 2:00 PM');
    expect(summarizeWeek([{ day: 'wed', opens: '09:00', closes: '12:00' }], 'en-GB')).to.equal('Wed 9:00 – 12:00');
  });

  it('coversWholeDay', () => {
    expect(coversWholeDay([{ opens: '00:00', closes: '24:00' }])).to.equal(true);
    expect(coversWholeDay([{ opens: '00:00', closes: '12:00' }, { opens: '12:00', closes: '24:00' }])).to.equal(true);
    expect(coversWholeDay([{ opens: '00:00', closes: '23:59' }])).to.equal(false);
    expect(coversWholeDay([{ opens: '08:00', closes: '18:00' }])).to.equal(false);
  });

  it('monogram takes the first and last initials', () => {
    expect(monogram('Night Owl Works')).to.equal('NW');
    expect(monogram('Atelier')).to.equal('A');
    expect(monogram('élan vital')).to.equal('ÉV');
    expect(monogram('  ')).to.equal('');
  });
});
