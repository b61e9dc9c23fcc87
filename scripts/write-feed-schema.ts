/**
 * Writes the feed's JSON Schema and Markdown reference. Paths are relative to the working directory, because
 * this file runs from a bundle in another folder (the build, `npm run` and the esbuild one-liner all start in
 * the repository root).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildJsonSchema, renderFieldDocs } from './feed-schema.js';

const outputs: [path: string, content: string][] = [
  ['dist/alliance-feed.schema.json', `${JSON.stringify(buildJsonSchema(), null, 2)}\n`],
  ['docs/feed-format.md', renderFieldDocs()],
];

for (const [path, content] of outputs) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${path} (${Buffer.byteLength(content).toLocaleString('en-US')} bytes)`);
}
