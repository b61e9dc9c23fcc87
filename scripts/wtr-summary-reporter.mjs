// @ts-check
/**
 * A web-test-runner reporter that counts tests across all test files and browsers, prints
 * `N passed, M failed[, K skipped]` alone on the last line, and writes the counts as JSON (read by
 * scripts/test.mjs).
 *
 * A test file that failed without a failing test (it threw while loading, a hook failed, the browser timed
 * out) counts as one failed test, so a broken file can never make the run look green.
 */
import { mkdirSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/**
 * @typedef {import('@web/test-runner-core').TestSession} TestSession
 * @typedef {import('@web/test-runner-core').TestSuiteResult} TestSuiteResult
 * @typedef {{ passed: number, failed: number, skipped: number, fileErrors: string[], files: number }} Summary
 */

/** @param {TestSuiteResult | undefined} suite @param {{ passed: number, failed: number, skipped: number }} into */
function walk(suite, into) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) into.skipped++;
    else if (test.passed) into.passed++;
    else into.failed++;
  }
  for (const child of suite.suites ?? []) walk(child, into);
}

/** @param {Iterable<TestSession>} sessions @returns {Summary} */
export function summarize(sessions) {
  /** @type {Summary} */
  const total = { passed: 0, failed: 0, skipped: 0, fileErrors: [], files: 0 };
  const files = new Set();
  for (const session of sessions) {
    files.add(session.testFile);
    const own = { passed: 0, failed: 0, skipped: 0 };
    walk(session.testResults, own);
    total.passed += own.passed;
    total.failed += own.failed;
    total.skipped += own.skipped;
    if (session.passed === false && own.failed === 0) {
      total.failed++;
      const reason = session.errors?.[0]?.message ?? 'failed without a failing test';
      total.fileErrors.push(`${relative(process.cwd(), session.testFile)} (${session.browser?.name ?? 'browser'}): ${reason}`);
    }
  }
  total.files = files.size;
  return total;
}

/** @param {Summary} summary */
export function formatSummary({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

/**
 * @param {{ outFile?: string, print?: boolean }} [options]
 * @returns {import('@web/test-runner-core').Reporter}
 */
export function summaryReporter({ outFile = '.tmp/wtr-summary.json', print = true } = {}) {
  let registered = false;
  return {
    stop({ sessions }) {
      const summary = summarize(sessions);
      if (outFile) {
        mkdirSync(dirname(outFile), { recursive: true });
        writeFileSync(outFile, `${JSON.stringify(summary, null, 2)}\n`);
      }
      if (!print || registered) return;
      registered = true;
      // The default reporter prints its final report after reporters stop, so the summary waits for exit
      // to be the last line. The write is synchronous, as it must be in an 'exit' handler.
      process.once('exit', () => {
        const errors = summary.fileErrors.map((line) => `  file error: ${line}\n`).join('');
        writeSync(1, `\n${errors}${formatSummary(summary)}\n`);
      });
    },
  };
}
