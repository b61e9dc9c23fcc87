/**
 * Every message the elements show has a French and a Spanish translation (and every other catalog in
 * src/locales/locales.ts), with the same placeholders; no catalog keeps words the code no longer uses.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs script without type declarations
import { collectMessages, placeholdersIn } from '../../scripts/i18n-messages.mjs';
import { TRANSLATIONS, type Translation } from '../../src/locales/locales.js';

interface Message {
  key: string;
  kind: 'string' | 'str' | 'html';
  placeholders: number;
  where: string[];
}

const { messages, problems } = collectMessages() as { messages: Map<string, Message>; problems: { file: string; line: number; problem: string }[] };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function placeholdersOf(translation: Translation): number[] {
  if (typeof translation === 'string') return placeholdersIn(translation);
  return [...(translation.values as number[])].sort((a, b) => a - b);
}

describe('messages in the source', () => {
  it('are found (the scan works) and every msg() call can be read', () => {
    assert.ok(messages.size > 150, `only ${messages.size} messages found`);
    assert.ok(messages.has('Loading alliance information…'));
    assert.ok(messages.has('Showing {0} of {1} spaces'));
    assert.equal(messages.get('Secure checkout on <bdi>{0}</bdi>')?.kind, 'html');
    assert.deepEqual(problems, []);
  });

  it('all go through the kit’s msg(), never @lit/localize’s page-wide one', () => {
    const offenders = sourceFiles('src').filter((file) => {
      const code = readFileSync(file, 'utf8');
      return /import\s*\{[^}]*\bmsg\b[^}]*\}\s*from\s*'@lit\/localize'/.test(code);
    });
    assert.deepEqual(offenders, []);
  });
});

for (const [language, load] of Object.entries(TRANSLATIONS)) {
  describe(`the ${language} catalog`, async () => {
    const translations = (await load()).default;

    it('translates every message', () => {
      const missing = [...messages.values()]
        .filter((message) => !Object.hasOwn(translations, message.key))
        .map((message) => `${JSON.stringify(message.key)} (${message.where[0]})`);
      assert.deepEqual(missing, [], `untranslated in src/locales/${language}.ts (node scripts/i18n-messages.mjs --missing ${language} lists them as lines to paste)`);
    });

    it('keeps every placeholder of each message, and html messages as html templates', () => {
      const wrong: string[] = [];
      for (const message of messages.values()) {
        const translation = translations[message.key];
        if (translation === undefined) continue;
        if ((message.kind === 'html') !== (typeof translation !== 'string')) {
          wrong.push(`${message.key}: ${message.kind === 'html' ? 'needs an html`…` template' : 'needs a plain string'}`);
          continue;
        }
        const expected = Array.from({ length: message.placeholders }, (_, index) => index);
        const found = placeholdersOf(translation);
        if (found.join() !== expected.join()) wrong.push(`${message.key}: has {${found.join('}, {')}}, needs {${expected.join('}, {')}}`);
      }
      assert.deepEqual(wrong, []);
    });

    it('has no words the code no longer uses', () => {
      const unused = Object.keys(translations).filter((key) => !messages.has(key));
      assert.deepEqual(unused, [], `stale entries in src/locales/${language}.ts`);
    });

    it('translates rather than copies (most messages differ from the English)', () => {
      const same = [...messages.keys()].filter((key) => translations[key] === key);
      // Formats ("{0} – {1}"), names ("Wi-Fi", "Studio") and the like may stay; whole sentences may not.
      assert.ok(same.length < messages.size * 0.1, `${same.length} messages are left in English: ${same.slice(0, 20).join(' | ')}`);
    });
  });
}
