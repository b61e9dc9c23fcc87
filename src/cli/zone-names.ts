/**
 * Turning the time zone names calendars and people write into IANA names the feed accepts.
 *
 * Outlook and Exchange write Windows zone ids ("W. Europe Standard Time") or their display names
 * ("(UTC-05:00) Eastern Time (US & Canada)"); some writers prefix IANA names with a vendor path
 * ("/mozilla.org/20070129_1/America/New_York"); people write "EST" or "Central". The Windows table follows
 * the Unicode CLDR `windowsZones` mapping (the "001" territory of each zone).
 */
import { canonicalZone } from './dates.js';

const WINDOWS_ZONES: Record<string, string> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'UTC-11': 'Etc/GMT+11',
  'Aleutian Standard Time': 'America/Adak',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Marquesas Standard Time': 'Pacific/Marquesas',
  'Alaskan Standard Time': 'America/Anchorage',
  'UTC-09': 'Etc/GMT+9',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
  'UTC-08': 'Etc/GMT+8',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time (Mexico)': 'America/Mazatlan',
  'Mountain Standard Time': 'America/Denver',
  'Yukon Standard Time': 'America/Whitehorse',
  'Central America Standard Time': 'America/Guatemala',
  'Central Standard Time': 'America/Chicago',
  'Easter Island Standard Time': 'Pacific/Easter',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'SA Pacific Standard Time': 'America/Bogota',
  'Eastern Standard Time (Mexico)': 'America/Cancun',
  'Eastern Standard Time': 'America/New_York',
  'Haiti Standard Time': 'America/Port-au-Prince',
  'Cuba Standard Time': 'America/Havana',
  'US Eastern Standard Time': 'America/Indiana/Indianapolis',
  'Turks And Caicos Standard Time': 'America/Grand_Turk',
  'Paraguay Standard Time': 'America/Asuncion',
  'Atlantic Standard Time': 'America/Halifax',
  'Venezuela Standard Time': 'America/Caracas',
  'Central Brazilian Standard Time': 'America/Cuiaba',
  'SA Western Standard Time': 'America/La_Paz',
  'Pacific SA Standard Time': 'America/Santiago',
  'Newfoundland Standard Time': 'America/St_Johns',
  'Tocantins Standard Time': 'America/Araguaina',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'SA Eastern Standard Time': 'America/Cayenne',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  'Greenland Standard Time': 'America/Nuuk',
  'Montevideo Standard Time': 'America/Montevideo',
  'Magallanes Standard Time': 'America/Punta_Arenas',
  'Saint Pierre Standard Time': 'America/Miquelon',
  'Bahia Standard Time': 'America/Bahia',
  'UTC-02': 'Etc/GMT+2',
  'Mid-Atlantic Standard Time': 'Etc/GMT+2',
  'Azores Standard Time': 'Atlantic/Azores',
  'Cape Verde Standard Time': 'Atlantic/Cape_Verde',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Sao Tome Standard Time': 'Africa/Sao_Tome',
  'Morocco Standard Time': 'Africa/Casablanca',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'Jordan Standard Time': 'Asia/Amman',
  'GTB Standard Time': 'Europe/Bucharest',
  'Middle East Standard Time': 'Asia/Beirut',
  'Egypt Standard Time': 'Africa/Cairo',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Syria Standard Time': 'Asia/Damascus',
  'West Bank Standard Time': 'Asia/Hebron',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'FLE Standard Time': 'Europe/Kyiv',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Sudan Standard Time': 'Africa/Juba',
  'Kaliningrad Standard Time': 'Europe/Kaliningrad',
  'Sudan Standard Time': 'Africa/Khartoum',
  'Libya Standard Time': 'Africa/Tripoli',
  'Namibia Standard Time': 'Africa/Windhoek',
  'Arabic Standard Time': 'Asia/Baghdad',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Arab Standard Time': 'Asia/Riyadh',
  'Belarus Standard Time': 'Europe/Minsk',
  'Russian Standard Time': 'Europe/Moscow',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Volgograd Standard Time': 'Europe/Volgograd',
  'Iran Standard Time': 'Asia/Tehran',
  'Arabian Standard Time': 'Asia/Dubai',
  'Astrakhan Standard Time': 'Europe/Astrakhan',
  'Azerbaijan Standard Time': 'Asia/Baku',
  'Russia Time Zone 3': 'Europe/Samara',
  'Mauritius Standard Time': 'Indian/Mauritius',
  'Saratov Standard Time': 'Europe/Saratov',
  'Georgian Standard Time': 'Asia/Tbilisi',
  'Caucasus Standard Time': 'Asia/Yerevan',
  'Afghanistan Standard Time': 'Asia/Kabul',
  'West Asia Standard Time': 'Asia/Tashkent',
  'Ekaterinburg Standard Time': 'Asia/Yekaterinburg',
  'Pakistan Standard Time': 'Asia/Karachi',
  'Qyzylorda Standard Time': 'Asia/Qyzylorda',
  'India Standard Time': 'Asia/Kolkata',
  'Sri Lanka Standard Time': 'Asia/Colombo',
  'Nepal Standard Time': 'Asia/Kathmandu',
  'Central Asia Standard Time': 'Asia/Bishkek',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'Omsk Standard Time': 'Asia/Omsk',
  'Myanmar Standard Time': 'Asia/Yangon',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'Altai Standard Time': 'Asia/Barnaul',
  'W. Mongolia Standard Time': 'Asia/Hovd',
  'North Asia Standard Time': 'Asia/Krasnoyarsk',
  'N. Central Asia Standard Time': 'Asia/Novosibirsk',
  'Tomsk Standard Time': 'Asia/Tomsk',
  'China Standard Time': 'Asia/Shanghai',
  'North Asia East Standard Time': 'Asia/Irkutsk',
  'Singapore Standard Time': 'Asia/Singapore',
  'W. Australia Standard Time': 'Australia/Perth',
  'Taipei Standard Time': 'Asia/Taipei',
  'Ulaanbaatar Standard Time': 'Asia/Ulaanbaatar',
  'Aus Central W. Standard Time': 'Australia/Eucla',
  'Transbaikal Standard Time': 'Asia/Chita',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'North Korea Standard Time': 'Asia/Pyongyang',
  'Korea Standard Time': 'Asia/Seoul',
  'Yakutsk Standard Time': 'Asia/Yakutsk',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'AUS Central Standard Time': 'Australia/Darwin',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'West Pacific Standard Time': 'Pacific/Port_Moresby',
  'Tasmania Standard Time': 'Australia/Hobart',
  'Vladivostok Standard Time': 'Asia/Vladivostok',
  'Lord Howe Standard Time': 'Australia/Lord_Howe',
  'Bougainville Standard Time': 'Pacific/Bougainville',
  'Russia Time Zone 10': 'Asia/Srednekolymsk',
  'Magadan Standard Time': 'Asia/Magadan',
  'Norfolk Standard Time': 'Pacific/Norfolk',
  'Sakhalin Standard Time': 'Asia/Sakhalin',
  'Central Pacific Standard Time': 'Pacific/Guadalcanal',
  'Russia Time Zone 11': 'Asia/Kamchatka',
  'Kamchatka Standard Time': 'Asia/Kamchatka',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'UTC+12': 'Etc/GMT-12',
  'Fiji Standard Time': 'Pacific/Fiji',
  'Chatham Islands Standard Time': 'Pacific/Chatham',
  'UTC+13': 'Etc/GMT-13',
  'Tonga Standard Time': 'Pacific/Tongatapu',
  'Samoa Standard Time': 'Pacific/Apia',
  'Line Islands Standard Time': 'Pacific/Kiritimati',
};

