/**
 * Runs the CLI in-process, the way bin.ts does, with captured output, a scratch folder and a pinned clock.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after } from 'node:test';
import { main, type CliIo } from '../../src/cli/main.js';

/** The tests run from the repository root (scripts/test.mjs changes into it). */
export const repoRoot = process.cwd();

/** Real calendar files written by other software; CI puts shared/ beside the clone. */
export const icsFixtures = resolve(repoRoot, '../shared/fixtures/ics');
export const haveIcsFixtures = existsSync(icsFixtures);
export const fixturesMissing = haveIcsFixtures ? false : `ICS fixtures not found at ${icsFixtures} (shared/ is not beside the repository)`;

/** 2026-11-28 12:00 UTC, "today" for every test unless it says otherwise. */
export const NOW = Date.parse('2026-11-28T12:00:00Z');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(args: string[], options: { cwd: string; env?: Record<string, string>; fetch?: typeof fetch; now?: number }): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: options.cwd,
    env: options.env ?? {},
    fetch: options.fetch,
    now: () => options.now ?? NOW,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const folders: string[] = [];
after(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

/** A fresh folder, removed when the test file ends; `files` are written into it. */
export async function scratch(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'alliance-kit-cli-'));
  folders.push(folder);
  for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
  return folder;
}

export async function readJson(folder: string, name: string): Promise<Record<string, unknown> & { spaces: Record<string, unknown>[]; events: Record<string, unknown>[] }> {
  return JSON.parse(await readFile(join(folder, name), 'utf8'));
}

/** Leftover temporary files from an interrupted atomic write would start with a dot and end with .tmp. */
export async function temporaryFiles(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.endsWith('.tmp'));
}

/** A small valid feed to update. */
export function baseFeed(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    updated: '2026-11-01T10:00:00-05:00',
    alliance: {
      id: 'kc-coworking',
      name: 'KC Coworking Alliance',
      url: 'https://kccoworking.example.org/',
      timezone: 'America/Chicago',
      currency: 'USD',
    },
    spaces: [],
    passes: [],
    events: [],
    ...overrides,
  };
}
