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
      // documented `@fires` entry for the same event: keep only the named ones.
      name: 'alliance-kit:named-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? []) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