/**
 * Windows display names ("(UTC+01:00) Amsterdam, Berlin, …"), by the text after the offset. Outlook writes
 * these as TZIDs when it exports without a VTIMEZONE. Keys are compared with {@link looseKey}.
 */
const DISPLAY_NAMES: Record<string, string> = {
  'International Date Line West': 'Etc/GMT+12',
  Hawaii: 'Pacific/Honolulu',
  Alaska: 'America/Anchorage',
  'Pacific Time (US & Canada)': 'America/Los_Angeles',
  'Pacific Time (US & Canada); Tijuana': 'America/Los_Angeles',
  'Tijuana, Baja California': 'America/Tijuana',
  Arizona: 'America/Phoenix',
  'Mountain Time (US & Canada)': 'America/Denver',
  'Chihuahua, La Paz, Mazatlan': 'America/Mazatlan',
  'Central Time (US & Canada)': 'America/Chicago',
  'Guadalajara, Mexico City, Monterrey': 'America/Mexico_City',
  Saskatchewan: 'America/Regina',
  'Central America': 'America/Guatemala',
  'Eastern Time (US & Canada)': 'America/New_York',
  'Indiana (East)': 'America/Indiana/Indianapolis',
  'Bogota, Lima, Quito': 'America/Bogota',
  'Bogota, Lima, Quito, Rio Branco': 'America/Bogota',
  'Atlantic Time (Canada)': 'America/Halifax',
  Caracas: 'America/Caracas',
  'Georgetown, La Paz, Manaus, San Juan': 'America/La_Paz',
  Santiago: 'America/Santiago',
  Newfoundland: 'America/St_Johns',
  Brasilia: 'America/Sao_Paulo',
  'Buenos Aires': 'America/Argentina/Buenos_Aires',
  'City of Buenos Aires': 'America/Argentina/Buenos_Aires',
  Montevideo: 'America/Montevideo',
  Azores: 'Atlantic/Azores',
  'Cape Verde Is.': 'Atlantic/Cape_Verde',
  'Coordinated Universal Time': 'UTC',
  'Dublin, Edinburgh, Lisbon, London': 'Europe/London',
  'Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London': 'Europe/London',
  'Monrovia, Reykjavik': 'Atlantic/Reykjavik',
  Casablanca: 'Africa/Casablanca',
  'Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna': 'Europe/Berlin',
  'Belgrade, Bratislava, Budapest, Ljubljana, Prague': 'Europe/Budapest',
  'Brussels, Copenhagen, Madrid, Paris': 'Europe/Paris',
  'Sarajevo, Skopje, Warsaw, Zagreb': 'Europe/Warsaw',
  'West Central Africa': 'Africa/Lagos',
  'Athens, Bucharest': 'Europe/Bucharest',
  'Athens, Bucharest, Istanbul': 'Europe/Bucharest',
  Cairo: 'Africa/Cairo',
  'Harare, Pretoria': 'Africa/Johannesburg',
  'Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius': 'Europe/Kyiv',
  'Helsinki, Kiev, Riga, Sofia, Tallinn, Vilnius': 'Europe/Kyiv',
  Jerusalem: 'Asia/Jerusalem',
  Amman: 'Asia/Amman',
  Beirut: 'Asia/Beirut',
  Istanbul: 'Europe/Istanbul',
  Baghdad: 'Asia/Baghdad',
  'Kuwait, Riyadh': 'Asia/Riyadh',
  Nairobi: 'Africa/Nairobi',
  'Moscow, St. Petersburg': 'Europe/Moscow',
  'Moscow, St. Petersburg, Volgograd': 'Europe/Moscow',
  Tehran: 'Asia/Tehran',
  'Abu Dhabi, Muscat': 'Asia/Dubai',
  Baku: 'Asia/Baku',
  Tbilisi: 'Asia/Tbilisi',
  Yerevan: 'Asia/Yerevan',
  Kabul: 'Asia/Kabul',
  'Islamabad, Karachi': 'Asia/Karachi',
  'Ashgabat, Tashkent': 'Asia/Tashkent',
  Tashkent: 'Asia/Tashkent',
  Ekaterinburg: 'Asia/Yekaterinburg',
  'Chennai, Kolkata, Mumbai, New Delhi': 'Asia/Kolkata',
  'Sri Jayawardenepura': 'Asia/Colombo',
  Kathmandu: 'Asia/Kathmandu',
  Astana: 'Asia/Almaty',
  Dhaka: 'Asia/Dhaka',
  'Yangon (Rangoon)': 'Asia/Yangon',
  'Bangkok, Hanoi, Jakarta': 'Asia/Bangkok',
  Krasnoyarsk: 'Asia/Krasnoyarsk',
  'Beijing, Chongqing, Hong Kong, Urumqi': 'Asia/Shanghai',
  'Kuala Lumpur, Singapore': 'Asia/Singapore',
  Perth: 'Australia/Perth',
  Taipei: 'Asia/Taipei',
  Irkutsk: 'Asia/Irkutsk',
  'Osaka, Sapporo, Tokyo': 'Asia/Tokyo',
  Seoul: 'Asia/Seoul',
  Yakutsk: 'Asia/Yakutsk',
  Adelaide: 'Australia/Adelaide',
  Darwin: 'Australia/Darwin',
  Brisbane: 'Australia/Brisbane',
  'Canberra, Melbourne, Sydney': 'Australia/Sydney',
  'Guam, Port Moresby': 'Pacific/Port_Moresby',
  Hobart: 'Australia/Hobart',
  Vladivostok: 'Asia/Vladivostok',
  'Auckland, Wellington': 'Pacific/Auckland',
  Fiji: 'Pacific/Fiji',
  "Nuku'alofa": 'Pacific/Tongatapu',
  Samoa: 'Pacific/Apia',
};

