/**
 * The harness's own checks must be able to fail: each invariant is tripped on purpose here and must be
 * reported (a hostile suite whose watchers see nothing would pass everything).
 */
import { fixtureContainer, realFetch, walkShadow, watch } from './harness.js';
import { expect } from '@open-wc/testing';

async function problemsOf(act: (container: HTMLElement) => void | Promise<void>): Promise<string[]> {
  const container = fixtureContainer();
  document.body.append(container);
  const watcher = watch(container, () => new Set());
  await act(container);
  await new Promise((resolve) => setTimeout(resolve, 150));
  const problems = await watcher.stop();
  container.remove();
  return problems;
}

describe('hostile harness (self-test)', () => {
  it('sees a payload that ran', async () => {
    const problems = await problemsOf((container) => {
      const img = document.createElement('img');
      img.setAttribute('onerror', '__pwned("self-test")');
      img.src = 'data:,not-an-image';
      container.append(img);
      return new Promise<void>((resolve) => img.addEventListener('error', () => resolve()));
    });
    expect(problems.join('\n')).to.contain('script ran: __pwned(self-test)');
  });

  it('sees a change to the host page outside the elements', async () => {
    const problems = await problemsOf(() => {
      document.body.setAttribute('data-touched', '');
      document.body.removeAttribute('data-touched');
    });
    expect(problems.join('\n')).to.contain('host DOM changed: attributes on <body>');
  });

  it('sees a request to a host the feed did not declare', async () => {
    const problems = await problemsOf(async (container) => {
      const img = document.createElement('img');
      img.src = '/__hostile-beacon/self-test.png';
      container.append(img);
      await new Promise((resolve) => img.addEventListener('error', resolve));
      await fetch('/__hostile-beacon/fetch').catch(() => undefined);
    });
    expect(problems.join('\n')).to.contain('/__hostile-beacon/self-test.png');
    expect(problems.join('\n')).to.contain('request outside the feed seam: fetch /__hostile-beacon/fetch');
  });

  it('sees Object.prototype polluted', async () => {
    const problems = await problemsOf(() => {
      (Object.prototype as Record<string, unknown>).polluted = 'yes';
    });
    delete (Object.prototype as Record<string, unknown>).polluted;
    expect(problems.join('\n')).to.match(/poisoned|Object\.prototype keys changed/);
  });

  it('sees forbidden markup in a shadow root', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const link = document.createElement('a');
    link.setAttribute('href', 'javascript:void 0');
    const frame = document.createElement('iframe');
    const styled = document.createElement('span');
    styled.setAttribute('style', 'background:url(/x)');
    root.append(link, frame, styled);
    const { problems } = await walkShadow(host);
    expect(problems).to.include.members(['link "javascript:void 0" (javascript:)', '<iframe> in div', 'style="background:url(/x)" on <span>']);
  });

  it('keeps the real fetch for its own report', () => {
    expect(realFetch).to.be.a('function');
  });
});
