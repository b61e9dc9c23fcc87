/**
 * Structured data (schema.org JSON-LD) written into the light DOM for search engines.
 *
 * Feed text ends up inside a `<script>` element, so it is serialised with `JSON.stringify` and every `<`
 * becomes `\u003c`: no feed string can close the script element or open a comment. The script is filled with
 * `textContent`, never parsed as HTML.
 */
const MARKER = 'data-alliance-kit-jsonld';

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
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARKER, '');
    host.append(script);
  }
  script.textContent = serializeJsonLd(data);
}
