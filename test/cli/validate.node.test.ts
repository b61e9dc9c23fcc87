/**
 * `alliance-kit validate`: exit codes, JSON output, one plain-language message and fix per rule class, and
 * the serving checks against a local server that sends good and bad headers.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { baseFeed, run, scratch } from './harness.js';

const validFeed = () =>
  baseFeed({
    spaces: [{ id: 'lakeside-hub', name: 'Lakeside Hub', dayUse: { accepted: true, price: { amount: '25.00' } } }],
    events: [{ id: 'mixer', title: 'Mixer', start: '2026-12-10T17:30:00-06:00', space: 'lakeside-hub' }],
  });

async function validate(feed: unknown, extra: string[] = []) {
  const content = typeof feed === 'string' || feed instanceof Uint8Array ? feed : JSON.stringify(feed, null, 2);
  const folder = await scratch({ 'feed.json': content });
  return run(['validate', 'feed.json', ...extra], { cwd: folder });
}

describe('validate: files', () => {
  it('exits 0 for a valid feed and says what member sites would show', async () => {
    const { code, stdout } = await validate(validFeed());
    assert.equal(code, 0);
    assert.match(stdout, /^Valid\. Member sites would show 1 space, 0 passes and 1 event\.$/m);
  });

  it('exits 1 with each issue\'s JSON path, value, message and fix, and counts what was left out', async () => {
    const feed = validFeed() as { spaces: Record<string, unknown>[]; events: Record<string, unknown>[]; passes: unknown[] };
    feed.spaces.push(
      { id: 'comma-price', name: 'Comma Price', dayUse: { accepted: true, price: { amount: '12,50' } } },
      { id: 'Bad Id', name: 'Bad Id' },
      { id: 'insecure', name: 'Insecure', url: 'http://insecure.example/' },
      { id: 'zone', name: 'Zone', timezone: 'Central Standard Time' },
    );
    feed.events.push({ id: 'no-offset', title: 'No offset', start: '2026-07-04 18:00' }, { id: 'elsewhere', title: 'Elsewhere', start: '2026-12-11T17:30:00-06:00', space: 'nowhere' });
    feed.passes.push({ id: 'pass', name: 'Pass', price: { amount: '10' } });
    const { code, stdout } = await validate(feed);
    assert.equal(code, 1);
    const expectLine = (line: string) => assert.ok(stdout.includes(line), `missing:\n${line}\nin:\n${stdout}`);
    expectLine(`error    spaces[1].dayUse.price.amount: '12,50' is not a price; write it like "12.50"; "dayUse" was left out\n           Fix: Write { "amount": "12.50" }: digits with a dot before the decimals, in quotes.`);
    expectLine(`error    spaces[2].id: 'Bad Id' must be letters, digits, "-", "_" or "." (e.g. "lakeside-hub"); this space was left out\n           Fix: Write "bad-id".`);
    expectLine(`error    spaces[3].url: 'http://insecure.example/' must start with https:// (plain http is not allowed); "url" was left out\n           Fix: Write "https://insecure.example/".`);
    expectLine(`error    spaces[4].timezone: 'Central Standard Time' is not an IANA time zone name (e.g. "America/Chicago"); "timezone" was left out\n           Fix: Did you mean "America/Chicago"?`);
    // The exact offset Chicago has on 4 July (daylight saving time), not the one it has today.
    expectLine(`error    events[1].start: '2026-07-04 18:00' is not a date and time with an offset; this event was left out\n           Fix: Add the offset from UTC: "2026-07-04T18:00:00-05:00" (America/Chicago on that date).`);
    expectLine(`warning  events[2].space: 'nowhere' names a space that is not in the feed\n           Fix: Use the id of a space in "spaces" ("lakeside-hub", "comma-price", "insecure", "zone"), or remove this reference.`);
    expectLine(`error    passes[0].checkoutUrl: is required; this pass was left out\n           Fix: Add "checkoutUrl".`);
    assert.match(stdout, /^6 errors, 1 warning\. Member sites would show 4 spaces, 0 passes and 2 events\. Left out because of errors: 1 space, 1 pass, 1 event\.$/m);
  });

  it('prints JSON with --json', async () => {
    const feed = validFeed() as { spaces: Record<string, unknown>[] };
    feed.spaces[0].email = 'mailto:hello@lakeside.example';
    const { code, stdout } = await validate(feed, ['--json']);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.result, 'invalid');
    assert.equal(report.errors, 1);
    assert.deepEqual(report.shown, { spaces: 1, passes: 0, events: 1 });
    assert.deepEqual(report.issues, [
      {
        path: 'spaces[0].email',
        message: 'is not an email address; "email" was left out',
        severity: 'error',
        value: 'mailto:hello@lakeside.example',
        fix: 'Leave out "mailto:": "hello@lakeside.example".',
      },
    ]);
  });

  it('treats warnings as failures only with --strict', async () => {
    const feed = validFeed() as { spaces: Record<string, unknown>[] };
    feed.spaces[0].passes = [{ pass: 'missing-pass' }];
    assert.equal((await validate(feed)).code, 0);
    assert.equal((await validate(feed, ['--strict'])).code, 1);
  });

  it('refuses zone abbreviations, which browsers read as another place, and suggests the Area/City name', async () => {
    const feed = validFeed() as { spaces: Record<string, unknown>[] };
    feed.spaces[0].timezone = 'BST';
    const { code, stdout } = await validate(feed);
    assert.equal(code, 1);
    assert.match(stdout, /spaces\[0\]\.timezone: 'BST' is not an IANA time zone name/);
    assert.match(stdout, /Did you mean "Europe\/London"\?/);
  });

  it('warns about the starter placeholders init writes', async () => {
    const folder = await scratch();
    assert.equal((await run(['init', '--timezone', 'America/Denver', '--name', 'Front Range Coworking'], { cwd: folder })).code, 0);
    const { code, stdout } = await run(['validate', 'feed.json'], { cwd: folder });
    assert.equal(code, 0);
    assert.match(stdout, /warning  alliance: still has the starter text in "url", "id", "email", "tagline"/);
    assert.match(stdout, /warning  spaces\[0\]: is the starter example \("example-space"\)/);
    assert.match(stdout, /Valid, with 4 warnings worth a look\./);
  });

  it('exits 1 for a feed the elements refuse as a whole, and 2 for one that cannot be read', async () => {
    const rejected = await validate({ version: 1, updated: '2026-11-01T10:00:00Z' });
    assert.equal(rejected.code, 1);
    assert.match(rejected.stdout, /alliance: must be an object describing the alliance/);
    assert.match(rejected.stdout, /The feed cannot be shown: /);

    const newer = await validate({ ...validFeed(), version: 2 });
    assert.equal(newer.code, 1);
    assert.match(newer.stdout, /This feed uses format version 2/);

    const trailingComma = await validate('{\n  "version": 1,\n  "spaces": [1, 2,]\n}');
    assert.equal(trailingComma.code, 2);
    assert.match(trailingComma.stdout, /feed\.json is not valid JSON \(line 3, column \d+\): remove the comma before this closing bracket\./);
    assert.match(trailingComma.stdout, /Could not check the feed/);

    const folder = await scratch();
    const missing = await run(['validate', 'feed.json', '--json'], { cwd: folder });
    assert.equal(missing.code, 2);
    assert.match(JSON.parse(missing.stdout).failure, /There is no feed file named "feed\.json"/);

    const latin1 = await validate(Uint8Array.from([0x7b, 0xe9, 0x7d]));
    assert.equal(latin1.code, 2);
    assert.match(latin1.stdout, /feed\.json is not UTF-8 text/);
  });
});

// ------------------------------------------------------------------------------------------ URLs

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

describe('validate: how a URL is served', () => {
  const routes = new Map<string, Handler>();
  const requests: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    requests.push(request);
    const handler = routes.get(request.url ?? '');
    if (handler) handler(request, response);
    else response.writeHead(404).end('not found');
  });
  let base = '';

  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const body = JSON.stringify(validFeed());
  const serve = (path: string, headers: Record<string, string>, content: string | Buffer = body) =>
    routes.set(path, (_, response) => response.writeHead(200, headers).end(content));

  const check = async (path: string, extra: string[] = ['--allow-insecure-localhost']) => {
    const folder = await scratch();
    const result = await run(['validate', `${base}${path}`, '--json', ...extra], { cwd: folder });
    return { ...result, report: result.stdout ? JSON.parse(result.stdout) : undefined };
  };
  const severities = (report: { serving: { name: string; severity: string }[] }) =>
    Object.fromEntries(report.serving.map((entry) => [entry.name, entry.severity]));

  it('passes a well-served feed, apart from plain http on the test server', async () => {
    serve('/good.json', {
      'content-type': 'application/json; charset=utf-8',
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=300',
    });
    const { code, report } = await check('/good.json');
    assert.deepEqual(severities(report), { https: 'error', cors: 'ok', 'content-type': 'ok', cache: 'ok', size: 'ok' });
    assert.equal(report.serving[0].message, `${base} is not https. Member sites are https, browsers block plain-http content on them, and the elements refuse it.`);
    assert.equal(code, 1, 'not https is an error');
    assert.deepEqual(report.shown, { spaces: 1, passes: 0, events: 1 });
    const request = requests.at(-1)!;
    assert.equal(request.headers.origin, 'https://member-site.example', 'it asks the way a member site would');
    assert.equal(request.headers.accept, 'application/json');
  });

  it('reports a missing CORS header, a wrong content type and missing caching, with host-specific fixes', async () => {
    serve('/bare.json', { 'content-type': 'text/plain', server: 'Netlify' });
    const { report } = await check('/bare.json');
    assert.deepEqual(severities(report), { https: 'error', cors: 'error', 'content-type': 'warning', cache: 'warning', size: 'ok' });
    const cors = report.serving.find((entry: { name: string }) => entry.name === 'cors');
    assert.equal(cors.message, 'No Access-Control-Allow-Origin header: browsers will not let member sites read the feed.');
    assert.match(cors.fix, /_headers next to the feed:\n\s+\/feed\.json\n\s+Access-Control-Allow-Origin: \*/);
    assert.match(report.serving.find((entry: { name: string }) => entry.name === 'cache').fix, /Cache-Control: public, max-age=300/);
  });

  it('reports CORS for one other site, an echoed origin without Vary, no-store and an HTML content type', async () => {
    serve('/one-site.json', { 'content-type': 'application/json', 'access-control-allow-origin': 'https://alliance.example', 'cache-control': 'no-store' });
    const oneSite = (await check('/one-site.json')).report;
    assert.deepEqual(severities(oneSite), { https: 'error', cors: 'error', 'content-type': 'ok', cache: 'warning', size: 'ok' });
    assert.match(oneSite.serving[1].message, /is "https:\/\/alliance\.example", so only that site may read the feed/);
    assert.match(oneSite.serving[3].message, /Cache-Control says no-store/);

    routes.set('/echo.json', (request, response) =>
      response.writeHead(200, { 'content-type': 'text/html', 'access-control-allow-origin': String(request.headers.origin), 'cache-control': 'max-age=0', server: 'AmazonS3' }).end(body),
    );
    const echo = (await check('/echo.json')).report;
    assert.deepEqual(severities(echo), { https: 'error', cors: 'warning', 'content-type': 'error', cache: 'warning', size: 'ok' });
    assert.match(echo.serving[1].message, /does not send "Vary: Origin"/);
    assert.match(echo.serving[2].message, /text\/html: the elements take that for an error page/);
    assert.match(echo.serving[3].fix, /aws s3 cp feed\.json .* --cache-control "public, max-age=300"/);
  });

  it('warns above 1 MB, refuses above the elements\' 5 MB cap, and notices missing compression', async () => {
    const padded = (bytes: number) => {
      const feed = validFeed() as Record<string, unknown>;
      const text = JSON.stringify(feed);
      return `${text.slice(0, -1)},"padding":"${'x'.repeat(bytes - text.length - 14)}"}`;
    };
    const headers = { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'max-age=600' };
    serve('/large.json', headers, padded(1_500_000));
    const large = (await check('/large.json')).report;
    assert.deepEqual(severities(large), { https: 'error', cors: 'ok', 'content-type': 'ok', cache: 'ok', size: 'warning', compression: 'warning' });
    assert.match(large.serving.find((entry: { name: string }) => entry.name === 'size').message, /The feed is 1\.5 MB; every visitor/);

    serve('/large-gzip.json', { ...headers, 'content-encoding': 'gzip' }, gzipSync(padded(1_500_000)));
    const compressed = (await check('/large-gzip.json')).report;
    assert.equal(severities(compressed).compression, 'ok');

    serve('/huge.json', headers, padded(5_200_000));
    const huge = (await check('/huge.json')).report;
    assert.equal(severities(huge).size, 'error');
    assert.match(huge.serving.find((entry: { name: string }) => entry.name === 'size').message, /the elements refuse feeds over 5\.0 MB, so it never shows/);
  });

  it('exits 2 when the server answers with an error, and explains a 404', async () => {
    const { code, report } = await check('/missing.json');
    assert.equal(code, 2);
    assert.equal(report.result, 'unreadable');
    assert.match(report.failure, /The server answered 404 Not Found: there is no file at/);
  });

  it('refuses plain http unless testing on this computer with the flag or the environment variable', async () => {
    serve('/ok.json', { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'max-age=60' });
    const refused = await check('/ok.json', []);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /is plain http\. To check a feed served from your own computer, add --allow-insecure-localhost/);

    const folder = await scratch();
    const viaEnv = await run(['validate', `${base}/ok.json`], { cwd: folder, env: { ALLIANCE_KIT_ALLOW_INSECURE_LOCALHOST: '1' } });
    assert.equal(viaEnv.code, 1);
    assert.match(viaEnv.stdout, /How it is served\n\s+error\s+http:\/\/127\.0\.0\.1:\d+ is not https/);

    const remote = await run(['validate', 'http://alliance.example/feed.json', '--allow-insecure-localhost'], { cwd: folder });
    assert.equal(remote.code, 2);
    assert.match(remote.stderr, /is plain http\. Member sites are https .* Try https:\/\/alliance\.example\/feed\.json\./);
  });

  it('uses the fetch it is given for https addresses (no network in tests)', async () => {
    const calls: string[] = [];
    const fakeFetch = (async (url: string) => {
      calls.push(url);
      const response = new Response(body, {
        headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'max-age=600', server: 'GitHub.com' },
      });
      Object.defineProperty(response, 'url', { value: url });
      return response;
    }) as typeof fetch;
    const folder = await scratch();
    const { code, stdout } = await run(['validate', 'https://alliance.github.io/feed.json'], { cwd: folder, fetch: fakeFetch });
    assert.equal(code, 0, stdout);
    assert.deepEqual(calls, ['https://alliance.github.io/feed.json']);
    assert.match(stdout, /ok       Served over https\./);
    assert.match(stdout, /ok       Cached for 10 minutes \(max-age=600\)\./);
  });
});
