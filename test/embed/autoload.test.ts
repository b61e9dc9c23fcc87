import { expect } from '@open-wc/testing';
import { watchForTags } from '../../src/embed/autoload.js';

/** Tags no test registers, so the watcher must ask for each of them. */
const TAGS = ['alliance-autoload-a', 'alliance-autoload-b', 'alliance-autoload-c'];
const settle = () => new Promise((resolve) => setTimeout(resolve, 0)); // mutation records are delivered as a microtask

describe('autoloader: watching the page for kit tags', () => {
  let root: HTMLElement;
  let stop: (() => void) | undefined;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    stop?.();
    root.remove();
  });

  it('asks only for the tags that are on the page', () => {
    root.innerHTML = '<alliance-autoload-b></alliance-autoload-b><p><alliance-autoload-b></alliance-autoload-b></p>';
    const loaded: string[] = [];
    stop = watchForTags(root, TAGS, (tag) => loaded.push(tag));
    expect(loaded).to.deep.equal(['alliance-autoload-b']);
  });

  it('picks up tags added later, however deep, once each', async () => {
    const loaded: string[] = [];
    stop = watchForTags(root, TAGS, (tag) => loaded.push(tag));
    expect(loaded).to.deep.equal([]);
    const section = document.createElement('section');
    section.innerHTML = '<div><div><alliance-autoload-c></alliance-autoload-c></div></div>';
    root.append(section);
    await settle();
    expect(loaded).to.deep.equal(['alliance-autoload-c']);
    root.append(document.createElement('alliance-autoload-c'), document.createElement('alliance-autoload-a'));
    await settle();
    expect(loaded).to.deep.equal(['alliance-autoload-c', 'alliance-autoload-a']);
  });

  it('leaves tags that are already defined (say, by the full bundle) alone', () => {
    customElements.define('alliance-autoload-defined', class extends HTMLElement {});
    root.innerHTML = '<alliance-autoload-defined></alliance-autoload-defined><alliance-autoload-a></alliance-autoload-a>';
    const loaded: string[] = [];
    stop = watchForTags(root, ['alliance-autoload-defined', ...TAGS], (tag) => loaded.push(tag));
    expect(loaded).to.deep.equal(['alliance-autoload-a']);
  });

  it('stops watching when asked', async () => {
    const loaded: string[] = [];
    watchForTags(root, TAGS, (tag) => loaded.push(tag))();
    root.append(document.createElement('alliance-autoload-a'));
    await settle();
    expect(loaded).to.deep.equal([]);
  });
});
