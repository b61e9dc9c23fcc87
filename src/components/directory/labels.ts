/**
 * Visitor-facing words for the feed's vocabularies. Functions, not constant maps, because `msg()` must run
 * when the text is shown, in the locale active then.
 */
import { msg } from '../../shared/localize.js';
import type { Amenity, SpaceKind } from '../../feed/schema.js';

export function kindLabel(kind: SpaceKind): string {
  switch (kind) {
    case 'coworking':
      return msg('Coworking space');
    case 'shared-office':
      return msg('Shared office');
    case 'makerspace':
      return msg('Makerspace');
    case 'studio':
      return msg('Studio');
    case 'incubator':
      return msg('Incubator');
    case 'kitchen':
      return msg('Shared kitchen');
    case 'library':
      return msg('Library');
    default:
      return msg('Other workspace');
  }
}

function vocabularyLabel(amenity: Amenity): string | undefined {
  switch (amenity) {
    case 'wifi':
      return msg('Wi-Fi');
    case 'coffee':
      return msg('Coffee');
    case 'kitchen':
      return msg('Kitchen');
    case 'meeting-rooms':
      return msg('Meeting rooms');
    case 'phone-booths':
      return msg('Phone booths');
    case 'printing':
      return msg('Printing');
    case 'lockers':
      return msg('Lockers');
    case 'mail':
      return msg('Mail handling');
    case 'parking':
      return msg('Parking');
    case 'bike-storage':
      return msg('Bike storage');
    case 'showers':
      return msg('Showers');
    case 'wheelchair-accessible':
      return msg('Wheelchair accessible');
    case 'pet-friendly':
      return msg('Pet friendly');
    case 'childcare':
      return msg('Childcare');
    case 'event-space':
      return msg('Event space');
    case 'standing-desks':
      return msg('Standing desks');
    case 'monitors':
      return msg('Monitors');
    case 'outdoor-space':
      return msg('Outdoor space');
    case '24-7-access':
      return msg('24/7 access');
    case 'quiet-zone':
      return msg('Quiet zone');
    default:
      return undefined;
  }
}

/** The localised label of a documented amenity; any other slug (a free tag) exactly as the feed wrote it. */
export function amenityLabel(slug: string): string {
  return vocabularyLabel(slug as Amenity) ?? slug;
}

/** True for amenities in the documented vocabulary (shown first in the filter, with translated labels). */
export function isKnownAmenity(slug: string): boolean {
  return vocabularyLabel(slug as Amenity) !== undefined;
}
