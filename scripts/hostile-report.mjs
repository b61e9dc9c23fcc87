#!/usr/bin/env node
// @ts-check
/**
 * Prints the hostile-feed suite's summary table from .tmp/hostile-report/*.json (written by the tests through
 * scripts/wtr-hostile.mjs, which empties the folder when the test runner starts): cases run per group,
 * failures, and the invariants checked. Run by `npm run test:hostile` after the tests; exits non-zero when a
 * case failed or a group did not run. Long fuzzing run: `FC_RUNS=5000 npm run test:hostile`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE_REPORT_DIR } from './wtr-hostile.mjs';

/**
 * Every group the suite has (test/hostile/*.test.ts count their cases under these names). A group that did
 * not report is listed as not run and fails the report: a test file that stopped running must not pass.
 */
const EXPECTED_GROUPS = [
  '1 transport',
  '2 shape',
  '3 prototype keys',
  '4 text fields',
  '5 URL fields',
  '6 branding',
  '7 money, dates, zones',
  '8 storage',
  '9 host pages: one feed URL',
  '10 host pages: hostile CSS',
  '11 host pages: Trusted Types',
  '12 host pages: kit twice',
  '13 host pages: polluted prototype',
  '14 fuzz: parseFeed',
  '15 fuzz: rendering',
];

/** @type {Map<string, { cases: number, failures: number, invariants: Set<string> }>} */
const groups = new Map();
if (existsSync(HOSTILE_REPORT_DIR)) {
  for (const file of readdirSync(HOSTILE_REPORT_DIR).filter((name) => name.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(HOSTILE_REPORT_DIR, file), 'utf8'));
    for (const group of report.groups ?? []) {
      const entry = groups.get(group.group) ?? { cases: 0, failures: 0, invariants: new Set() };
      entry.cases += group.cases;
      entry.failures += group.failures;
      for (const invariant of group.invariants) entry.invariants.add(invariant);
      groups.set(group.group, entry);
    }
  }
}
const missing = EXPECTED_GROUPS.filter((name) => !groups.has(name));
const rows = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
const table = [
  ['group', 'cases', 'failures', 'invariants checked'],
  ...rows.map(([name, g]) => [name, String(g.cases), String(g.failures), [...g.invariants].join(', ')]),
  ...missing.map((name) => [name, '0', '-', 'NOT RUN']),
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
console.log('\nHostile-feed suite');
for (const [index, row] of table.entries()) {
  console.log(row.map((cell, column) => (column === 1 || column === 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  '));
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}
const total = rows.reduce((sum, [, g]) => ({ cases: sum.cases + g.cases, failures: sum.failures + g.failures }), { cases: 0, failures: 0 });
console.log(`${total.cases} cases, ${total.failures} failed${missing.length ? `, ${missing.length} groups not run` : ''}`);
if (rows.length === 0) console.log('(no report: did the tests run?)');
process.exit(total.failures > 0 || missing.length > 0 ? 1 : 0);