/** What people write for a zone in a spreadsheet or an email: suggestions only, never applied silently. */
const COLLOQUIAL = new Map<string, string>(Object.entries({
  est: 'America/New_York',
  edt: 'America/New_York',
  eastern: 'America/New_York',
  et: 'America/New_York',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  central: 'America/Chicago',
  ct: 'America/Chicago',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  mountain: 'America/Denver',
  mt: 'America/Denver',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  akst: 'America/Anchorage',
  hst: 'Pacific/Honolulu',
  ast: 'America/Halifax',
  nst: 'America/St_Johns',
  gmt: 'Europe/London',
  bst: 'Europe/London',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  eet: 'Europe/Athens',
  eest: 'Europe/Athens',
  ist: 'Asia/Kolkata',
  jst: 'Asia/Tokyo',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  nzst: 'Pacific/Auckland',
}));

const looseKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9+-]/g, '');

const windowsByKey = new Map(Object.entries(WINDOWS_ZONES).map(([name, zone]) => [looseKey(name), zone]));
const displayByKey = new Map(Object.entries(DISPLAY_NAMES).map(([name, zone]) => [looseKey(name), zone]));

export type ZoneSource = 'iana' | 'windows' | 'windows-display' | 'vendor-prefix';

/** The IANA zone a calendar's TZID stands for, and how it was recognised; null when it is not recognised. */
export function resolveZoneName(tzid: string): { zone: string; source: ZoneSource } | null {
  const name = tzid.trim().replace(/^"|"$/g, '');
  const iana = canonicalZone(name);
  if (iana) return { zone: iana, source: 'iana' };

  const windows = windowsByKey.get(looseKey(name));
  if (windows) return known(windows, 'windows');

  // "(UTC-05:00) Eastern Time (US & Canada)", "(GMT+10:00) Canberra, Melbourne, Sydney", "(UTC) Dublin, …"
  const display = /^\((?:UTC|GMT)(?:[+-]\d{1,2}(?::\d{2})?)?\)\s*(.+)$/i.exec(name);
  if (display) {
    const zone = displayByKey.get(looseKey(display[1]));
    if (zone) return known(zone, 'windows-display');
  }

  // "/mozilla.org/20070129_1/America/New_York", "/citadel.org/20190914_1/Europe/Paris"
  if (name.includes('/')) {
    const segments = name.split('/').filter(Boolean);
    for (let start = 1; start < segments.length; start++) {
      const zone = canonicalZone(segments.slice(start).join('/'));
      if (zone && segments.length - start <= 3) return { zone, source: 'vendor-prefix' };
    }
  }
  return null;
}

function known(zone: string, source: ZoneSource): { zone: string; source: ZoneSource } | null {
  const canonical = canonicalZone(zone);
  return canonical ? { zone: canonical, source } : null;
}

/** A likely IANA zone for what someone typed ("CST", "Eastern Standard Time"), to suggest in a message. */
export function suggestZone(text: string): string | undefined {
  // Before the zone database, which reads "EST" as a zone without daylight saving time and "BST" as Bangladesh.
  const colloquial = COLLOQUIAL.get(looseKey(text)) ?? COLLOQUIAL.get(looseKey(text.replace(/\b(time|zone|standard|daylight)\b/gi, '')));
  return colloquial ?? resolveZoneName(text)?.zone;
}
