/**
 * Reading single values the way people write them (in spreadsheet cells, or by hand in a feed) into the
 * feed's exact forms, and saying precisely what is wrong when that cannot be done without guessing.
 * Shared by the spreadsheet import and validate's fix hints, so a hint never suggests what import refuses.
 */
import { safeUrl } from '../shared/safe-url.js';
import { isCurrency } from '../feed/schema.js';

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (error: string): Read<never> => ({ ok: false, error });

/** A lower-case id made of letters, digits and "-" ("Café Lumière" → "cafe-lumiere"); may be empty. */
export function slugify(text: string, max = 64): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** For comparing names and headers: case, accents, punctuation and spacing do not matter. */
export function looseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const TRUE_WORDS = new Set(['yes', 'y', 'true', 't', '1', 'x', '✓', '✔', '☑', 'ja', 'oui', 'si', 'sí', 'sim', 'da']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'f', '0', '✗', '✘', '☐', '-', 'nein', 'non', 'nee', 'nao', 'não']);

/** yes/no, true/false, 1/0, x and check marks (and a few other languages' yes and no). */
export function readBoolean(text: string): Read<boolean> {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail(`"${text.trim()}" is not yes or no`);
}

/** A decimal number with a dot or a decimal comma ("39.09", "39,09", "-94.58"). */
export function readDecimal(text: string): Read<number> {
  const trimmed = text.trim().replace(/\u2212/g, '-');
  const normalized = /^[+-]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(normalized)) return fail(`"${trimmed}" is not a number`);
  return ok(Number(normalized));
}

const CURRENCY_SYMBOLS: Record<string, string[]> = {
  $: ['USD', 'CAD', 'AUD', 'NZD', 'MXN', 'SGD', 'HKD'],
  US$: ['USD'],
  C$: ['CAD'],
  CA$: ['CAD'],
  A$: ['AUD'],
  AU$: ['AUD'],
  NZ$: ['NZD'],
  '€': ['EUR'],
  '£': ['GBP'],
  '¥': ['JPY', 'CNY'],
  '₹': ['INR'],
  'R$': ['BRL'],
  CHF: ['CHF'],
  kr: ['SEK', 'NOK', 'DKK', 'ISK'],
  'zł': ['PLN'],
  '₩': ['KRW'],
  '₪': ['ILS'],
};

/**
 * A price as the feed's exact decimal text, with its currency when one was written: "25", "25.00", "$25",
 * "€12,50", "12,50 EUR", "1,250.00", "1.250,00", "free". A currency symbol that fits several currencies
 * ("$") is read as `defaultCurrency` when that is one of them, and refused otherwise.
 */
export function readPrice(text: string, defaultCurrency?: string): Read<{ amount: string; currency?: string }> {
  const written = text.trim();
  if (/^(free|gratis|kostenlos|gratuit|0)$/i.test(written)) return ok({ amount: '0' });
  let rest = written.replace(/\s+/g, ' ');
  let currency: string | undefined;

  const code = /(?:^([A-Za-z]{3})\s?(?=[\d.,])|(?<=[\d.,])\s?([A-Za-z]{3})$)/.exec(rest);
  if (code && isCurrency((code[1] ?? code[2]).toUpperCase())) {
    currency = (code[1] ?? code[2]).toUpperCase();
    rest = rest.replace(code[0], '').trim();
  }
  const symbol = Object.keys(CURRENCY_SYMBOLS)
    .sort((a, b) => b.length - a.length)
    .find((candidate) => rest.startsWith(candidate) || rest.endsWith(candidate));
  if (symbol) {
    rest = (rest.startsWith(symbol) ? rest.slice(symbol.length) : rest.slice(0, -symbol.length)).trim();
    const options = CURRENCY_SYMBOLS[symbol];
    const fromSymbol = defaultCurrency && options.includes(defaultCurrency) ? defaultCurrency : options.length === 1 ? options[0] : undefined;
    if (!fromSymbol) return fail(`"${written}": "${symbol}" could be ${options.join(' or ')}; write the code, e.g. "${rest} ${options[0]}"`);
    if (currency && currency !== fromSymbol) return fail(`"${written}" names two currencies`);
    currency = fromSymbol;
  }

  const amount = decimalAmount(rest);
  if (!amount.ok) return fail(`"${written}" ${amount.error}`);
  const result: { amount: string; currency?: string } = { amount: amount.value };
  if (currency && currency !== defaultCurrency) result.currency = currency;
  return ok(result);
}

