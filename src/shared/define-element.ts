// Before anything imports Lit or zod (see load-guard.ts).
import { litPolicyRefusal } from './load-guard.js';
import { KIT_VERSION } from '../version.js';

interface KitGlobal {
  /** Every kit version that registered elements on this page, in load order. */
  versions: string[];
}

declare global {
  // The kit's single page-wide name: lets a second copy of the kit see the first.
  var allianceKit: KitGlobal | undefined;
}

const warned = new Set<string>();

/**
 * Registers `tag` unless it already is. Loading the kit twice, or two versions on one page, must not throw:
 * the first definition wins, and a different version is reported once in the console.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side rendering: nothing to register
  const refusal = litPolicyRefusal();
  if (refusal) {
    reportLitPolicyRefusal(refusal);
    return;
  }
  const kit = (globalThis.allianceKit ??= { versions: [] });
  if (!kit.versions.includes(KIT_VERSION)) kit.versions.push(KIT_VERSION);

  const existing = registry.get(tag) as (CustomElementConstructor & { kitVersion?: string }) | undefined;
  if (existing) {
    if (existing !== element && existing.kitVersion !== KIT_VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `[alliance-kit] <${tag}> is already defined by alliance-kit ${existing.kitVersion ?? '(unknown version)'}; ` +
          `this copy (${KIT_VERSION}) uses that one. Load the kit once per page.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    console.warn(`[alliance-kit] could not define <${tag}>`, error);
  }
}

let refusalReported = false;

/** Fails closed, once per copy of the kit: no element is registered, so each keeps its fallback content. */
function reportLitPolicyRefusal(refusal: unknown): void {
  if (refusalReported) return;
  refusalReported = true;
  const reason = refusal instanceof Error ? refusal.message : String(refusal);
  console.error(
    `[alliance-kit] ${KIT_VERSION} not started: this page's Content-Security-Policy does not let it create the ` +
      `Trusted Types policy "lit-html" (${reason}). Add lit-html to the trusted-types directive, with ` +
      `'allow-duplicates' if another Lit-based script on the page creates it too. The elements show their ` +
      'fallback content meanwhile.',
  );
}

