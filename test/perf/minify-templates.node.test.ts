import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs build script without type declarations
import { minifyCss, minifyTemplates, minifyTemplatesIn } from '../../scripts/minify-templates.mjs';

describe('build: css and html template minifier', () => {
  it('collapses stylesheet whitespace and comments, keeping what CSS needs', () => {
    const source = `
      /* a comment */
      :host {
        --_gap: var(--alliance-spacing, 1rem);
        width: calc(100% - 2 * var(--_gap));
      }
      .a :is(.b, .c) > .d::part(x),
      .e:hover { content: '  two  spaces ; } '; margin: 0 auto; }
      @container (min-width: 30rem) and (max-width: 60rem) { .f { gap: 1px } }
    `;
    assert.equal(
      minifyCss(source),
      ":host{--_gap:var(--alliance-spacing, 1rem);width:calc(100% - 2 * var(--_gap))}" +
        ".a :is(.b, .c)>.d::part(x), .e:hover{content:'  two  spaces ; } ';margin:0 auto}" +
        '@container (min-width:30rem) and (max-width:60rem){.f{gap:1px}}',
    );
  });

  it('turns markup indentation into single spaces and drops comments, never touching expressions', () => {
    const code = [
      'const view = html`',
      '  <div class="a">',
      '    <!-- why -->',
      '    <span>${`  keep\n   this  `}</span>',
      '    ${items.map((item) => html`',
      '      <li>${item}</li>',
      '    `)}',
      '  </div>',
      '`;',
    ].join('\n');
    assert.equal(
      minifyTemplatesIn(code),
      'const view = html` <div class="a"> <span>${`  keep\n   this  `}</span> ${items.map((item) => html` <li>${item}</li> `)} </div> `;',
    );
  });

  it('leaves translation keys, whitespace-sensitive markup and untagged strings alone', () => {
    const code = [
      'const a = msg(html`Secure checkout on\n   <bdi>${host}</bdi>`);',
      'const b = html`<pre>\n  x\n</pre>`;',
      'const c = `\n   plain\n`;',
      'const d = other`\n  x\n`;',
    ].join('\n');
    assert.equal(minifyTemplatesIn(code), code);
  });

  it('is a build plugin for the kit source only, with a source map that keeps line numbers', () => {
    const plugin = minifyTemplates();
    const transform = plugin.transform as (code: string, id: string) => { code: string; map: { mappings: string } } | null;
    const source = 'const s = css`\n  :host {\n    display: block;\n  }\n`;\nexport const after = 1;\n';
    assert.equal(transform.call({ warn() {} }, source, '/repo/src/locales/fr.ts'), null);
    assert.equal(transform.call({ warn() {} }, source, '/repo/node_modules/x/index.ts'), null);
    const result = transform.call({ warn() {} }, source, '/repo/src/shared/x.ts');
    assert.ok(result);
    assert.equal(result.code, 'const s = css`:host{display:block}`;\nexport const after = 1;\n');
    // Output line 2 ("export const after") comes from input line 6: a delta of 5 lines in the second segment.
    assert.equal(result.map.mappings, 'AAAA;AAKA;AACA');
  });
});
