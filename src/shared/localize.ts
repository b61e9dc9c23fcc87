/**
 * The kit's own `msg()`: the words of each element in that element's language, with several languages on
 * one page at once.
 *
 * `@lit/localize`'s runtime keeps one active locale for the whole page (`configureLocalization` may be called
 * once per copy of the library), so it cannot show an English directory next to a French event list, and a
 * host page that localizes its own Lit app with it would clash with ours. So the kit does not configure
 * `@lit/localize` at all. Elements call this module's `msg()`, which has the same signature (and the same
 * `MsgFn` type, so `lit-localize extract` still recognizes the calls) and looks the message up in the
 * catalog of the element that is rendering right now: `AllianceElement` runs each update inside
 * {@link speaking}, and rendering is synchronous, so a module-level "current catalog" is exact.
 *
 * Catalogs are keyed by the English source text, with `{0}`, `{1}`… where a `str` or `html` template has
 * its expressions ("Showing {0} of {1} spaces"), or by an explicit `{ id }`. A translation is a string with
 * the same placeholders, in any order, or, for an `html` message, an `html` template whose expressions are
 * the placeholder numbers (`html\`Paiement sur <bdi>${0}</bdi>\``), as `@lit/localize` does it. Catalogs
 * load on first use (src/locales/locales.ts lists them); until one arrives the element shows its loading
 * state (and speaks English if it never comes).
 */
import { str, type MsgFn, type MsgOptions, type StrResult, type TemplateLike } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { TRANSLATIONS, type Translations } from '../locales/locales.js';

export { str };
export type { Translation, Translations } from '../locales/locales.js';

/** The kit's source language: the words written in the code. */
export const SOURCE_LOCALE = 'en';

type CatalogEntry = { state: 'loading'; ready: Promise<void> } | { state: 'ready'; translations: Translations } | { state: 'failed' };

const catalogs = new Map<string, CatalogEntry>();
const arrivalListeners = new Set<() => void>();

/** The catalog of the element rendering right now (`undefined`: English), and its language for plural rules. */
let currentTranslations: Translations | undefined;
let currentLanguage = SOURCE_LOCALE;

/** Runs `render` with the words of `locale` (as returned by {@link spokenLocale}). */
export function speaking<T>(locale: string, render: () => T): T {
  const previous = [currentTranslations, currentLanguage] as const;
  const key = catalogKey(locale);
  const entry = key ? catalogs.get(key) : undefined;
  currentTranslations = entry?.state === 'ready' ? entry.translations : undefined;
  currentLanguage = currentTranslations ? locale : SOURCE_LOCALE;
  try {
    return render();
  } finally {
    [currentTranslations, currentLanguage] = previous;
  }
}

/**
 * The locale an element really speaks when asked for `requested`: itself when the kit has its words (English,
 * or a catalog that has loaded), else English with the requested region, so that dates and prices in a
 * sentence match its words ("Opens Monday at 9:00" on a German page, with German-style numbers and a 24-hour
 * clock) and miles stay miles. Starts loading the catalog when there is one; {@link onCatalogArrival} tells
 * when it is there.
 */
export function spokenLocale(requested: string): string {
  const key = catalogKey(requested);
  if (key === SOURCE_LOCALE) return requested;
  if (key && loadCatalog(key).state === 'ready') return requested;
  const region = regionOf(requested);
  return region ? `${SOURCE_LOCALE}-${region}` : SOURCE_LOCALE;
}

/** True while the words for `requested` are on their way: elements keep their loading state meanwhile. */
export function wordsPending(requested: string): boolean {
  const key = catalogKey(requested);
  return !!key && key !== SOURCE_LOCALE && catalogs.get(key)?.state === 'loading';
}

/** Loads the words for `locale` ahead of time (e.g. before showing a French page); resolves when they are there. */
export async function preloadLocale(locale: string): Promise<void> {
  const key = catalogKey(locale);
  if (!key || key === SOURCE_LOCALE) return;
  const entry = loadCatalog(key);
  if (entry.state === 'loading') await entry.ready;
}

/** The languages the kit speaks: English and every catalog in src/locales/locales.ts. */
export const SUPPORTED_LOCALES: readonly string[] = Object.freeze([SOURCE_LOCALE, ...Object.keys(TRANSLATIONS)]);

/** Calls `listener` whenever a catalog arrives; returns the unsubscribe function. */
export function onCatalogArrival(listener: () => void): () => void {
  arrivalListeners.add(listener);
  return () => arrivalListeners.delete(listener);
}

