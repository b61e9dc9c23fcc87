// @ts-check
/**
 * Waits until every kit element in `doc` shows its feed or its error (demo sections that stay loading on
 * purpose, a feed that never answers, are given up on once nothing has changed for a second), then for the
 * fonts and two frames. Self-contained (no imports, no outer names): the browser tests call it directly and
 * scripts/demo-browser.mjs sends its source to Playwright's page.
 * @param {Document} doc
 * @param {number} timeout
 */
export async function settleKitElements(doc, timeout) {
  const win = /** @type {Window} */ (doc.defaultView);
  // Loading: no shadow root yet, a loading state, or an image still on its way (a broken one is replaced by a
  // monogram when it fails, which moves everything below it).
  const stillLoading = () => {
    let count = 0;
    let elements = 0;
    for (const node of doc.querySelectorAll('*')) {
      if (!node.localName.startsWith('alliance-') || node.localName === 'alliance-feed') continue;
      elements++;
      const root = node.shadowRoot;
      if (!root || root.querySelector('.status.loading, [part~="loading"]')) count++;
      else if ([...root.querySelectorAll('img')].some((image) => !image.complete)) count++;
    }
    return { count, elements };
  };
  const start = win.performance.now();
  let last = -1;
  let changed = start;
  for (;;) {
    const now = win.performance.now();
    const { count, elements } = stillLoading();
    if (count !== last) {
      last = count;
      changed = now;
    }
    const quiet = now - changed > 1000 && now - start > 1500;
    if ((elements > 0 && count === 0) || quiet || now - start > timeout) break;
    await new Promise((resolve) => win.setTimeout(resolve, 50));
  }
  await doc.fonts?.ready;
  // Image error handlers re-render in a microtask, then layout: let both happen.
  await new Promise((resolve) => win.setTimeout(resolve, 50));
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}
