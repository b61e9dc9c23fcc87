/**
 * The member spreadsheet's columns: which header names mean which feed field (matched leniently: case,
 * accents, spaces and punctuation do not matter, nor a note in brackets like "Day rate (USD)"), and how a
 * cell becomes that field's value. Each reader either returns exact feed values or says what is wrong.
 */
import { AMENITIES, SPACE_KINDS, isTimeZone, type SpaceKind } from '../feed/schema.js';
import { canonicalZone } from './dates.js';
import { parseOpeningHours } from './opening-hours.js';
import {
  looseText,
  readBoolean,
  readCountry,
  readDecimal,
  readHostName,
  readPrice,
  readWebAddress,
  splitList,
  type Read,
} from './values.js';
import { suggestZone } from './zone-names.js';

/** One change to a space: a value at a path inside it, or `undefined` to remove the field. */
export type FieldChange = [path: string[], value: unknown];

export interface CellContext {
  /** The alliance's currency, which prices without their own use. */
  currency?: string;
  /** The alliance's language, for country names. */
  language?: string;
}

export interface Column {
  key: string;
  /** The header name shown in help and messages. */
  label: string;
  /** Other header names that mean the same. */
  aliases: string[];
  /** What the cell holds, for --help. */
  doc: string;
  /** The fields this column sets (cleared when the cell is empty). */
  paths: string[][];
  read: (cell: string, context: CellContext) => Read<FieldChange[]>;
}

const set = (path: string[], value: unknown): Read<FieldChange[]> => ({ ok: true, value: [[path, value]] });
const fail = (error: string): Read<never> => ({ ok: false, error });

function text(path: string[], max: number): Column['read'] {
  return (cell) => (cell.length > max ? fail(`is ${cell.length} characters long; the most is ${max}`) : set(path, cell));
}

function web(path: string[]): Column['read'] {
  return (cell) => {
    const read = readWebAddress(cell);
    return read.ok ? set(path, read.value) : read;
  };
}

function yesNo(path: string[]): Column['read'] {
  return (cell) => {
    const read = readBoolean(cell);
    return read.ok ? set(path, read.value) : fail(`${read.error} (write yes or no)`);
  };
}

const KIND_WORDS: [string, SpaceKind][] = [
  ['coworking', 'coworking'],
  ['cowork', 'coworking'],
  ['coworkingspace', 'coworking'],
  ['sharedoffice', 'shared-office'],
  ['servicedoffice', 'shared-office'],
  ['office', 'shared-office'],
  ['makerspace', 'makerspace'],
  ['hackerspace', 'makerspace'],
  ['fablab', 'makerspace'],
  ['workshop', 'makerspace'],
  ['studio', 'studio'],
  ['artstudio', 'studio'],
  ['incubator', 'incubator'],
  ['accelerator', 'incubator'],
  ['kitchen', 'kitchen'],
  ['sharedkitchen', 'kitchen'],
  ['commercialkitchen', 'kitchen'],
  ['library', 'library'],
  ['other', 'other'],
];
const KINDS = new Map<string, SpaceKind>([...KIND_WORDS, ...SPACE_KINDS.map((kind) => [looseText(kind), kind] as [string, SpaceKind])]);

const AMENITY_WORDS: Record<string, string[]> = {
  wifi: ['wifi', 'wi-fi', 'wireless', 'internet', 'fast wifi'],
  coffee: ['coffee', 'free coffee', 'tea and coffee', 'coffee and tea', 'espresso'],
  kitchen: ['kitchen', 'kitchenette', 'shared kitchen'],
  'meeting-rooms': ['meeting rooms', 'meeting room', 'conference room', 'conference rooms', 'boardroom'],
  'phone-booths': ['phone booths', 'phone booth', 'call booths', 'call booth', 'phone rooms'],
  printing: ['printing', 'printer', 'printers', 'print', 'scanner'],
  lockers: ['lockers', 'locker'],
  mail: ['mail', 'mail handling', 'mailbox', 'business address', 'post'],
  parking: ['parking', 'car park', 'free parking'],
  'bike-storage': ['bike storage', 'bike parking', 'bicycle parking', 'bike racks', 'bike rack'],
  showers: ['showers', 'shower'],
  'wheelchair-accessible': ['wheelchair accessible', 'accessible', 'step-free access', 'step free', 'accessibility'],
  'pet-friendly': ['pet friendly', 'dog friendly', 'dogs welcome', 'pets welcome', 'pets allowed'],
  childcare: ['childcare', 'child care', 'creche', 'kids room'],
  'event-space': ['event space', 'events space', 'event venue', 'event hall'],
  'standing-desks': ['standing desks', 'standing desk', 'sit-stand desks', 'sit stand desks'],
  monitors: ['monitors', 'monitor', 'screens', 'external monitors'],
  'outdoor-space': ['outdoor space', 'terrace', 'garden', 'patio', 'rooftop', 'balcony'],
  '24-7-access': ['24/7', '24/7 access', '24-7 access', '24h access', '24 hour access', 'around the clock'],
  'quiet-zone': ['quiet zone', 'quiet room', 'quiet area', 'silent area', 'library area'],
};
const AMENITY_BY_WORD = new Map<string, string>();
for (const amenity of AMENITIES) AMENITY_BY_WORD.set(looseText(amenity), amenity);
for (const [amenity, words] of Object.entries(AMENITY_WORDS)) for (const word of words) AMENITY_BY_WORD.set(looseText(word), amenity);

