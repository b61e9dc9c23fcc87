import { expect } from '@open-wc/testing';
import { MAX_URL_LENGTH, isHostWithin, safeHref, safeUrl } from '../../src/shared/safe-url.js';

/** Asserts `input` is refused, with the input in the failure message (the table below is long). */
function expectRefused(input: unknown, options?: Parameters<typeof safeUrl>[1]) {
  expect(safeUrl(input, options), `safeUrl(${JSON.stringify(input)}) should be refused`).to.equal(null);
  expect(safeHref(input, options), `safeHref(${JSON.stringify(input)})`).to.equal(undefined);
}

describe('safeUrl', () => {
  describe('accepts', () => {
    it('a plain https URL and returns it parsed, with the normalized href', () => {
      const url = safeUrl('https://kccoworking.example.org');
      expect(url).to.be.instanceOf(URL);
      expect(url!.href).to.equal('https://kccoworking.example.org/');
      expect(safeHref('https://kccoworking.example.org')).to.equal('https://kccoworking.example.org/');
    });

    it('normalizes case, dot segments and keeps path, query and fragment', () => {
      expect(safeHref('HTTPS://Lakeside.EXAMPLE.com/Path/../Book?day=mon#top')).to.equal(
        'https://lakeside.example.com/Book?day=mon#top',
      );
    });

    it('normalizes an internationalized host to punycode', () => {
      expect(safeHref('https://münchen.example/')).to.equal('https://xn--mnchen-3ya.example/');
    });

    it('drops the explicit default port :443 (it is the default port, not a port)', () => {
      expect(safeHref('https://x.example:443/a')).to.equal('https://x.example/a');
    });

    it('trims surrounding whitespace before checking', () => {
      expect(safeHref('  https://example.com/a  ')).to.equal('https://example.com/a');
    });

    it('accepts a URL of exactly the maximum length, and refuses one character more', () => {
      const base = 'https://example.com/';
      const atMax = base + 'a'.repeat(MAX_URL_LENGTH - base.length);
      expect(safeHref(atMax)).to.equal(atMax);
      expectRefused(`${atMax}a`);
    });
  });

  describe('refuses script and other non-web schemes', () => {
    const cases: [string, string][] = [
      ['javascript:', 'javascript:alert(1)'],
      ['mixed-case javascript:', 'JaVaScRiPt:alert(1)'],
      ['javascript: with a tab inside', 'java\tscript:alert(1)'],
      ['javascript: with a newline inside', 'java\nscript:alert(1)'],
      ['javascript: with a carriage return inside', 'java\rscript:alert(1)'],
      ['javascript: behind a leading C0 control', '\u0001javascript:alert(1)'],
      ['javascript: behind a leading NUL', '\u0000javascript:alert(1)'],
      ['javascript: with U+2028 inside', 'java\u2028script:alert(1)'],
      ['javascript: behind a leading U+2028', '\u2028javascript:alert(1)'],
      ['javascript: with a zero-width space inside', 'java\u200Bscript:alert(1)'],
      ['javascript: hidden behind an https prefix in the path', 'javascript://https://example.com/%0Aalert(1)'],
      ['vbscript:', 'vbscript:msgbox(1)'],
      ['data:text/html', 'data:text/html,<script>alert(1)</script>'],
      ['data:text/html base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
      ['data:image/svg+xml', 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
      ['blob:', 'blob:https://example.com/6f1c1c1e-7e0e-4a57-9a3b-6f8e9f0c1d2e'],
      ['file:', 'file:///etc/passwd'],
      ['http:', 'http://example.com/'],
      ['ftp:', 'ftp://example.com/'],
      ['ws:', 'wss://example.com/'],
      ['mailto: when not allowed', 'mailto:hello@example.com'],
      ['tel: when not allowed', 'tel:+18165550100'],
    ];
    for (const [label, input] of cases) {
      it(label, () => expectRefused(input));
    }
  });

  describe('refuses URLs that are not absolute https://host URLs', () => {
    const cases: [string, string][] = [
      ['protocol-relative', '//evil.example/'],
      ['root-relative', '/x'],
      ['path-relative', 'x/y'],
      ['query only', '?q=1'],
      ['https: without slashes', 'https:evil.example'],
      ['https: with one slash', 'https:/evil.example'],
      ['https: with backslashes', 'https:\\\\evil.example'],
      ['empty', ''],
      ['only spaces', '   '],
      ['a space inside the host', 'https://exa mple.com/'],
      ['a space inside the path', 'https://example.com/a b'],
      ['U+2028 inside the host', 'https://exa\u2028mple.com/'],
      ['U+2028 inside the path', 'https://example.com/a\u2028b'],
      ['a tab inside the host', 'https://exa\tmple.com/'],
      ['a non-breaking space inside', 'https://example.com/a\u00A0b'],
    ];
    for (const [label, input] of cases) {
      it(label, () => expectRefused(input));
    }

    it('anything that is not a string', () => {
      for (const input of [undefined, null, 42, true, {}, [], new URL('https://example.com/'), { href: 'https://example.com/' }]) {
        expectRefused(input);
      }
    });
  });

  describe('refuses credentials', () => {
    it('user and password', () => expectRefused('https://user:pw@x.example/'));
    it('user only', () => expectRefused('https://user@x.example/'));
    it('password only', () => expectRefused('https://:pw@x.example/'));
    it('a trusted-looking host used as a user name (https://buy.stripe.com@evil.example)', () => {
      expectRefused('https://buy.stripe.com@evil.example');
      expectRefused('https://buy.stripe.com@evil.example/checkout');
    });
    it('percent-encoded credentials', () => expectRefused('https://buy.stripe.com%40x@evil.example/'));
  });

  describe('refuses IP addresses and non-public host names', () => {
    const cases: [string, string][] = [
      ['IPv4', 'https://127.0.0.1/'],
      ['IPv4, public range', 'https://93.184.216.34/'],
      ['IPv4 written as one decimal number', 'https://2130706433/'],
      ['IPv4 in hex', 'https://0x7f.0.0.1/'],
      ['IPv4 in octal', 'https://0177.0.0.1/'],
      ['IPv4 shortened', 'https://127.1/'],
      ['IPv4 0.0.0.0', 'https://0.0.0.0/'],
      ['IPv6 loopback', 'https://[::1]/'],
      ['IPv6 full', 'https://[2001:db8::1]/'],
      ['IPv4-mapped IPv6', 'https://[::ffff:127.0.0.1]/'],
      ['a single-label host', 'https://localhost/'],
      ['a numeric top-level label', 'https://example.123/'],
      ['an empty label', 'https://a..example.com/'],
      ['a trailing dot', 'https://example.com./'],
      ['an underscore in the host', 'https://my_host.example.com/'],
    ];
    for (const [label, input] of cases) {
      it(label, () => expectRefused(input));
    }
  });

  describe('refuses ports', () => {
    for (const input of ['https://x.example:8443/', 'https://x.example:80/', 'https://x.example:1/', 'https://x.example:0/']) {
      it(input, () => expectRefused(input));
    }
  });

  describe('mailto: and tel:, only when allowed', () => {
    it('accepts mailto: when allowed, dropping the query', () => {
      expect(safeHref('mailto:hello@kccoworking.example.org', { allow: ['mailto:'] })).to.equal(
        'mailto:hello@kccoworking.example.org',
      );
      expect(safeHref('mailto:hello@example.com?subject=Hi&bcc=x@evil.example', { allow: ['mailto:'] })).to.equal(
        'mailto:hello@example.com',
      );
    });

    it('accepts tel: when allowed, keeping only + and digits', () => {
      expect(safeHref('tel:+18165550100', { allow: ['tel:'] })).to.equal('tel:+18165550100');
      expect(safeHref('tel:+1-816-555-0100', { allow: ['tel:'] })).to.equal('tel:+18165550100');
      expect(safeHref('tel:+1%20(816)%20555-0100', { allow: ['tel:'] })).to.equal('tel:+18165550100');
    });

    it('accepts tel: written with spaces, as the phone pattern allows', () => {
      expect(safeHref('tel:+1 (816) 555-0100', { allow: ['tel:'] })).to.equal('tel:+18165550100');
    });

    it('refuses mailto: when only tel: is allowed, and tel: when only mailto: is', () => {
      expectRefused('mailto:hello@example.com', { allow: ['tel:'] });
      expectRefused('tel:+18165550100', { allow: ['mailto:'] });
    });

    it('still refuses script schemes and https look-alikes when mailto:/tel: are allowed', () => {
      const allow = { allow: ['mailto:', 'tel:'] } as const;
      expectRefused('javascript:alert(1)', allow);
      expectRefused('mailto:javascript:alert(1)', allow);
      expectRefused('tel:javascript:alert(1)', allow);
      expectRefused('mailto:x@example.com%0Abcc:y@evil.example', allow);
      expectRefused('mailto:not-an-address', allow);
      expectRefused('tel:call-me', allow);
      expectRefused('http://example.com/', allow);
    });

    it('still accepts https when mailto:/tel: are allowed', () => {
      expect(safeHref('https://example.com', { allow: ['mailto:', 'tel:'] })).to.equal('https://example.com/');
    });
  });
});

describe('isHostWithin', () => {
  it('is true for the domain itself and its subdomains, case and trailing dot aside', () => {
    expect(isHostWithin('example.com', 'example.com')).to.equal(true);
    expect(isHostWithin('www.Example.com', 'example.com')).to.equal(true);
    expect(isHostWithin('a.b.example.com.', 'EXAMPLE.com')).to.equal(true);
  });

  it('is false for look-alike hosts', () => {
    expect(isHostWithin('notexample.com', 'example.com')).to.equal(false);
    expect(isHostWithin('example.com.evil.example', 'example.com')).to.equal(false);
    expect(isHostWithin('example.co', 'example.com')).to.equal(false);
  });
});
