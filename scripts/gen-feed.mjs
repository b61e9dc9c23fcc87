/**
 * Writes a synthetic feed for load testing:
 *   npm run gen:feed -- --spaces 10000 --events 5000 [--passes 3] [--seed 7] [--out demo/generated/feed-10000.json] [--pretty]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { generateFeed } from './feed-generator.mjs';

const { values: options } = parseArgs({
  options: {
    spaces: { type: 'string', default: '100' },
    events: { type: 'string', default: '50' },
    passes: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    now: { type: 'string' },
    out: { type: 'string' },
    pretty: { type: 'boolean', default: false },
  },
});

const count = (name) => {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number, not "${options[name]}"`);
    process.exit(1);
  }
  return value;
};

const spaces = count('spaces');
const events = count('events');
const passes = count('passes');
const seed = count('seed');
const out = options.out ?? `demo/generated/feed-${spaces}${seed === 1 ? '' : `-seed${seed}`}.json`;

const started = performance.now();
const feed = generateFeed({ spaces, events, passes, seed, ...(options.now ? { now: options.now } : {}) });
const json = `${JSON.stringify(feed, null, options.pretty ? 2 : undefined)}\n`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);

const bytes = Buffer.byteLength(json);
console.log(
  `Wrote ${out}: ${spaces.toLocaleString('en-US')} spaces, ${events.toLocaleString('en-US')} events, ${passes} passes (seed ${seed}), ` +
    `${bytes.toLocaleString('en-US')} bytes (${(bytes / 1_048_576).toFixed(1)} MiB) in ${Math.round(performance.now() - started)} ms`,
);
