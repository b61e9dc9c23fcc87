import { expect } from '@open-wc/testing';
import { explainVerification, verifyMembership } from '../../../src/components/badge/verify.js';
import { isPreviewHost } from '../../../src/shared/page-host.js';
import type { Feed, Space } from '../../../src/feed/schema.js';

const space = (id: string, extra: Partial<Space> = {}): Space =>
  ({ id, name: id, status: 'active', kind: 'coworking', timezone: 'America/Chicago', ...extra }) as Space;

const feed = {
  alliance: { name: 'KC Coworking Alliance' },
  spaces: [
    space('crossroads', { domains: ['crossroads.example', 'crossroads-commons.example'] }),
    space('gone', { status: 'lapsed', domains: ['gone.example'] }),
    space('nodomains'),
  ],
  passes: [],
  events: [],
} as unknown as Feed;

describe('verifyMembership', () => {
  const verdict = (spaceId: string | null, host: string) => {
    const result = verifyMembership(feed, spaceId, host);
    return result && [result.status, result.reason];
  };

  it('verifies an active space on one of its domains or their subdomains, whatever the case', () => {
    expect(verdict('crossroads', 'crossroads.example')).to.deep.equal(['verified', 'ok']);
    expect(verdict('crossroads', 'www.crossroads-commons.example')).to.deep.equal(['verified', 'ok']);
    expect(verdict('crossroads', 'WWW.Crossroads.Example.')).to.deep.equal(['verified', 'ok']);
  });

  it('refuses look-alike hosts', () => {
    expect(verdict('crossroads', 'evilcrossroads.example')).to.deep.equal(['unverified', 'domain-mismatch']);
    expect(verdict('crossroads', 'crossroads.example.evil.test')).to.deep.equal(['unverified', 'domain-mismatch']);
    expect(verdict('crossroads', '')).to.deep.equal(['unverified', 'domain-mismatch']);
    expect(verdict('nodomains', 'nodomains.example')).to.deep.equal(['unverified', 'domain-mismatch']);
  });

  it('previews on the owner’s own machine, but never for a lapsed or unknown space', () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]', 'mysite.localhost']) {
      expect(verdict('crossroads', host), host).to.deep.equal(['preview', 'preview-host']);
    }
    expect(verdict('gone', 'localhost')).to.deep.equal(['unverified', 'lapsed']);
    expect(verdict('nope', 'localhost')).to.deep.equal(['unverified', 'unknown-space']);
    expect(isPreviewHost('localhost.example')).to.equal(false);
    expect(isPreviewHost('127.0.0.2')).to.equal(false);
  });

  it('reports a lapsed member as lapsed even on its own domain', () => {
    expect(verdict('gone', 'gone.example')).to.deep.equal(['unverified', 'lapsed']);
  });

  it('knows a missing space without a feed, and waits for the feed for everything else', () => {
    expect(verifyMembership(null, null, 'x.example')?.reason).to.equal('missing-space');
    expect(verifyMembership(null, 'crossroads', 'crossroads.example')).to.equal(null);
  });

  it('explains each refusal with what the site owner needs to fix it', () => {
    const explain = (spaceId: string | null, host: string) =>
      explainVerification(verifyMembership(feed, spaceId, host)!, 'KC Coworking Alliance');
    expect(explain('crossroads', 'copycat.example'))
      .to.contain('"copycat.example"')
      .and.contain('crossroads.example, crossroads-commons.example');
    expect(explain('nodomains', 'x.example')).to.contain('it lists none');
    expect(explain('gone', 'gone.example')).to.contain('lapsed');
    expect(explain('typo', 'crossroads.example')).to.contain('no space with id "typo"');
    expect(explain(null, 'crossroads.example')).to.contain('space="your-space-id"');
    expect(explain('crossroads', 'localhost')).to.contain('crossroads.example, crossroads-commons.example');
  });
});
