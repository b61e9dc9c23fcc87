// @ts-check
/**
 * The kit's elements as src/define.ts registers them: the one list the build follows, so an element is
 * bundled, split into its own module and auto-loaded as soon as its `defineElement` line lands there.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * @typedef {object} KitElement
 * @property {string} tag          e.g. `alliance-badge`
 * @property {string} className    e.g. `AllianceBadgeElement`
 * @property {string} module       the class's module, relative to the project, e.g. `src/components/badge/alliance-badge.ts`
 * @property {string} folder       its component folder, e.g. `badge` (the package's `./badge` export)
 */

/** @param {string} root the project folder @returns {KitElement[]} in registration order */
export function readKitElements(root = '.') {
  const source = readFileSync(join(root, 'src/define.ts'), 'utf8');
  /** @type {Map<string, string>} */
  const modules = new Map();
  for (const [, names, path] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(\.\/components\/[^']+)'/g)) {
    for (const name of names.split(',').map((part) => part.trim().split(/\s+as\s+/).pop()?.trim()).filter(Boolean)) {
      modules.set(/** @type {string} */ (name), posix.join('src', path.replace(/\.js$/, '.ts')));
    }
  }
  /** @type {KitElement[]} */
  const elements = [];
  for (const [, tag, className] of source.matchAll(/defineElement\(\s*'([a-z][a-z0-9]*-[a-z0-9-]+)'\s*,\s*(\w+)\s*\)/g)) {
    const module = modules.get(className);
    if (!module) throw new Error(`src/define.ts registers <${tag}> with ${className}, but does not import it from ./components/.`);
    elements.push({ tag, className, module, folder: module.split('/')[2] });
  }
  if (!elements.some((element) => element.tag === 'alliance-feed')) {
    throw new Error('src/define.ts does not register <alliance-feed>; every element module registers it first.');
  }
  return elements;
}
