/**
 * Each element speaks its own language: from its `lang`, an ancestor's, the page's, or the feed's default,
 * several languages on one page at once, changes at run time, plural rules per language, and no clash with a
 * host page that uses @lit/localize itself.
 */
import { configureLocalization, msg as hostMsg } from '@lit/localize';
import { expect, html } from '@open-wc/testing';
import { AllianceBadgeElement } from '../../src/components/badge/alliance-badge.js';
import { msg, plural, preloadLocale, speaking, spokenLocale, str } from '../../src/shared/localize.js';
import { pinClock, resetFeedTestState } from '../helpers/feed.js';
import { FEED_URL, i18nFeed, MONDAY_MORNING, mount, spokenLang, untilShows, words } from './fixtures.js';

const pageLang = document.documentElement.getAttribute('lang');
const realHostname = AllianceBadgeElement.pageHostname;

describe('localization', () => {
  before(async () => {
    await Promise.all([preloadLocale('fr'), preloadLocale('es')]);
  });

  beforeEach(() => {
    pinClock(MONDAY_MORNING, 'America/Toronto');
    AllianceBadgeElement.pageHostname = () => 'harbour.example';
  });

  afterEach(() => {
    resetFeedTestState();
    AllianceBadgeElement.pageHostname = realHostname;
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('speaks the element’s own lang, with numbers and prices in that locale', async () => {
    const el = await mount(html`<alliance-directory lang="fr-CA" feed=${FEED_URL}></alliance-directory>`);
    await untilShows(el, 'Rechercher un espace membre');
    expect(words(el)).to.include('2 espaces');
    expect(words(el)).to.include('25 $ par jour');
    expect(words(el)).to.include('Espace de cotravail');
    expect(words(el)).to.include('Pas de visiteurs d’un jour');
    expect(spokenLang(el)).to.equal('fr-CA');
    await expect(el).to.be.accessible();
  });

  it('speaks an ancestor’s language', async () => {
    const wrapper = await mount<HTMLElement>(html`<div lang="es-MX"><alliance-pass-button pass="day" variant="card" feed=${FEED_URL}></alliance-pass-button></div>`);
    const el = wrapper.querySelector('alliance-pass-button')!;
    await untilShows(el, '1 visita');
    expect(words(el)).to.include('Válido por 30 días');
    expect(words(el)).to.include('Comprar ahora');
    expect(words(el)).to.include('1,250.50');
    await expect(el).to.be.accessible();
  });

  it('speaks the page’s language, and the feed’s default when the page declares none', async () => {
    document.documentElement.setAttribute('lang', 'es');
    const spanish = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`);
    await untilShows(spanish, 'Registrarse');
    expect(words(spanish)).to.include('jueves, 3 de diciembre');

    resetFeedTestState();
    pinClock(MONDAY_MORNING, 'America/Toronto');
    document.documentElement.removeAttribute('lang');
    const french = await mount(html`<alliance-events feed=${FEED_URL}></alliance-events>`, i18nFeed({ locale: 'fr-CA' }));
    await untilShows(french, 'S’inscrire');
    expect(words(french)).to.include('jeudi 3 décembre');
    // The page says nothing about its language, so the element says which one its words are in.
    expect(spokenLang(french)).to.equal('fr-CA');
  });

  it('shows English and French side by side on one page', async () => {
    const page = await mount<HTMLElement>(html`<div>
      <section lang="en-CA"><alliance-events feed=${FEED_URL}></alliance-events></section>
      <section lang="fr-CA"><alliance-events feed=${FEED_URL}></alliance-events></section>
    </div>`);
    const [english, french] = page.querySelectorAll('alliance-events');
    await untilShows(french, 'Ajouter au calendrier');
    expect(words(english)).to.include('Add to calendar');
    expect(words(english)).to.include('Thursday, December 3');
    expect(words(english)).not.to.include('Ajouter');
    expect(words(french)).to.include('jeudi 3 décembre');
    expect(words(french)).not.to.include('Add to calendar');
    // Dates and times follow each element's locale too: a 12-hour clock in English, "18 h" in French.
    expect(words(english)).to.match(/6:00\sp\.m\./i);
    expect(words(french)).to.match(/18\sh\s00/);
  });

  it('re-renders when lang changes at run time: on the element, an ancestor, or <html>', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const wrapper = await mount<HTMLElement>(html`<div><alliance-badge space="harbour" feed=${FEED_URL}></alliance-badge></div>`);
    const badge = wrapper.querySelector('alliance-badge')!;
    await untilShows(badge, 'Proud member of');

    document.documentElement.setAttribute('lang', 'es');
    await untilShows(badge, 'Orgullosamente miembro de');
    wrapper.setAttribute('lang', 'fr');
    await untilShows(badge, 'Fièrement membre de');
    expect(words(badge)).to.include('Membre depuis 2019');
    badge.setAttribute('lang', 'en');
    await untilShows(badge, 'Proud member of');
    badge.removeAttribute('lang');
    await untilShows(badge, 'Fièrement membre de');
  });

  it('speaks English, marked as such, on a page in a language it has no words for, with that region’s formats', async () => {
    const el = await mount(html`<alliance-directory lang="de-DE" feed=${FEED_URL}></alliance-directory>`);
    expect(words(el)).to.include('Search member spaces');
    expect(spokenLang(el)).to.equal('en-DE');
    // German conventions for the numbers in the English sentence: a 24-hour clock.
    expect(words(el)).to.match(/Closes at 18:00/);
  });

  it('announces result counts in the element’s language (a timer runs outside rendering)', async () => {
    const el = await mount(html`<alliance-directory lang="fr" feed=${FEED_URL}></alliance-directory>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    input.value = 'junction';
    input.dispatchEvent(new Event('input'));
    const live = () => el.shadowRoot!.querySelector('p.visually-hidden[role="status"]')?.textContent?.trim();
    await untilShows(el, '1 espace');
    const start = performance.now();
    while (live() !== '1 espace trouvé.' && performance.now() - start < 3000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(live()).to.equal('1 espace trouvé.');
  });

  it('picks plural forms by each language’s rules: French 0 and 1 are singular, English and Spanish 0 is plural', () => {
    const forms = (count: number) => plural(count, 'one', 'other');
    expect(speaking('fr', () => [0, 1, 2].map(forms))).to.deep.equal(['one', 'one', 'other']);
    expect(speaking('en', () => [0, 1, 2].map(forms))).to.deep.equal(['other', 'one', 'other']);
    expect(speaking('es', () => [0, 1, 2].map(forms))).to.deep.equal(['other', 'one', 'other']);
    const spaces = (count: number) => plural(count, msg(str`${count} space`), msg(str`${count} spaces`));
    expect(speaking('fr-CA', () => [0, 1, 2].map(spaces))).to.deep.equal(['0 espace', '1 espace', '2 espaces']);
    expect(speaking('es', () => [0, 1, 2].map(spaces))).to.deep.equal(['0 espacios', '1 espacio', '2 espacios']);
    expect([0, 1, 2].map(spaces)).to.deep.equal(['0 spaces', '1 space', '2 spaces']);
  });

  it('falls back to English words for a language without a catalog, and keeps the region', () => {
    expect(spokenLocale('fr-CA')).to.equal('fr-CA');
    expect(spokenLocale('es-419')).to.equal('es-419');
    expect(spokenLocale('en-GB')).to.equal('en-GB');
    expect(spokenLocale('ja')).to.equal('en-JP');
    expect(speaking('ja', () => msg('Close'))).to.equal('Close');
  });

  it('lives next to a host page that configures @lit/localize itself, without either changing the other', async () => {
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: { hostGreeting: 'Hallo' } }),
    });
    await setLocale('de');
    expect(hostMsg('Hello', { id: 'hostGreeting' })).to.equal('Hallo');

    const page = await mount<HTMLElement>(html`<div>
      <alliance-pass-button lang="fr" pass="day" feed=${FEED_URL}></alliance-pass-button>
      <alliance-pass-button lang="en" pass="day" feed=${FEED_URL}></alliance-pass-button>
    </div>`);
    const [french, english] = page.querySelectorAll('alliance-pass-button');
    await untilShows(french, 'Ce qui est inclus');
    expect(words(english)).to.include("What's included");
    expect(words(french)).to.include('Paiement sécurisé sur buy.stripe.com');
    expect(hostMsg('Hello', { id: 'hostGreeting' })).to.equal('Hallo');
  });
});
