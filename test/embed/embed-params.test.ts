import { expect } from '@open-wc/testing';
import { parseEmbedParams } from '../../src/embed/embed-params.js';

const FEED = 'https://alliance.example/feed.json';
const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

describe('iframe embed parameters', () => {
  it('turns a valid query into one element with checked attributes and colours', () => {
    const result = parseEmbedParams(
      query({ element: 'directory', feed: FEED, layout: 'list', 'current-space': 'lakeside', 'exclude-current': '', theme: 'dark', lang: 'fr', 'color-primary': '#AA3300', id: 'members' }),
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.notices).to.deep.equal([]);
    expect(result.request.element.tag).to.equal('alliance-directory');
    expect(result.request.feed).to.equal(FEED);
    expect(result.request.id).to.equal('members');
    expect(result.request.attributes).to.deep.equal([
      ['layout', 'list'],
      ['current-space', 'lakeside'],
      ['exclude-current', ''],
      ['theme', 'dark'],
      ['lang', 'fr'],
    ]);
    expect(result.request.colors).to.deep.equal([['--alliance-color-primary', '#aa3300']]);
  });

  it('accepts the tag name as the element', () => {
    const result = parseEmbedParams(query({ element: 'alliance-pass-button', feed: FEED }));
    expect(result.ok && result.request.element.key).to.equal('pass-button');
  });

  it('explains a missing or unknown element and a missing feed in plain words', () => {
    const missing = parseEmbedParams('');
    expect(missing.ok).to.equal(false);
    if (missing.ok) return;
    expect(missing.errors.join(' ')).to.contain('element=').and.contain('badge, directory, pass-button, events');
    expect(missing.errors.join(' ')).to.contain('feed=https://');

    const unknown = parseEmbedParams(query({ element: '<script>alert(1)</script>', feed: FEED }));
    expect(unknown.ok).to.equal(false);
    if (!unknown.ok) expect(unknown.errors[0]).to.contain('is not an element this page shows');
  });

  it('refuses feeds the loader would refuse (not https, script URLs, credentials)', () => {
    for (const feed of ['http://alliance.example/feed.json', 'javascript:alert(1)', 'data:application/json,{}', 'https://user:secret@alliance.example/feed.json']) {
      const result = parseEmbedParams(query({ element: 'events', feed }));
      expect(result.ok, feed).to.equal(false);
      if (!result.ok) expect(result.errors.join(' '), feed).to.match(/https|user name|not a valid URL/);
    }
  });

  it('leaves out unknown options, bad values and page-only options, saying why', () => {
    const result = parseEmbedParams(
      query({ element: 'events', feed: FEED, layout: 'carousel', onload: 'alert(1)', 'structured-data': '', limit: '5', 'color-link': 'red', style: 'x' }),
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.request.attributes).to.deep.equal([['limit', '5']]);
    expect(result.request.colors).to.deep.equal([]);
    const notices = result.notices.join('\n');
    expect(notices).to.contain('layout=“carousel”').and.contain('list, compact, cards');
    expect(notices).to.contain('“onload”');
    expect(notices).to.contain('“style”');
    expect(notices).to.contain('structured-data').and.contain('iframe');
    expect(notices).to.contain('color-link');
  });

  it('uses the first of repeated parameters and says so', () => {
    const result = parseEmbedParams(`?element=badge&feed=${encodeURIComponent(FEED)}&space=a&space=b`);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.request.attributes).to.deep.equal([['space', 'a']]);
    expect(result.notices[0]).to.contain('more than once');
  });

  it('refuses an id that could not be matched safely, and huge queries', () => {
    const badId = parseEmbedParams(query({ element: 'badge', feed: FEED, id: 'a b"c' }));
    expect(badId.ok).to.equal(false);
    const huge = parseEmbedParams(query({ element: 'badge', feed: FEED, label: 'x'.repeat(5000) }));
    expect(huge.ok).to.equal(false);
  });
});
