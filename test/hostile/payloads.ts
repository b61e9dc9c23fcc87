/** The payload lists (see payloads/SOURCES.md), loaded once per test file. */
import { realFetch } from './harness.js';

export type PayloadList = 'blns' | 'dompurify' | 'owasp-xss' | 'open-redirect' | 'urls' | 'unicode';

export async function payloads(...lists: PayloadList[]): Promise<string[]> {
  const all: string[] = [];
  for (const list of lists) {
    const file = (await (await realFetch(new URL(`./payloads/${list}.json`, import.meta.url))).json()) as { payloads: string[] };
    all.push(...file.payloads);
  }
  return all;
}

/** `items` in chunks of `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Bidi controls: embeddings, overrides, isolates and marks. */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
