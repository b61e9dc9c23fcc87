/**
 * Where things are: distances between coordinates, the visitor's position (only ever on request), and a
 * link that opens a space's address in the visitor's map app.
 */
import type { Space } from '../../feed/schema.js';
import { safeUrl } from '../../shared/safe-url.js';

export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine: accurate to well under 1% for city distances). */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Why the visitor's position is not available. */
export type LocateFailure = 'denied' | 'unavailable' | 'unsupported';

export class LocateError extends Error {
  constructor(readonly reason: LocateFailure) {
    super(`Location ${reason}`);
  }
}

/** The part of the Geolocation API the directory uses (so tests and host apps can hand in their own). */
export type GeolocationLike = Pick<Geolocation, 'getCurrentPosition'>;

/** The visitor's position, asked for once. Rejects with a {@link LocateError}. */
export function locate(geolocation: GeolocationLike | undefined | null, timeoutMs = 15_000): Promise<LatLon> {
  return new Promise((resolve, reject) => {
    if (!geolocation || typeof geolocation.getCurrentPosition !== 'function') {
      reject(new LocateError('unsupported'));
      return;
    }
    try {
      geolocation.getCurrentPosition(
        (position) => {
          const { latitude, longitude } = position.coords;
          if (Number.isFinite(latitude) && Number.isFinite(longitude)) resolve({ lat: latitude, lon: longitude });
          else reject(new LocateError('unavailable'));
        },
        // 1 is PERMISSION_DENIED; the constant is not on the error object in every browser.
        (error) => reject(new LocateError(error?.code === 1 ? 'denied' : 'unavailable')),
        // A city-block fix is plenty for sorting spaces, and much faster and kinder to batteries than GPS.
        { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 10 * 60_000 },
      );
    } catch {
      // A permissions policy that blocks geolocation throws in some browsers instead of calling back.
      reject(new LocateError('denied'));
    }
  });
}

export type MapsProvider = 'google' | 'apple' | 'openstreetmap';
export const MAPS_PROVIDERS: readonly MapsProvider[] = ['google', 'apple', 'openstreetmap'];

/** The address as one line ("1824 Grand Blvd, Kansas City, MO 64108"), or `''`. */
export function addressLine(space: Space): string {
  const address = space.address;
  if (!address) return '';
  const regionAndCode = [address.region, address.postalCode].filter(Boolean).join(' ');
  return [address.street, address.locality, regionAndCode].filter(Boolean).join(', ');
}

/**
 * A link that opens the space in a map app: by street address when there is one (it names the place the
 * visitor will look for), else by coordinates. Google's and Apple's URLs open their apps on phones.
 */
export function mapsUrl(space: Space, provider: MapsProvider = 'google'): URL | null {
  const address = space.address?.street ? addressLine(space) : '';
  const geo = space.geo;
  if (!address && !geo) return null;
  let url: URL;
  if (provider === 'openstreetmap') {
    if (geo) {
      url = new URL('https://www.openstreetmap.org/');
      url.searchParams.set('mlat', String(geo.lat));
      url.searchParams.set('mlon', String(geo.lon));
      url.hash = `map=17/${geo.lat}/${geo.lon}`;
    } else {
      url = new URL('https://www.openstreetmap.org/search');
      url.searchParams.set('query', address);
    }
  } else if (provider === 'apple') {
    url = new URL('https://maps.apple.com/');
    if (address) url.searchParams.set('address', address);
    if (geo) url.searchParams.set('ll', `${geo.lat},${geo.lon}`);
    url.searchParams.set('q', space.name);
  } else {
    url = new URL('https://www.google.com/maps/search/');
    url.searchParams.set('api', '1');
    url.searchParams.set('query', address || `${geo!.lat},${geo!.lon}`);
  }
  return safeUrl(url.href);
}