/** `fr-CA` → `fr-CA` when there is such a catalog, else `fr`; English → `en`; anything else → `null`. */
function catalogKey(locale: string): string | null {
  const language = locale.split('-')[0].toLowerCase();
  if (language === SOURCE_LOCALE) return SOURCE_LOCALE;
  if (Object.hasOwn(TRANSLATIONS, locale)) return locale;
  return Object.hasOwn(TRANSLATIONS, language) ? language : null;
}

function loadCatalog(key: string): CatalogEntry {
  let entry = catalogs.get(key);
  if (entry) return entry;
  const ready = TRANSLATIONS[key]().then(
    (module) => {
      catalogs.set(key, { state: 'ready', translations: module.default });
    },
    (error: unknown) => {
      // Offline, or a file missing from a copied build: the kit speaks English rather than nothing.
      console.warn(`[alliance-kit] Could not load the "${key}" translations; showing English.`, error);
      catalogs.set(key, { state: 'failed' });
    },
  );
  entry = { state: 'loading', ready: ready.then(() => announceArrival()) };
  catalogs.set(key, entry);
  return entry;
}

function announceArrival(): void {
  for (const listener of [...arrivalListeners]) {
    try {
      listener();
    } catch {
      // One broken listener must not keep the other elements in English.
    }
  }
}

function regionOf(locale: string): string {
  try {
    return new Intl.Locale(locale).maximize().region ?? '';
  } catch {
    return '';
  }
}

// ------------------------------------------------------------------------------------------- msg

const keys = new WeakMap<TemplateStringsArray, string>();

/** The catalog key of a template: its text, with `{0}`, `{1}`… for its expressions. */
export function messageKey(template: TemplateLike, options?: MsgOptions): string {
  if (options?.id) return options.id;
  if (typeof template === 'string') return template;
  const strings = template.strings;
  let key = keys.get(strings);
  if (key === undefined) {
    key = strings.reduce((text, part, index) => `${text}{${index - 1}}${part}`);
    keys.set(strings, key);
  }
  return key;
}

const parsedTranslations = new Map<string, (string | number)[]>();

/** "Mis à jour {0}." → ['Mis à jour ', 0, '.'], once per translation. */
function parsePlaceholders(translation: string): (string | number)[] {
  let parts = parsedTranslations.get(translation);
  if (!parts) {
    parts = translation.split(/\{(\d+)\}/).map((part, index) => (index % 2 === 1 ? Number(part) : part));
    parsedTranslations.set(translation, parts);
  }
  return parts;
}

function isStr(template: TemplateLike): template is StrResult {
  return typeof template !== 'string' && 'strTag' in template;
}

function sourceText(template: TemplateLike): string | TemplateResult {
  if (!isStr(template)) return template;
  return template.strings.reduce((text, part, index) => `${text}${String(template.values[index - 1])}${part}`);
}

function translate(template: TemplateLike, options?: MsgOptions): string | TemplateResult {
  const translation = currentTranslations?.[messageKey(template, options)];
  if (translation === undefined) return sourceText(template);
  if (typeof template === 'string') return typeof translation === 'string' ? translation : template;
  if (isStr(template)) {
    if (typeof translation !== 'string') return sourceText(template);
    return parsePlaceholders(translation)
      .map((part) => (typeof part === 'number' ? String(template.values[part]) : part))
      .join('');
  }
  // An html message: the translated template, its expressions (placeholder numbers) swapped for our values.
  if (typeof translation === 'string') return template;
  return { ...translation, values: translation.values.map((index) => template.values[index as number]) };
}

/**
 * Makes a string, `str` template or lit `html` template localizable, in the language of the element that
 * is rendering (see the module comment). Outside an element's update it speaks English.
 */
export const msg = translate as MsgFn;

// ------------------------------------------------------------------------------------------- plurals

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The form of a counted phrase by the plural rules of the language being spoken: English "1 space" but
 * "0 spaces", French "0 espace" and "1 espace" but "2 espaces". Write both forms with the count as a
 * placeholder, `plural(n, msg(str\`${shown} space\`), msg(str\`${shown} spaces\`))`; when the two English forms
 * are the same words, give the `one` form an `{ id }` so it can be translated apart.
 */
export function plural(count: number, one: string, other: string): string {
  let rules = pluralRules.get(currentLanguage);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(currentLanguage);
    } catch {
      rules = new Intl.PluralRules(SOURCE_LOCALE);
    }
    pluralRules.set(currentLanguage, rules);
  }
  return rules.select(count) === 'one' ? one : other;
}
