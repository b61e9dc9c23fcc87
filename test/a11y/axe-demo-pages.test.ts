/**
 * Every demo page passes axe (WCAG 2.2 A and AA rules, inside every shadow root) in the light and in the dark,
 * at a phone's 320px and a desktop's 1280px.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { available, DEMO_PAGES, openDemo, type Theme } from './demo-pages.js';

const WIDTHS = [320, 1280];
const THEMES: Theme[] = ['light', 'dark'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string; any?: { relatedNodes?: { html: string }[] }[] }[];
}

async function violationsIn(win: Window): Promise<AxeViolation[]> {
  axeSource ??= await (await fetch('/node_modules/axe-core/axe.min.js')).text();
  const frameWindow = win as Window & { axe?: any; eval(code: string): unknown };
  if (!frameWindow.axe) frameWindow.eval(axeSource);
  const results = await frameWindow.axe.run(win.document, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  return results.violations;
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => `${violation.id} (${violation.help}):\n${violation.nodes
      .slice(0, 5)
      .map((node) => {
        const related = (node.any ?? []).flatMap((check) => check.relatedNodes ?? []).map((other) => other.html.slice(0, 100));
        return `    ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}${related.length ? ` (near: ${related.join(' | ')})` : ''}`;
      })
      .join('\n')}`)
    .join('\n');
}

describe('demo pages pass axe', function () {
  this.timeout(60_000);

  after(() => emulateMedia({ colorScheme: 'light' }));

  for (const page of DEMO_PAGES) {
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        it(`${page.name} at ${width}px, ${theme}`, async function () {
          if (!(await available(page))) this.skip();
          const demo = await openDemo(page, width, theme);
          try {
            const violations = await violationsIn(demo.win);
            expect(describeViolations(violations)).to.equal('');
          } finally {
            demo.close();
          }
        });
      }
    }
  }
});