function readAmenities(cell: string): Read<FieldChange[]> {
  const amenities: string[] = [];
  for (const item of splitList(cell)) {
    const known = AMENITY_BY_WORD.get(looseText(item));
    const slug =
      known ??
      item
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(slug)) return fail(`"${item}" cannot be written as an amenity (letters, digits and "-", up to 40)`);
    if (!amenities.includes(slug)) amenities.push(slug);
  }
  return set(['amenities'], amenities);
}

function readHours(path: string[]): Column['read'] {
  return (cell) => {
    const result = parseOpeningHours(cell);
    return result.ok ? set(path, result.hours) : fail(`"${cell}": ${result.error}`);
  };
}

function readWholeNumber(path: string[], min: number, max: number): Column['read'] {
  return (cell) => (/^\d+$/.test(cell) && +cell >= min && +cell <= max ? set(path, Number(cell)) : fail(`"${cell}" is not a whole number from ${min} to ${max}`));
}

function readCoordinate(path: string[], limit: number): Column['read'] {
  return (cell) => {
    const read = readDecimal(cell);
    if (!read.ok) return read;
    return Math.abs(read.value) <= limit ? set(path, read.value) : fail(`${read.value} is outside -${limit} to ${limit}`);
  };
}

export const COLUMNS: Column[] = [
  {
    key: 'id',
    label: 'ID',
    aliases: ['Space ID', 'Slug'],
    doc: 'The space\'s permanent id (letters, digits, "-"). Optional: made from the name when empty, and kept on later imports.',
    paths: [['id']],
    read: (cell) => (/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(cell) ? set(['id'], cell) : fail(`"${cell}" is not an id: use letters, digits, "-", "_" or "."`)),
  },
  { key: 'name', label: 'Name', aliases: ['Space name', 'Space', 'Member', 'Business name'], doc: 'Required.', paths: [['name']], read: text(['name'], 200) },
  { key: 'url', label: 'Website', aliases: ['URL', 'Web site', 'Site', 'Homepage'], doc: 'https:// is added when missing; http:// is refused.', paths: [['url']], read: web(['url']) },
  {
    key: 'domains',
    label: 'Domains',
    aliases: ['Domain', 'Other domains'],
    doc: 'Host names of the space\'s own sites, comma separated (for the membership badge).',
    paths: [['domains']],
    read: (cell) => {
      const hosts: string[] = [];
      for (const item of splitList(cell)) {
        const read = readHostName(item);
        if (!read.ok) return read;
        if (!hosts.includes(read.value)) hosts.push(read.value);
      }
      return set(['domains'], hosts);
    },
  },
  {
    key: 'kind',
    label: 'Kind',
    aliases: ['Type', 'Space type', 'Category'],
    doc: `One of ${SPACE_KINDS.join(', ')} (also "co-working", "shared office", "maker space"…).`,
    paths: [['kind']],
    read: (cell) => {
      const kind = KINDS.get(looseText(cell));
      return kind ? set(['kind'], kind) : fail(`"${cell}" is not a kind of space; use one of ${SPACE_KINDS.join(', ')}`);
    },
  },
  { key: 'neighbourhood', label: 'Neighbourhood', aliases: ['Neighborhood', 'Area', 'District'], doc: '', paths: [['neighbourhood']], read: text(['neighbourhood'], 200) },
  { key: 'street', label: 'Street', aliases: ['Address', 'Street address', 'Address line 1'], doc: '', paths: [['address', 'street']], read: text(['address', 'street'], 200) },
  { key: 'locality', label: 'City', aliases: ['Town', 'Locality'], doc: '', paths: [['address', 'locality']], read: text(['address', 'locality'], 200) },
  { key: 'region', label: 'State', aliases: ['Province', 'Region', 'State/Province', 'State/Province/Region', 'County'], doc: '', paths: [['address', 'region']], read: text(['address', 'region'], 200) },
  { key: 'postalCode', label: 'Postal code', aliases: ['ZIP', 'ZIP code', 'Postcode', 'Post code', 'Postal code/ZIP'], doc: '', paths: [['address', 'postalCode']], read: text(['address', 'postalCode'], 20) },
  {
    key: 'country',
    label: 'Country',
    aliases: ['Country code'],
    doc: 'A two-letter code or the country\'s name ("US", "United States", "Deutschland").',
    paths: [['address', 'country']],
    read: (cell, context) => {
      const read = readCountry(cell, context.language);
      return read.ok ? set(['address', 'country'], read.value) : read;
    },
  },
  { key: 'lat', label: 'Latitude', aliases: ['Lat'], doc: 'Decimal degrees, e.g. 39.0902.', paths: [['geo', 'lat']], read: readCoordinate(['geo', 'lat'], 90) },
  { key: 'lon', label: 'Longitude', aliases: ['Lon', 'Lng', 'Long'], doc: 'Decimal degrees, e.g. -94.5817.', paths: [['geo', 'lon']], read: readCoordinate(['geo', 'lon'], 180) },
  {
    key: 'coordinates',
    label: 'Coordinates',
    aliases: ['Lat, Lon', 'Lat/Lon', 'Lat Lng', 'Geo', 'GPS'],
    doc: 'Both in one cell: "39.0902, -94.5817" (as Google Maps copies them).',
    paths: [['geo', 'lat'], ['geo', 'lon']],
    read: (cell) => {
      const match = /^\s*(-?\d+(?:\.\d+)?)\s*[,;/ ]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(cell);
      if (!match || Math.abs(+match[1]) > 90 || Math.abs(+match[2]) > 180) return fail(`"${cell}" is not "latitude, longitude" like "39.0902, -94.5817"`);
      return { ok: true, value: [[['geo', 'lat'], Number(match[1])], [['geo', 'lon'], Number(match[2])]] };
    },
  },
  {
    key: 'timezone',
    label: 'Timezone',
    aliases: ['Time zone', 'TZ'],
    doc: 'An IANA name like America/Denver; only needed when it differs from the alliance\'s.',
    paths: [['timezone']],
    read: (cell) => {
      // "EST" or "BST" are valid zone names that mean something else (a zone without DST; Bangladesh).
      const zone = cell.includes('/') || cell === 'UTC' ? (isTimeZone(cell) ? canonicalZone(cell) : null) : null;
      if (zone) return set(['timezone'], zone);
      const suggestion = suggestZone(cell);
      return fail(`"${cell}" is not a time zone name${suggestion ? `; did you mean ${suggestion}?` : ' like America/Denver'}`);
    },
  },
  {
    key: 'amenities',
    label: 'Amenities',
    aliases: ['Facilities', 'Features'],
    doc: `Comma separated. Known: ${AMENITIES.join(', ')} (and common spellings like "Wi-Fi" or "Meeting room"); others are kept as written.`,
    paths: [['amenities']],
    read: readAmenities,
  },
  {
    key: 'hours',
    label: 'Opening hours',
    aliases: ['Hours', 'Open hours', 'Hours of operation', 'Opening times'],
    doc: 'Like "Mon-Fri 8:00-18:00; Sat 10-14", "Mon–Fri 8am–6pm, Closed Sun", "Tue,Thu 9-17" or "24/7".',
    paths: [['hours']],
    read: readHours(['hours']),
  },
  {
    key: 'dayPrice',
    label: 'Day pass price',
    aliases: ['Day rate', 'Day price', 'Day use price', 'Drop-in price', 'Drop-in rate'],
    doc: 'Like "25", "25.00", "$25" or "12,50 EUR"; "free" for no charge.',
    paths: [['dayUse', 'price']],
    read: (cell, context) => {
      const read = readPrice(cell, context.currency);
      return read.ok ? set(['dayUse', 'price'], read.value) : read;
    },
  },
  {
    key: 'dayAccepted',
    label: 'Accepts day users',
    aliases: ['Day users', 'Day use', 'Drop-ins', 'Accepts drop-ins', 'Day passes'],
    doc: 'yes or no. When empty but a day price is given, yes.',
    paths: [['dayUse', 'accepted']],
    read: yesNo(['dayUse', 'accepted']),
  },
  {
    key: 'dayHours',
    label: 'Day use hours',
    aliases: ['Day pass hours', 'Drop-in hours', 'Day user hours'],
    doc: 'When day users are welcome, if narrower than the opening hours; same format as "Opening hours".',
    paths: [['dayUse', 'hours']],
    read: readHours(['dayUse', 'hours']),
  },
  { key: 'bookingRequired', label: 'Booking required', aliases: ['Booking needed', 'Reservation required', 'Book ahead'], doc: 'yes or no.', paths: [['dayUse', 'bookingRequired']], read: yesNo(['dayUse', 'bookingRequired']) },
  { key: 'bookingUrl', label: 'Booking URL', aliases: ['Booking link', 'Booking', 'Reservation URL', 'Book online'], doc: '', paths: [['dayUse', 'bookingUrl']], read: web(['dayUse', 'bookingUrl']) },
  {
    key: 'maxDays',
    label: 'Max days',
    aliases: ['Max consecutive days', 'Maximum days', 'Max days in a row'],
    doc: 'The most days in a row one day user may come (1 to 366).',
    paths: [['dayUse', 'maxConsecutiveDays']],
    read: readWholeNumber(['dayUse', 'maxConsecutiveDays'], 1, 366),
  },
  {
    key: 'dayNotes',
    label: 'Notes',
    aliases: ['Day use notes', 'Visitor notes', 'Day pass notes'],
    doc: 'Shown to day users on member sites (so keep private notes in a column with another name).',
    paths: [['dayUse', 'notes']],
    read: text(['dayUse', 'notes'], 500),
  },
  {
    key: 'memberSince',
    label: 'Member since',
    aliases: ['Joined', 'Year joined', 'Member since year'],
    doc: 'A year, or a date the year is taken from.',
    paths: [['memberSince']],
    read: (cell) => {
      const years = cell.match(/\b(19|20|21|22)\d{2}\b/g) ?? [];
      const year = years.length === 1 ? Number(years[0]) : NaN;
      return year >= 1990 && year <= 2200 ? set(['memberSince'], year) : fail(`"${cell}" is not a year from 1990 on`);
    },
  },
  {
    key: 'status',
    label: 'Status',
    aliases: ['Membership status', 'Membership'],
    doc: '"active" or "lapsed" (also "member", "current", "former", "inactive", "expired").',
    paths: [['status']],
    read: (cell) => {
      const word = looseText(cell);
      if (['active', 'member', 'current', 'yes', 'paid'].includes(word)) return set(['status'], 'active');
      if (['lapsed', 'inactive', 'former', 'expired', 'ended', 'paused', 'no', 'cancelled', 'canceled'].includes(word)) return set(['status'], 'lapsed');
      return fail(`"${cell}" is not a membership status; write active or lapsed`);
    },
  },
  {
    key: 'email',
    label: 'Email',
    aliases: ['E-mail', 'Email address', 'Contact email'],
    doc: 'Published on member sites.',
    paths: [['email']],
    read: (cell) => set(['email'], cell.replace(/^mailto:/i, '')),
  },
  { key: 'phone', label: 'Phone', aliases: ['Telephone', 'Phone number', 'Tel'], doc: 'Published on member sites.', paths: [['phone']], read: text(['phone'], 30) },
  { key: 'description', label: 'Description', aliases: ['About'], doc: 'Up to 500 characters.', paths: [['description']], read: text(['description'], 500) },
  { key: 'logo', label: 'Logo', aliases: ['Logo URL'], doc: 'An https:// image address.', paths: [['logo']], read: web(['logo']) },
  { key: 'photo', label: 'Photo', aliases: ['Photo URL', 'Image', 'Picture'], doc: 'An https:// image address.', paths: [['photo']], read: web(['photo']) },
  { key: 'photoAlt', label: 'Photo description', aliases: ['Photo alt', 'Alt text', 'Image description'], doc: 'What the photo shows, for people who cannot see it.', paths: [['photoAlt']], read: text(['photoAlt'], 500) },
  {
    key: 'tags',
    label: 'Tags',
    aliases: ['Keywords'],
    doc: 'Comma separated.',
    paths: [['tags']],
    read: (cell) => {
      const tags = [...new Set(splitList(cell))];
      const long = tags.find((tag) => tag.length > 40);
      if (long) return fail(`"${long}" is longer than 40 characters`);
      return tags.length > 30 ? fail(`has ${tags.length} tags; the most is 30`) : set(['tags'], tags);
    },
  },
];

/** The header key used for matching: "Day rate (USD)" and "day_rate" both become "dayrate". */
export function headerKey(header: string): string {
  return looseText(header.replace(/\([^)]*\)|\[[^\]]*\]/g, '').replace(/[*:]+$/, ''));
}

const COLUMN_BY_KEY = new Map<string, Column>();
for (const column of COLUMNS) {
  for (const name of [column.label, ...column.aliases]) COLUMN_BY_KEY.set(headerKey(name), column);
}

export function columnForHeader(header: string): Column | undefined {
  return COLUMN_BY_KEY.get(headerKey(header));
}

/** The column that set a field path, for messages ("Booking URL" for dayUse.bookingUrl). */
export function columnForPath(path: readonly PropertyKey[]): Column | undefined {
  const joined = path.map(String).join('.');
  return COLUMNS.find((column) => column.paths.some((candidate) => joined === candidate.join('.') || joined.startsWith(`${candidate.join('.')}.`)));
}
