/**
 * Structured data (schema.org JSON-LD) written into the light DOM for search engines.
 *
 * Feed text ends up inside a `<script>` element, so it is serialised with `JSON.stringify` and every `<`
 * becomes `\u003c`: no feed string can close the script element or open a comment. The script is filled with
 * `textContent`, never parsed as HTML.
 */
const MARKER = 'data-alliance-kit-jsonld';

/**
 * Pages that require Trusted Types for scripts check JSON-LD text too. The kit's text is JSON it serialised
 * itself (above), so it passes it through one named policy; such a page lists `alliance-kit-json-ld` in its
 * `trusted-types` directive. Where the page does not allow the policy, structured data is skipped (once,
 * with a console note) and the elements carry on.
 */
export const JSON_LD_POLICY = 'alliance-kit-json-ld';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } }).trustedTypes!;
  try {
    policy = factory.createPolicy(JSON_LD_POLICY, { createScript: (json: string) => json });
  } catch {
    console.info(`[alliance-kit] structured data skipped: this page's CSP does not allow the "${JSON_LD_POLICY}" Trusted Types policy.`);
    policy = null;
  }
  return policy;
}

/** The JSON text, safe to place inside `<script type="application/ld+json">`. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Writes (or replaces, or with `null` removes) the host's JSON-LD script in its light DOM. */
export function writeJsonLd(host: HTMLElement, data: unknown | null): void {
  let script = host.querySelector<HTMLScriptElement>(`script[${MARKER}]`);
  if (data === null) {
    script?.remove();
    return;
  }
  const json = serializeJsonLd(data);
  let text: unknown = json;
  if ('trustedTypes' in globalThis) {
    const trusted = scriptPolicy();
    if (!trusted) return;
    text = trusted.createScript(json);
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARKER, '');
    host.append(script);
  }
  (script as { text: unknown }).text = text;
}
