/**
 * The size budgets (scripts/size.mjs, run by CI after the build). Needs `npm run build`; skipped without dist/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs script without type declarations
import { BUDGETS, measure } from '../../scripts/size.mjs';

const built = existsSync('dist/alliance-kit.js') && existsSync('dist/alliance-autoload.js');

describe('size budgets', { skip: built ? false : 'dist/ is missing: run `npm run build` first' }, () => {
  it('counts an element through the autoloader as the loader plus every module it imports before running', () => {
    const { viaAutoloader, shipped } = measure();
    const badge = viaAutoloader.find((row: { name: string }) => row.name === 'alliance-badge via autoloader');
    assert.ok(badge);
    assert.ok(badge.files.includes('alliance-autoload.js'));
    assert.ok(badge.files.includes('elements/alliance-badge.js'));
    assert.ok(badge.files.some((file: string) => file.startsWith('chunks/')), 'the shared chunks are counted');
    assert.ok(!badge.files.some((file: string) => /directory|events|pass-button/.test(file)), 'other elements are not');
    const sizeOf = (file: string) => shipped.find((row: { file: string }) => row.file === file).brotli;
    assert.equal(badge.brotli, badge.files.reduce((total: number, file: string) => total + sizeOf(file), 0));
  });

  it('passes within the budgets, and fails naming the file and its bytes when one is over', () => {
    const within = spawnSync(process.execPath, ['scripts/size.mjs'], { encoding: 'utf8' });
    assert.equal(within.status, 0, within.stderr);
    assert.match(within.stdout, /alliance-kit\.js/);
    for (const name of Object.keys(BUDGETS)) assert.match(within.stdout, new RegExp(`✔ ${name.replace('.', '\\.')}`));

    const over = spawnSync(process.execPath, ['scripts/size.mjs', '--budget', 'alliance-kit.js=1000'], { encoding: 'utf8' });
    assert.equal(over.status, 1);
    assert.match(over.stderr, /^✖ dist\/alliance-kit\.js is \d+ bytes brotli, over its budget of 1000 bytes/m);
  });
});
