#!/usr/bin/env node
// @ts-check
/**
 * `npm run serve:csp`: serves the built kit (dist/) and the demo pages the way a locked-down host would,
 * with a strict Content-Security-Policy as a real response header on every page: no inline script or style,
 * no eval, Trusted Types required. http://127.0.0.1:4174/ opens demo/csp.html, which loads
 * dist/alliance-kit.js, renders every element and lists any policy violation the page sees (there should
 * be none). Run `npm run build` first.
 *
 * Options: --port N (default 4174, or $PORT).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy the kit documents for hosts (docs/embedding.md), with the feed and images on this origin. */
export const STRICT_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' https: data:",
  "style-src 'self'",
  "font-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
  'trusted-types lit-html alliance-kit-json-ld',
  "require-trusted-types-for 'script'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Only these folders are served. */
const SERVED = ['dist', 'demo'];

/** @param {string} urlPath */
function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
  if (!SERVED.some((folder) => path === folder || path.startsWith(folder + sep))) return null;
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return file.startsWith(root + sep) && existsSync(file) ? file : null;
}

export function startServer(port = 4174) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      response.writeHead(302, { location: '/demo/csp.html' }).end();
      return;
    }
    const file = fileFor(url.pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
    /** @type {Record<string, string>} */
    const headers = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (type.startsWith('text/html')) headers['content-security-policy'] = STRICT_POLICY;
    // Like a CDN: the kit's files and the feed may be loaded from any origin.
    else headers['access-control-allow-origin'] = '*';
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--port');
  const port = Number(flag > 0 ? process.argv[flag + 1] : process.env.PORT ?? 4174);
  if (!existsSync(join(root, 'dist', 'alliance-kit.js'))) console.warn('dist/ is missing: run `npm run build` first.');
  await startServer(port);
  console.log(`Strict-CSP demo: http://127.0.0.1:${port}/ (policy: ${STRICT_POLICY})`);
}
