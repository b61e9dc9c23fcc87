/**
 * `npm run analyze` → custom-elements.json. Elements are registered through defineElement() in src/define.ts,
 * so each class names its tag with a `@tagname` JSDoc tag; events are documented with `@fires`.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/**/*.test.ts'],
  litelement: true,
  plugins: [
    {
      // The analyzer also lists every `dispatchEvent(new SomeEvent(…))` as a nameless event, next to the
      // documented `@fires` entry for the same event: keep only the named ones (below).
      name: 'alliance-kit:stable-manifest',
      packageLinkPhase({ customElementsManifest }) {
        // The glob lists files in the file system's order, which differs between checkouts: sort, so CI's
        // freshly generated manifest matches the committed one.
        customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const module of customElementsManifest.modules ?? []) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
