/**
 * What breaks embeds in practice even when the JSON is perfect: how the feed is served. Fetches a feed URL
 * the way the elements do (a cross-origin GET from a member's site) and checks HTTPS, CORS, the content type,
 * the size against the elements' cap, compression and caching, with the fix for the host it is served from.
 */
import { loaderDefaults } from '../feed/loader.js';

export type CheckSeverity = 'ok' | 'warning' | 'error';

export interface ServingCheck {
  /** Which aspect: `https`, `status`, `redirect`, `cors`, `content-type`, `size`, `compression`, `cache`. */
  name: string;
  severity: CheckSeverity;
  message: string;
  /** How to fix it on the host the feed seems to be served from. */
  fix?: string;
}

export interface FetchedFeed {
  checks: ServingCheck[];
  /** The body as text, when the server answered with one worth validating. */
  text?: string;
  /** Why there is nothing to validate. */
  failure?: string;
  finalUrl: string;
}

/** The origin the check pretends to be: any member site, which is never the feed's own origin. */
export const PROBE_ORIGIN = 'https://member-site.example';

/** The elements' cap (5 MB): a larger feed never shows. */
const MAX_BYTES = loaderDefaults.maxBytes;
/** Past this, every visitor of every member site pays for the download on a phone. */
const LARGE_BYTES = 1_000_000;
const COMPRESS_FROM_BYTES = 100_000;
/** Reading stops here; the check only needs to know that the feed is too large. */
const READ_LIMIT_BYTES = 50_000_000;
const TIMEOUT_MS = 20_000;

type Host = 'github-pages' | 'netlify' | 'cloudflare' | 'aws' | 'vercel' | 'unknown';

