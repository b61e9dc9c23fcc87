// Module script of css.html: adds the hostile stylesheets named in `?sheets=a,b` (files in ./css/), and
// records when they have loaded, for the test in the parent window.
const names = (new URLSearchParams(location.search).get('sheets') ?? '').split(',').filter((name) => /^[a-z0-9-]+$/.test(name));
window.hostileSheets = Promise.all(
  names.map((name) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(`./css/${name}.css`, import.meta.url).href;
    const loaded = new Promise((resolve, reject) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', () => reject(new Error(`${name}.css did not load`)), { once: true });
    });
    document.head.append(link);
    return loaded;
  }),
);
