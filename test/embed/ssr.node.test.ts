/**
 * Server-side rendering frameworks (Next.js, Nuxt, SvelteKit, Astro, Angular SSR) import the package on the
 * server, where there is no window, document or customElements: importing must not throw.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

test('no browser globals here (the premise of these tests)', () => {
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
});

test('importing the classes (src/index.ts) on the server does not throw', async () => {
  const kit = await import('../../src/index.js');
  assert.equal(typeof kit.AllianceDirectoryElement, 'function');
  assert.equal(typeof kit.parseFeed, 'function');
});

test('importing the registering entry (src/define.ts) on the server does not throw', async () => {
  await assert.doesNotReject(import('../../src/define.js'));
});

test('importing the React wrappers on the server does not throw', async () => {
  const react = await import('../../src/react/index.js');
  assert.equal(typeof react.AllianceDirectory, 'object'); // a forwardRef component
});

test('the built npm modules (dist/esm) import on the server', async (context) => {
  const entries = ['dist/esm/index.js', 'dist/esm/define.js', 'dist/esm/react/index.js'];
  if (!entries.every((entry) => existsSync(entry))) {
    context.skip('dist/esm is missing: run `npm run build` first');
    return;
  }
  for (const entry of entries) await assert.doesNotReject(import(pathToFileURL(resolve(entry)).href), entry);
});
