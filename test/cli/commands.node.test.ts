/**
 * The CLI as a whole: help, errors, init, schema, and the rules every writing command follows (no silent
 * overwrite, no half-written files).
 */
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFeed } from '../../src/feed/parse.js';
import { writeFileAtomic } from '../../src/cli/io.js';
import { readJson, run, scratch, temporaryFiles } from './harness.js';

const COMMANDS = ['init', 'validate', 'import-spaces', 'import-events', 'export-ics', 'schema'];

describe('alliance-kit', () => {
  it('lists the commands, and answers --help for each with its usage', async () => {
    const folder = await scratch();
    const help = await run(['--help'], { cwd: folder });
    assert.equal(help.code, 0);
    for (const command of COMMANDS) assert.match(help.stdout, new RegExp(`^  ${command} `, 'm'));
    for (const command of COMMANDS) {
      const result = await run([command, '--help'], { cwd: folder });
      assert.equal(result.code, 0, command);
      assert.match(result.stdout, new RegExp(`^Usage: alliance-kit ${command}`), command);
    }
    const bare = await run([], { cwd: folder });
    assert.equal(bare.code, 2, 'no command is a usage error');
  });

  it('explains an unknown command or option instead of failing obscurely', async () => {
    const folder = await scratch();
    const command = await run(['validat', 'feed.json'], { cwd: folder });
    assert.equal(command.code, 2);
    assert.match(command.stderr, /"validat" is not an alliance-kit command\. Did you mean "validate"\?/);
    const option = await run(['validate', 'feed.json', '--jsn'], { cwd: folder });
    assert.equal(option.code, 2);
    assert.match(option.stderr, /"--jsn" is not an option of this command\.\nRun "alliance-kit validate --help"/);
    const value = await run(['import-events', 'calendar.ics', '--days'], { cwd: folder });
    assert.equal(value.code, 2);
    assert.match(value.stderr, /--days needs a value after it\./);
    const days = await run(['import-events', 'calendar.ics', '--days', 'soon'], { cwd: folder });
    assert.match(days.stderr, /--days must be a whole number from 1 to 3660, not "soon"\./);
    const missing = await run(['validate'], { cwd: folder });
    assert.match(missing.stderr, /alliance-kit validate needs a feed file or an https:\/\/ address/);
  });
});

describe('init', () => {
  it('writes a starter feed that validates, and a README that explains it', async () => {
    const folder = await scratch();
    const { code, stdout } = await run(['init', '--name', 'Front Range Coworking', '--url', 'frontrange.example', '--timezone', 'us/mountain', '--currency', 'usd'], { cwd: folder });
    assert.equal(code, 0);
    assert.match(stdout, /Wrote feed\.json and FEED-README\.md\./);
    const feed = await readJson(folder, 'feed.json');
    const parsed = parseFeed(feed);
    assert.deepEqual(parsed.issues, []);
    assert.deepEqual(
      [parsed.feed!.alliance.name, parsed.feed!.alliance.url, parsed.feed!.alliance.timezone, parsed.feed!.alliance.currency],
      ['Front Range Coworking', 'https://frontrange.example/', 'America/Denver', 'USD'],
    );
    assert.equal(feed.updated, '2026-11-28T05:00:00-07:00');
    const readme = await readFile(join(folder, 'FEED-README.md'), 'utf8');
    for (const part of ['**alliance**', '**spaces**', '**passes**', '**events**', '## Next steps', 'alliance-kit validate feed.json']) assert.ok(readme.includes(part), part);
  });

  it('never replaces an existing feed without --force, and --out names another file', async () => {
    const folder = await scratch({ 'feed.json': '{"mine": true}' });
    const refused = await run(['init'], { cwd: folder });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /feed\.json already exists, so nothing was written\.\nTo start over, run "alliance-kit init --force"/);
    assert.equal(await readFile(join(folder, 'feed.json'), 'utf8'), '{"mine": true}');

    assert.equal((await run(['init', '--out', 'alliance.json'], { cwd: folder })).code, 0);
    assert.deepEqual((await readdir(folder)).sort(), ['FEED-README.md', 'alliance.json', 'feed.json']);
    await writeFile(join(folder, 'FEED-README.md'), 'my notes');
    const again = await run(['init', '--out', 'alliance.json'], { cwd: folder });
    assert.match(again.stdout, /FEED-README\.md already exists; left as it was/);
    assert.equal(await readFile(join(folder, 'FEED-README.md'), 'utf8'), 'my notes');

    assert.equal((await run(['init', '--force'], { cwd: folder })).code, 0);
    assert.equal((await readJson(folder, 'feed.json')).version, 1);
    assert.deepEqual(await temporaryFiles(folder), []);
  });

  it('refuses a time zone or currency it does not know, suggesting the right name', async () => {
    const folder = await scratch();
    const zone = await run(['init', '--timezone', 'Eastern'], { cwd: folder });
    assert.equal(zone.code, 2);
    assert.match(zone.stderr, /--timezone must be a time zone name .* not "Eastern"\. Did you mean America\/New_York\?/);
    const currency = await run(['init', '--currency', 'dollars'], { cwd: folder });
    assert.match(currency.stderr, /--currency must be a three-letter currency code/);
    assert.deepEqual(await readdir(folder), []);
  });
});

describe('schema', () => {
  it('prints the JSON Schema of the feed, or writes it with --out', async () => {
    const folder = await scratch();
    const printed = await run(['schema'], { cwd: folder });
    assert.equal(printed.code, 0);
    const schema = JSON.parse(printed.stdout);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(schema.properties.spaces.items.properties.dayUse, 'describes the spaces');
    assert.equal((await run(['schema', '--out', 'schema.json'], { cwd: folder })).code, 0);
    assert.deepEqual(await readJson(folder, 'schema.json'), schema);
  });
});

describe('writing files', () => {
  it('replaces a file in one step and leaves no temporary file behind', async () => {
    const folder = await scratch({ 'feed.json': 'old' });
    await writeFileAtomic(join(folder, 'feed.json'), 'new');
    assert.equal(await readFile(join(folder, 'feed.json'), 'utf8'), 'new');
    assert.deepEqual(await readdir(folder), ['feed.json']);
  });

  it('says which folder is missing, and leaves the old file intact', async () => {
    const folder = await scratch();
    await assert.rejects(writeFileAtomic(join(folder, 'no-such-folder', 'feed.json'), 'x'), /the folder .*no-such-folder does not exist/);
    const result = await run(['init', '--out', 'no-such-folder/feed.json'], { cwd: folder });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Cannot write .*feed\.json: the folder .*no-such-folder does not exist\./);
    assert.deepEqual(await readdir(folder), []);
  });
});
