/**
 * The logic of dist/alliance-autoload.js: load each kit element's module only when its tag shows up on the
 * page, including tags a CMS or a single-page app adds later.
 *
 * The build gives it the list of tags and the directory it was loaded from; each tag's module lives at
 * `elements/<tag>.js` beside it and registers `<alliance-feed>` before its own tag, so an element always
 * finds its enclosing provider.
 */

/**
 * Calls `load(tag)` once for each of `tags` that appears under `root`, now or later, unless the tag is
 * already defined (say, by the full bundle). Stops watching once every tag is handled. Returns `stop`.
 */
export function watchForTags(root: Document | Element, tags: readonly string[], load: (tag: string) => void): () => void {
  const pending = new Set(tags);
  const settle = (tag: string) => {
    pending.delete(tag);
    if (!globalThis.customElements?.get(tag)) load(tag);
  };
  const scan = (node: Element | Document) => {
    if (pending.size === 0) return;
    const selector = [...pending].join(',');
    if (node instanceof Element && node.matches(selector)) settle(node.localName);
    for (const found of node.querySelectorAll(selector)) {
      if (pending.has(found.localName)) settle(found.localName);
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    if (pending.size === 0) observer.disconnect();
  });
  scan(root);
  if (pending.size > 0) observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/** Starts the autoloader: element modules are fetched from `elements/` next to `baseUrl`. */
export function autoload(tags: readonly string[], baseUrl: string): () => void {
  return watchForTags(document, tags, (tag) => {
    const url = new URL(`elements/${tag}.js`, baseUrl).href;
    import(/* @vite-ignore */ url).catch((error: unknown) => {
      console.error(`[alliance-kit] could not load <${tag}> from ${url}. Check the script address and the page's Content-Security-Policy (script-src).`, error);
    });
  });
}