function decimalAmount(text: string): Read<string> {
  const digits = text.replace(/[\s'’]/g, '');
  if (!/^\d[\d.,]*$/.test(digits)) return fail('is not a price; write it like "12.50"');
  // 1,250.00 / 1.250,00: the last separator is the decimal one when both appear.
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let whole: string;
  let fraction = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const [integer, decimals] = [digits.slice(0, Math.max(lastDot, lastComma)), digits.slice(Math.max(lastDot, lastComma) + 1)];
    const thousands = decimal === '.' ? ',' : '.';
    if (integer.includes(decimal) || !new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})*$`).test(integer)) {
      return fail('is not a price; write it like "1250.00"');
    }
    whole = integer.split(thousands).join('');
    fraction = decimals;
  } else {
    const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
    const parts = separator ? digits.split(separator) : [digits];
    if (parts.length > 2) {
      if (!parts.slice(1).every((part) => part.length === 3)) return fail('is not a price; write it like "1250.00"');
      whole = parts.join('');
    } else if (parts.length === 2 && parts[1].length === 3 && parts[0].length <= 3) {
      return fail(`is ambiguous: write "${parts.join('')}" or "${parts[0]}.${parts[1]}"`);
    } else {
      [whole, fraction = ''] = parts;
    }
  }
  if (!/^\d{1,9}$/.test(whole) || !/^\d{0,4}$/.test(fraction)) return fail('is not a price the feed can hold (up to 9 digits and 4 decimals)');
  return ok(fraction ? `${whole}.${fraction}` : whole);
}

const COUNTRY_ALIASES = new Map<string, string>(Object.entries({
  usa: 'US',
  us: 'US',
  unitedstatesofamerica: 'US',
  america: 'US',
  uk: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  northernireland: 'GB',
  greatbritain: 'GB',
  holland: 'NL',
  deutschland: 'DE',
}));
const countryNames = new Map<string, Map<string, string>>();

/** A two-letter country code from a code or a country name in English (or `language`). */
export function readCountry(text: string, language = 'en'): Read<string> {
  const written = text.trim();
  const key = looseText(written.replace(/^the\s+/i, ''));
  const alias = COUNTRY_ALIASES.get(key);
  if (alias) return ok(alias);
  if (/^[A-Za-z]{2}$/.test(written) && regionName(written.toUpperCase(), 'en')) return ok(written.toUpperCase());
  const code = countryNamesIn('en').get(key) ?? countryNamesIn(language).get(key);
  if (code) return ok(code);
  return fail(`"${written}" is not a country; write its two-letter code, e.g. "US", "CA", "DE"`);
}

function countryNamesIn(language: string): Map<string, string> {
  let names = countryNames.get(language);
  if (!names) {
    names = new Map();
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        const name = regionName(code, language);
        // First wins: "FR" (France) before the reserved "FX" (Metropolitan France), "GB" before "UK".
        if (name && !names.has(looseText(name))) names.set(looseText(name), code);
      }
    }
    countryNames.set(language, names);
  }
  return names;
}

/** The region's name, or undefined when `code` is not an assigned country code. */
function regionName(code: string, language: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(code);
    return name && name !== code && !/^unknown/i.test(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

/** A web address: "example.com/x" gains "https://"; plain "http://" is refused (the feed is https only). */
export function readWebAddress(text: string): Read<string> {
  const written = text.trim();
  if (/^http:\/\//i.test(written)) return fail(`"${written}" must start with https:// (plain http is not allowed)`);
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(written) ? written : `https://${written}`;
  const url = safeUrl(candidate);
  if (!url) return fail(`"${written}" is not a web address the feed accepts (it must be a public https:// address)`);
  return ok(url.href);
}

/** The host name in "example.com", "www.example.com/path" or "https://example.com/". */
export function readHostName(text: string): Read<string> {
  const written = text.trim();
  const host = written
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .toLowerCase();
  if (!/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/.test(host)) return fail(`"${written}" is not a host name like "example.com"`);
  return ok(host);
}

/** Splits a list cell: "a, b; c" or one item per line. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]|\s\|\s/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A JSON object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
