/**
 * Which language an element speaks: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else `<html lang>`, else the feed's default locale, else English.
 */
export function resolveLocale(element: Element, feedLocale?: string): string {
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    const lang = node.getAttribute('lang');
    if (lang) {
      const canonical = canonicalLocale(lang);
      if (canonical) return canonical;
    }
  }
  return (feedLocale && canonicalLocale(feedLocale)) || 'en';
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function canonicalLocale(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? null;
  } catch {
    return null;
  }
}
