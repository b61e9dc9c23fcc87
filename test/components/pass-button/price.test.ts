import { expect, html } from '@open-wc/testing';
import { resetFeedTestState } from '../../helpers/feed.js';
import { buyLink, part, passFeed, renderWith } from './fixtures.js';

/** The feed with the alliance's currency set and the day pass at `amount`. */
function feedIn(currency: string, amount = '25') {
  const feed = passFeed();
  feed.alliance.currency = currency;
  feed.passes[0].price = { amount };
  return feed;
}

// Written out as Chromium's ICU formats them (checked by hand, not computed): U+00A0 is a no-break space,
// U+202F a narrow no-break space (French digit groups).
const EXPECTED: Record<string, Record<string, string>> = {
  en: { USD: '$25', CAD: 'CA$25', EUR: '€25', JPY: '¥25' },
  fr: { USD: '25\u00a0$US', CAD: '25\u00a0$CA', EUR: '25\u00a0€', JPY: '25\u00a0JPY' },
  es: { USD: '25\u00a0US$', CAD: '25\u00a0CAD', EUR: '25\u00a0€', JPY: '25\u00a0JPY' },
};

describe('<alliance-pass-button> prices', () => {
  afterEach(resetFeedTestState);

  for (const [locale, byCurrency] of Object.entries(EXPECTED)) {
    for (const [currency, expected] of Object.entries(byCurrency)) {
      it(`shows 25 ${currency} as "${expected}" in "${locale}"`, async () => {
        const el = await renderWith(
          html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day" lang=${locale}></alliance-pass-button>`,
          feedIn(currency),
        );
        expect(part(el, 'price')!.textContent).to.equal(expected);
      });
    }
  }

  it('keeps cents exact and groups digits the way each locale does', async () => {
    const cases: [string, string, string, string][] = [
      ['en', 'USD', '12.50', '$12.50'],
      ['fr', 'EUR', '12.50', '12,50\u00a0€'],
      ['es', 'CAD', '12.50', '12,50\u00a0CAD'],
      ['en', 'JPY', '1490.00', '¥1,490'],
      ['fr', 'USD', '1490', '1\u202f490\u00a0$US'],
      // Spanish groups thousands only from five digits.
      ['es', 'USD', '1490', '1490\u00a0US$'],
      ['en', 'USD', '0.10', '$0.10'],
      ['en', 'USD', '123456789.99', '$123,456,789.99'],
    ];
    for (const [locale, currency, amount, expected] of cases) {
      resetFeedTestState();
      const el = await renderWith(
        html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day" lang=${locale}></alliance-pass-button>`,
        feedIn(currency, amount),
      );
      expect(part(el, 'price')!.textContent, `${amount} ${currency} in ${locale}`).to.equal(expected);
    }
  });

  it('speaks the pass name and price as one link name, and warns that it opens a new tab', async () => {
    const el = await renderWith(
      html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day" lang="fr"></alliance-pass-button>`,
      feedIn('EUR'),
    );
    expect(buyLink(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Alliance Day Pass, 25 € (s’ouvre dans un nouvel onglet)');
    await expect(el).to.be.accessible();
  });

  it('speaks the language of the nearest lang attribute, else the feed locale', async () => {
    const feed = feedIn('CAD');
    feed.alliance.locale = 'fr-CA';
    const wrapped = await renderWith(
      html`<div lang="es"><alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day"></alliance-pass-button></div>`,
      feed,
    );
    expect(part(wrapped, 'price')!.textContent).to.equal('25\u00a0CAD');

    const pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      resetFeedTestState();
      const el = await renderWith(html`<alliance-pass-button feed="https://feeds.example/kc/alliance.json" pass="day"></alliance-pass-button>`, feed);
      expect(part(el, 'price')!.textContent).to.equal('25\u00a0$');
    } finally {
      if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
    }
  });
});