export async function fetchAndCheck(url: URL, fetchImpl: typeof fetch): Promise<FetchedFeed> {
  const checks: ServingCheck[] = [];
  const add = (check: ServingCheck) => checks.push(check);

  let response: Response;
  try {
    response = await fetchImpl(url.href, {
      headers: { accept: 'application/json', origin: PROBE_ORIGIN },
      redirect: 'follow',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { checks, failure: describeNetworkError(error, url), finalUrl: url.href };
  }

  const finalUrl = new URL(response.url || url.href);
  const host = detectHost(finalUrl, response.headers);
  const insecure = finalUrl.protocol !== 'https:';
  add(
    insecure
      ? {
          name: 'https',
          severity: 'error',
          message: `${finalUrl.origin} is not https. Member sites are https, browsers block plain-http content on them, and the elements refuse it.`,
          fix: HTTPS_FIX[host],
        }
      : { name: 'https', severity: 'ok', message: 'Served over https.' },
  );
  if (response.redirected && finalUrl.href !== url.href) {
    add({
      name: 'redirect',
      severity: 'warning',
      message: `The address redirects to ${finalUrl.href}; every visitor pays for the extra round trip.`,
      fix: `Use ${finalUrl.href} in the embed code and in <alliance-feed src="…">.`,
    });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const status = `${response.status} ${response.statusText}`.trim();
    return {
      checks,
      failure:
        response.status === 404
          ? `The server answered ${status}: there is no file at ${finalUrl.href}. Check the address, and that the feed was published.`
          : `The server answered ${status}, so the feed could not be read.`,
      finalUrl: finalUrl.href,
    };
  }

  add(checkCors(response.headers, host));
  add(checkContentType(response.headers, host));
  add(checkCache(response.headers, host));

  let bytes: Uint8Array;
  try {
    bytes = await readBody(response);
  } catch (error) {
    return { checks, failure: (error as Error).message, finalUrl: finalUrl.href };
  }
  add(checkSize(bytes.byteLength));
  const encoding = response.headers.get('content-encoding');
  if (bytes.byteLength >= COMPRESS_FROM_BYTES) {
    add(
      encoding
        ? { name: 'compression', severity: 'ok', message: `Compressed in transit (${encoding}).` }
        : {
            name: 'compression',
            severity: 'warning',
            message: `The ${formatBytes(bytes.byteLength)} feed is sent uncompressed; gzip or brotli would make it several times smaller.`,
            fix: COMPRESSION_FIX[host],
          },
    );
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { checks, failure: 'The feed is not UTF-8 text; save it as UTF-8 (any code editor can).', finalUrl: finalUrl.href };
  }
  return { checks, text, finalUrl: finalUrl.href };
}

function checkCors(headers: Headers, host: Host): ServingCheck {
  const allowed = headers.get('access-control-allow-origin')?.trim();
  if (!allowed) {
    return {
      name: 'cors',
      severity: 'error',
      message: 'No Access-Control-Allow-Origin header: browsers will not let member sites read the feed.',
      fix: CORS_FIX[host],
    };
  }
  if (allowed === '*') return { name: 'cors', severity: 'ok', message: 'CORS allows every site (Access-Control-Allow-Origin: *).' };
  if (allowed === PROBE_ORIGIN) {
    const vary = (headers.get('vary') ?? '').toLowerCase();
    if (!vary.split(',').map((part) => part.trim()).includes('origin') && vary.trim() !== '*') {
      return {
        name: 'cors',
        severity: 'warning',
        message:
          'The server repeats each site\'s origin in Access-Control-Allow-Origin but does not send "Vary: Origin", so a CDN can serve one member\'s header to another member, whose browser then refuses the feed.',
        fix: `Send "Access-Control-Allow-Origin: *" instead (the feed is public). ${CORS_FIX[host]}`,
      };
    }
    return { name: 'cors', severity: 'ok', message: 'CORS allows member sites (the origin is echoed, with Vary: Origin).' };
  }
  return {
    name: 'cors',
    severity: 'error',
    message: `Access-Control-Allow-Origin is "${allowed}", so only that site may read the feed; every other member site is refused.`,
    fix: `Send "Access-Control-Allow-Origin: *". ${CORS_FIX[host]}`,
  };
}

function checkContentType(headers: Headers, host: Host): ServingCheck {
  const type = (headers.get('content-type') ?? '').toLowerCase();
  const mediaType = type.split(';')[0].trim();
  if (mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType)) {
    return { name: 'content-type', severity: 'ok', message: `Content type ${mediaType}.` };
  }
  if (/html|xml/.test(mediaType)) {
    return {
      name: 'content-type',
      severity: 'error',
      message: `The content type is ${mediaType}: the elements take that for an error page and refuse it.`,
      fix: CONTENT_TYPE_FIX[host],
    };
  }
  return {
    name: 'content-type',
    severity: 'warning',
    message: mediaType ? `The content type is ${mediaType}, not application/json.` : 'The server sends no content type.',
    fix: CONTENT_TYPE_FIX[host],
  };
}

function checkCache(headers: Headers, host: Host): ServingCheck {
  const header = headers.get('cache-control');
  const directives = new Map(
    (header ?? '')
      .toLowerCase()
      .split(',')
      .map((part): [string, string | undefined] => {
        const [name, value] = part.trim().split('=');
        return [name, value];
      })
      .filter(([name]) => name),
  );
  const maxAge = Number(directives.get('s-maxage') ?? directives.get('max-age') ?? NaN);
  if (!header) {
    return {
      name: 'cache',
      severity: 'warning',
      message: 'No Cache-Control header: browsers and CDNs guess how long to keep the feed, and many ask the server on every page view.',
      fix: CACHE_FIX[host],
    };
  }
  if (directives.has('no-store') || directives.has('no-cache') || directives.has('private')) {
    const which = ['no-store', 'no-cache', 'private'].filter((name) => directives.has(name)).join(', ');
    return {
      name: 'cache',
      severity: 'warning',
      message: `Cache-Control says ${which}: every page view on every member site goes back to the server.`,
      fix: CACHE_FIX[host],
    };
  }
  if (Number.isNaN(maxAge)) {
    return { name: 'cache', severity: 'warning', message: `Cache-Control ("${header}") has no max-age.`, fix: CACHE_FIX[host] };
  }
  if (maxAge === 0) {
    return {
      name: 'cache',
      severity: 'warning',
      message: 'Cache-Control has max-age=0: browsers check with the server on every page view.',
      fix: CACHE_FIX[host],
    };
  }
  return { name: 'cache', severity: 'ok', message: `Cached for ${formatSeconds(maxAge)} (${header}).` };
}

function checkSize(bytes: number): ServingCheck {
  if (bytes > MAX_BYTES) {
    return {
      name: 'size',
      severity: 'error',
      message: `The feed is ${formatBytes(bytes)}; the elements refuse feeds over ${formatBytes(MAX_BYTES)}, so it never shows.`,
      fix: SIZE_FIX,
    };
  }
  if (bytes > LARGE_BYTES) {
    return {
      name: 'size',
      severity: 'warning',
      message: `The feed is ${formatBytes(bytes)}; every visitor of every member site downloads it, often on a phone.`,
      fix: SIZE_FIX,
    };
  }
  return { name: 'size', severity: 'ok', message: `${formatBytes(bytes)}, well under the ${formatBytes(MAX_BYTES)} limit.` };
}

/** The whole body, but never more than READ_LIMIT_BYTES of it. */
async function readBody(response: Response): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    // Leaving the loop by throwing cancels the download.
    if (total > READ_LIMIT_BYTES) {
      throw new Error(`The feed is larger than ${formatBytes(READ_LIMIT_BYTES)}; the elements refuse anything over ${formatBytes(MAX_BYTES)}.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function describeNetworkError(error: unknown, url: URL): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `${url.host} did not answer within ${TIMEOUT_MS / 1000} seconds.`;
  switch (cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `There is no server called ${url.hostname} (check the spelling, or your internet connection).`;
    case 'ECONNREFUSED':
      return `${url.host} refused the connection.`;
    case 'CERT_HAS_EXPIRED':
      return `The https certificate of ${url.hostname} has expired; browsers refuse it too.`;
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return `The https certificate of ${url.hostname} is not valid for it; browsers refuse it too.`;
    default:
      return `Could not reach ${url.host}: ${(error as Error).message}${cause?.code ? ` (${cause.code})` : ''}.`;
  }
}

function detectHost(url: URL, headers: Headers): Host {
  const server = (headers.get('server') ?? '').toLowerCase();
  const hostname = url.hostname;
  if (server.includes('github.com') || hostname.endsWith('.github.io')) return 'github-pages';
  if (server.includes('netlify') || headers.has('x-nf-request-id') || hostname.endsWith('.netlify.app')) return 'netlify';
  if (headers.has('x-vercel-id') || hostname.endsWith('.vercel.app')) return 'vercel';
  if (server.includes('cloudflare') || hostname.endsWith('.pages.dev')) return 'cloudflare';
  if (server.includes('amazons3') || headers.has('x-amz-cf-id') || /\.(?:amazonaws\.com|cloudfront\.net)$/.test(hostname)) return 'aws';
  return 'unknown';
}

const HEADERS_FILE = (lines: string[]) => `\n      /feed.json\n${lines.map((line) => `        ${line}`).join('\n')}`;

const NETLIFY = (lines: string[]) =>
  `On Netlify or Cloudflare Pages, add a file named _headers next to the feed:${HEADERS_FILE(lines)}`;
const VERCEL = (header: string, value: string) =>
  `On Vercel, add to vercel.json: { "headers": [{ "source": "/feed.json", "headers": [{ "key": "${header}", "value": "${value}" }] }] }`;
const SEE_GUIDE = 'The publishing guide (docs/publishing.md) has step-by-step instructions for each host.';

const CORS_LINES = ['Access-Control-Allow-Origin: *'];
const CACHE_LINES = ['Cache-Control: public, max-age=300'];
const TYPE_LINES = ['Content-Type: application/json; charset=utf-8'];

const S3_CORS =
  'On S3, set the bucket\'s CORS configuration (Permissions → CORS) to [{"AllowedOrigins":["*"],"AllowedMethods":["GET","HEAD"],"AllowedHeaders":["*"]}]; with CloudFront in front, also attach the managed response headers policy "SimpleCORS" to the behaviour.';
const S3_UPLOAD =
  'On S3, upload with: aws s3 cp feed.json s3://YOUR-BUCKET/feed.json --content-type "application/json; charset=utf-8" --cache-control "public, max-age=300"';

const CORS_FIX: Record<Host, string> = {
  'github-pages':
    'GitHub Pages sends "Access-Control-Allow-Origin: *" by itself, so something in front of it (a proxy or CDN) removes the header; serve the feed straight from github.io or configure that CDN to pass the header on.',
  netlify: NETLIFY(CORS_LINES),
  cloudflare: NETLIFY(CORS_LINES),
  vercel: VERCEL('Access-Control-Allow-Origin', '*'),
  aws: S3_CORS,
  unknown: `Configure the server to send "Access-Control-Allow-Origin: *" with the feed. ${NETLIFY(CORS_LINES)}\n    ${S3_CORS}\n    ${SEE_GUIDE}`,
};

const CACHE_FIX: Record<Host, string> = {
  'github-pages': 'GitHub Pages always sends "Cache-Control: max-age=600"; if it is missing, a proxy in front of it changes the header.',
  netlify: NETLIFY(CACHE_LINES),
  cloudflare: NETLIFY(CACHE_LINES),
  vercel: VERCEL('Cache-Control', 'public, max-age=300'),
  aws: S3_UPLOAD,
  unknown: `Send "Cache-Control: public, max-age=300" (five minutes: updates still show quickly). ${NETLIFY(CACHE_LINES)}\n    ${S3_UPLOAD}\n    ${SEE_GUIDE}`,
};

const CONTENT_TYPE_FIX: Record<Host, string> = {
  'github-pages': 'GitHub Pages picks the type from the file name: name the file with ".json" at the end (feed.json).',
  netlify: `Name the file with ".json" at the end, or ${NETLIFY(TYPE_LINES).replace(/^On/, 'on')}`,
  cloudflare: `Name the file with ".json" at the end, or ${NETLIFY(TYPE_LINES).replace(/^On/, 'on')}`,
  vercel: VERCEL('Content-Type', 'application/json; charset=utf-8'),
  aws: S3_UPLOAD,
  unknown: `Name the file with ".json" at the end and make the server send "Content-Type: application/json; charset=utf-8". ${SEE_GUIDE}`,
};

const HTTPS_FIX: Record<Host, string> = {
  'github-pages': 'In the repository: Settings → Pages → tick "Enforce HTTPS", and use the https:// address.',
  netlify: 'Netlify serves every site over https: use the https:// address.',
  cloudflare: 'Cloudflare serves every site over https: use the https:// address.',
  vercel: 'Vercel serves every site over https: use the https:// address.',
  aws: 'Serve the bucket through CloudFront (which gives https) and use its https:// address; plain S3 website endpoints are http only.',
  unknown: 'Publish the feed on a host with https (GitHub Pages, Netlify and Cloudflare Pages are free) and use the https:// address.',
};

const COMPRESSION_FIX: Record<Host, string> = {
  'github-pages': 'GitHub Pages compresses by itself; a proxy in front of it may be undoing that.',
  netlify: 'Netlify compresses by itself; check that no proxy in front of it undoes that.',
  cloudflare: 'Cloudflare compresses by itself; check the zone\'s compression settings.',
  vercel: 'Vercel compresses by itself; check that no proxy in front of it undoes that.',
  aws: 'Plain S3 does not compress: put CloudFront in front and turn on "Compress objects automatically" in the behaviour.',
  unknown: 'Turn on gzip or brotli for .json files on the server or CDN (GitHub Pages, Netlify and Cloudflare do it automatically).',
};

const SIZE_FIX =
  'Keep only upcoming events (import the calendar with a shorter --days), shorten long descriptions, and link to photos instead of embedding them.';

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1000) return `${Math.round(bytes / 1000)} kB`;
  return `${bytes} bytes`;
}

function formatSeconds(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} seconds`;
}
