/** The page's host name, as the badge and the pass button judge it. */

/** `Example.COM.` → `example.com`. */
export function normalizeHost(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

/** Hosts only the site owner's own machine can serve: elements show labelled previews and owner notices there. */
export function isPreviewHost(hostname: string): boolean {
  const host = normalizeHost(hostname);
  return host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]';
}
