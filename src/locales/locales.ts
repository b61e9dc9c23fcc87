/**
 * The languages the kit speaks besides English (the language of its source code). Each catalog is its own
 * module, loaded the first time an element on the page needs it, so English pages never download it.
 *
 * To add a language: copy fr.ts to `<language>.ts` (or `<language>-<REGION>.ts` for a regional variant such
 * as `pt-BR`), translate it, and add its line here. See docs/translating.md.
 */
import type { TemplateResult } from 'lit';

/** A message in another language: a string with the source's `{0}` placeholders, or an `html` template. */
export type Translation = string | TemplateResult;

/** One language's messages, keyed by the English source text (with `{0}` placeholders) or an explicit id. */
export type Translations = Readonly<Record<string, Translation>>;

export const TRANSLATIONS: Readonly<Record<string, () => Promise<{ default: Translations }>>> = {
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
};
