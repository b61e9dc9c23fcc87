/**
 * The directory's view in the page's URL hash, so a shared link opens the same search.
 *
 * The hash belongs to the host page: it may hold an anchor (`#contact`) or a router's state. The directory
 * only touches `&`-separated pieces that start with its namespace (`directory.q=…`) and keeps every other
 * piece, in place, as it was.
 */
import { DEFAULT_VIEW, SORT_ORDERS, type DirectoryView, type SortOrder } from './directory-model.js';

type Key = 'q' | 'kind' | 'amenities' | 'open' | 'day' | 'pass' | 'sort';

function splitHash(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter(Boolean);
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** The view a hash describes (only the parts it sets; `null` when it holds nothing for `namespace`). */
export function readViewFromHash(hash: string, namespace: string): Partial<DirectoryView> | null {
  const prefix = `${namespace}.`;
  const values = new Map<string, string>();
  for (const piece of splitHash(hash)) {
    if (!piece.startsWith(prefix)) continue;
    const equals = piece.indexOf('=');
    if (equals < 0) continue;
    const value = decode(piece.slice(equals + 1));
    if (value !== null) values.set(piece.slice(prefix.length, equals), value.slice(0, 200));
  }
  if (values.size === 0) return null;
  const get = (key: Key) => values.get(key);
  const view: Partial<DirectoryView> = {};
  if (get('q') !== undefined) view.query = get('q')!;
  if (get('kind') !== undefined) view.kind = get('kind')!;
  if (get('amenities') !== undefined) view.amenities = get('amenities')!.split(',').filter(Boolean).slice(0, 20);
  if (get('open') !== undefined) view.openNow = get('open') === '1';
  if (get('day') !== undefined) view.dayUse = get('day') === '1';
  if (get('pass') !== undefined) view.pass = get('pass')!;
  const sort = get('sort');
  // Distance is left out on purpose: a link must never make the page ask for the visitor's location.
  if (sort !== undefined && sort !== 'distance' && SORT_ORDERS.includes(sort as SortOrder)) view.sort = sort as SortOrder;
  return view;
}

/** `hash` with the directory's pieces replaced by `view` (defaults are left out), the host's pieces kept. */
export function writeViewToHash(hash: string, namespace: string, view: DirectoryView): string {
  const prefix = `${namespace}.`;
  const host = splitHash(hash).filter((piece) => !piece.startsWith(prefix));
  const ours: [Key, string][] = [];
  if (view.query.trim()) ours.push(['q', view.query]);
  if (view.kind) ours.push(['kind', view.kind]);
  if (view.amenities.length) ours.push(['amenities', view.amenities.join(',')]);
  if (view.openNow) ours.push(['open', '1']);
  if (view.dayUse) ours.push(['day', '1']);
  if (view.pass) ours.push(['pass', view.pass]);
  if (view.sort !== DEFAULT_VIEW.sort && view.sort !== 'distance') ours.push(['sort', view.sort]);
  const pieces = [...host, ...ours.map(([key, value]) => `${prefix}${key}=${encodeURIComponent(value)}`)];
  return pieces.length ? `#${pieces.join('&')}` : '';
}
