/**
 * Shields the loading of the kit's own modules from two things a host page may have done before it. Imported
 * before anything else (first in src/define.ts and src/shared/define-element.ts); everything it changes is put
 * back as soon as the kit has loaded (module loading runs in one go; the microtask below is the latest).
 *
 * - Trusted Types. Lit creates its policy, `lit-html`, the moment it loads. On a page whose CSP does not allow
 *   that name, or where another copy of Lit already created it without 'allow-duplicates', that call throws,
 *   and an exception thrown while the kit loads reaches the page's `window.onerror` (and its error monitoring).
 *   Here that one failure is caught instead, so {@link defineElement} can register nothing and say why once;
 *   the elements keep showing their fallback content. Every other policy name behaves exactly as without this.
 * - Object.prototype with extra enumerable properties (an old library, or a prototype-pollution bug). zod
 *   walks its method tables with `for…in` while the feed schemas are built, meets the inherited names and
 *   throws, so the kit would not load at all. While the kit loads, those properties are not enumerable; their
 *   values are untouched, and each is enumerable again afterwards.
 */
interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

const LIT_POLICY = 'lit-html';

let refusal: unknown = null;
const undo: (() => void)[] = [];

guardLitPolicy();
hideInheritedEnumerables();
if (undo.length > 0) queueMicrotask(restore);

function guardLitPolicy(): void {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return;
  const own = Object.getOwnPropertyDescriptor(factory, 'createPolicy');
  const create = factory.createPolicy;
  try {
    Object.defineProperty(factory, 'createPolicy', {
      configurable: true,
      writable: true,
      value: function createPolicy(this: PolicyFactory, name: string, rules: object) {
        try {
          return create.call(this, name, rules);
        } catch (error) {
          if (name !== LIT_POLICY) throw error;
          refusal = error ?? new Error(`Policy "${LIT_POLICY}" refused`);
          return undefined;
        }
      },
    });
  } catch {
    return; // a frozen factory (a host's own Trusted Types shim): Lit's call behaves as it would anyway
  }
  undo.push(() => {
    if (own) Object.defineProperty(factory, 'createPolicy', own);
    else delete (factory as Partial<PolicyFactory>).createPolicy;
  });
}

function hideInheritedEnumerables(): void {
  for (const key of Object.keys(Object.prototype)) {
    try {
      Object.defineProperty(Object.prototype, key, { enumerable: false });
      undo.push(() => Object.defineProperty(Object.prototype, key, { enumerable: true }));
    } catch {
      // not configurable: nothing to be done here
    }
  }
}

function restore(): void {
  for (const step of undo.splice(0).reverse()) {
    try {
      step();
    } catch {
      // the page changed it meanwhile; leave the page's version
    }
  }
}

/**
 * Why Lit could not create its policy while the kit loaded (the browser's error), or `null` when it could or
 * the page has no Trusted Types. Puts back what this module changed, if the kit is still loading.
 */
export function litPolicyRefusal(): unknown {
  restore();
  return refusal;
}
